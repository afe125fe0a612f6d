#!/usr/bin/env bash
# Sets up a Debian 12 machine for mtk and runs one job:
#   bash tools/bootstrap.sh demo   install what is missing, build, run `mtk check` on samples/
#   bash tools/bootstrap.sh test   install what is missing, build, run the whole test suite,
#                                  then again under ASan + UBSan, then bounded fuzz runs
# Installs Debian packages only when they are missing (needs root or sudo for that). The build
# is profile-guided (tools/pgo.sh); MTK_PGO=0 skips that step.
set -euo pipefail

job=${1:-}
case "$job" in
  demo|test) ;;
  *) echo "usage: bash tools/bootstrap.sh demo|test" >&2; exit 2 ;;
esac

here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here"

# Everything the build, the tests and the CI checks need, from Debian 12's registry.
packages=(
  g++ make cmake git pkg-config ca-certificates
  libpugixml-dev libxml2-dev libxml2-utils libpoco-dev libssl-dev libjemalloc-dev
  liblzma-dev zlib1g-dev
  libgtest-dev libgmock-dev libbenchmark-dev libicu-dev libhowardhinnant-date-dev
  clang-14 libclang-rt-14-dev
)
# Extra tools only the test job uses (CI report checks).
if [ "$job" = test ]; then
  packages+=( $(cat tools/ci/test-packages.txt 2>/dev/null || true) )
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# The SARIF schema test takes the published schema from an npm package: any npm will do.
if [ "$job" = test ] && ! command -v npm >/dev/null; then
  missing+=(nodejs npm)
fi
if [ ${#missing[@]} -gt 0 ]; then
  echo "== installing: ${missing[*]}"
  sudo_cmd=()
  [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  export DEBIAN_FRONTEND=noninteractive
  "${sudo_cmd[@]}" apt-get update -q
  "${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

jobs=$(nproc 2>/dev/null || echo 2)
build=${MTK_BUILD_DIR:-build}
# Profile-guided: an instrumented mtk runs over samples/ first (tools/pgo.sh, about two
# minutes); MTK_PGO=0 builds without a profile.
if [ "${MTK_PGO:-1}" != 0 ]; then
  bash tools/pgo.sh "$build"
  pgo=(-DMTK_PGO=use "-DMTK_PGO_DIR=$(cd "$build" && pwd)/pgo-profile")
else
  pgo=(-DMTK_PGO=)
fi
echo "== building in $build"
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DMTK_WERROR=ON "${pgo[@]}" >/dev/null
cmake --build "$build" -j "$jobs"

if [ "$job" = demo ]; then
  echo "== mtk check samples/ (the sources; their *.expected.* goldens are excluded)"
  status=0
  "$build/mtk" check --exclude "*.expected.*" samples/ || status=$?
  case $status in
    0) echo "== no findings at or above error" ;;
    1) echo "== findings above (exit status 1: findings at or above error); the samples carry real defects" ;;
    *) echo "== mtk check failed with exit status $status" >&2; exit "$status" ;;
  esac
  exit 0
fi

if [ ! -d tests/validators/sarif/node_modules ]; then
  echo "== installing the test-only npm packages (SARIF 2.1.0 schema)"
  sh tests/validators/sarif/install.sh
fi

echo "== running the test suite"
# --timeout: a hang fails its test (speed targets live in bench/, not in tests)
ctest --test-dir "$build" --output-on-failure -j "$jobs" --timeout 300

# Hardening (issue: sanitizers and fuzzing in CI): the whole suite again under ASan + UBSan,
# then each libFuzzer target for a bounded time. Both use one clang-14 build (build-fuzz/).
# MTK_HARDENING=0 skips them (a quick local run); CI never sets it.
if [ "${MTK_HARDENING:-1}" != 0 ]; then
  echo "== the test suite under AddressSanitizer + UndefinedBehaviorSanitizer"
  bash tools/ci/sanitize.sh
  echo "== fuzzing: each target for ${MTK_FUZZ_SECONDS:-20} s"
  bash tools/ci/fuzz.sh "${MTK_FUZZ_SECONDS:-20}"
fi
