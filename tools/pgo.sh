#!/usr/bin/env bash
# Takes the profile for a profile-guided build of mtk (GCC):
#   bash tools/pgo.sh BUILD_DIR
# builds an instrumented mtk in BUILD_DIR-pgo/ (CMake's MTK_PGO=generate, the command only),
# runs it over the bundled samples/ (real minutes of several bodies, text and HTML: check,
# convert and validate), and leaves the profile in BUILD_DIR/pgo-profile/. Then configure
# BUILD_DIR with -DMTK_PGO=use (tools/bootstrap.sh does both). The profile comes from samples/
# only, never from the benchmark's generated corpus.
set -euo pipefail
cd "$(dirname "$0")/.."

[ $# -eq 1 ] || { echo "usage: bash tools/pgo.sh BUILD_DIR" >&2; exit 2; }
build=$1
mkdir -p "$build"
profile=$(cd "$build" && pwd)/pgo-profile
gen="$build-pgo"
jobs=$(nproc 2>/dev/null || echo 2)

echo "== profile-guided build: an instrumented mtk in $gen"
cmake -S . -B "$gen" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DMTK_WERROR=ON -DMTK_BUILD_TESTS=OFF \
  -DMTK_PGO=generate "-DMTK_PGO_DIR=$profile" > /dev/null
cmake --build "$gen" -j "$jobs" --target mtk mtk_json mtk_manifest

rm -rf "$profile"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mtk="$gen/mtk"
echo "== profile-guided build: training on samples/"
# Findings are expected (the samples carry real defects): only a crash or a usage error
# (status 2 and above) stops the build.
train() {
  local status=0
  "$@" > /dev/null || status=$?
  [ "$status" -le 1 ] || { echo "pgo.sh: training step failed with status $status: $*" >&2; exit 1; }
}
for j in 1 "$jobs"; do
  train "$mtk" check -q --no-config -j "$j" --exclude '*.expected.*' samples/
done
train "$mtk" check -q --no-config --format json --exclude '*.expected.*' samples/
train "$mtk" convert -q --no-config --exclude '*.expected.*' samples/ -o "$work/xml"
train "$mtk" validate -q --no-config samples/
[ -n "$(find "$profile" -name '*.gcda' -print -quit 2>/dev/null)" ] ||
  { echo "pgo.sh: the training wrote no profile into $profile" >&2; exit 1; }
echo "== profile-guided build: profile in $profile"
