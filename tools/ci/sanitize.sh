#!/usr/bin/env bash
# Builds mtk with AddressSanitizer + UndefinedBehaviorSanitizer and runs the whole test suite
# there. Any sanitizer report fails the run.
#   bash tools/ci/sanitize.sh       (MTK_SANITIZE_BUILD_DIR, MTK_SANITIZE_CXX, MTK_JOBS override)
# By default the build is clang++-14's fuzzing build (build-fuzz/, -DMTK_FUZZ=ON: ASan + UBSan,
# plus libFuzzer's coverage counters), the one tools/ci/fuzz.sh uses: CI compiles once for
# both. MTK_SANITIZE_CXX=g++ builds with g++ in build-asan/ instead (without -Werror: GCC 12
# gives false -Wrestrict/-Wmaybe-uninitialized warnings inside libstdc++ under -fsanitize).
set -euo pipefail
cd "$(dirname "$0")/../.."

cxx=${MTK_SANITIZE_CXX:-clang++-14}
jobs=${MTK_JOBS:-$(nproc 2>/dev/null || echo 2)}
if [ "$cxx" = g++ ]; then
  build=${MTK_SANITIZE_BUILD_DIR:-build-asan}
  flags=(-DMTK_SANITIZE=ON -DMTK_WERROR=OFF)
else
  command -v "$cxx" >/dev/null || { echo "sanitize.sh: $cxx is missing (apt-get install clang-14 libclang-rt-14-dev)" >&2; exit 2; }
  build=${MTK_SANITIZE_BUILD_DIR:-${MTK_FUZZ_BUILD_DIR:-build-fuzz}}
  flags=(-DMTK_FUZZ=ON -DMTK_WERROR=ON)
fi
start=$SECONDS

# Halt on the first report; leak checking needs ptrace-free LSan, which some sandboxes
# lack: it stays on unless LSan cannot run at all (checked below).
detect_leaks=1
probe=$(mktemp -d)
trap 'rm -rf "$probe"' EXIT
printf 'int main(){return 0;}\n' > "$probe/p.cpp"
if ! "$cxx" -fsanitize=address "$probe/p.cpp" -o "$probe/p" 2>/dev/null ||
   ! ASAN_OPTIONS=detect_leaks=1 "$probe/p" 2>/dev/null; then
  echo "== LeakSanitizer cannot run here: leak checking off"
  detect_leaks=0
fi
export ASAN_OPTIONS="halt_on_error=1:abort_on_error=1:detect_leaks=$detect_leaks:detect_stack_use_after_return=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"

echo "== sanitize: configuring $build ($cxx, ${flags[*]})"
cmake -S . -B "$build" -DCMAKE_CXX_COMPILER="$cxx" -DCMAKE_BUILD_TYPE=RelWithDebInfo "${flags[@]}" >/dev/null
echo "== sanitize: building with -j$jobs"
cmake --build "$build" -j "$jobs"
echo "== sanitize: running the test suite under ASan + UBSan (ASAN_OPTIONS=$ASAN_OPTIONS)"
status=0
ctest --test-dir "$build" --output-on-failure -j "$jobs" --timeout 600 || status=$?
echo "== sanitize: $([ $status -eq 0 ] && echo passed || echo FAILED) in $((SECONDS - start)) s"
exit $status
