#!/usr/bin/env bash
# Builds mtk with AddressSanitizer + UndefinedBehaviorSanitizer (g++, -DMTK_SANITIZE=ON)
# in build-asan/ and runs the whole test suite there. Any sanitizer report fails the run.
#   bash tools/ci/sanitize.sh            (MTK_ASAN_BUILD_DIR, MTK_JOBS override the defaults)
set -euo pipefail
cd "$(dirname "$0")/../.."

build=${MTK_ASAN_BUILD_DIR:-build-asan}
jobs=${MTK_JOBS:-$(nproc 2>/dev/null || echo 2)}
start=$SECONDS

# Halt on the first report; leak checking needs ptrace-free LSan, which some sandboxes
# lack: it stays on unless LSan cannot run at all (checked below).
detect_leaks=1
probe=$(mktemp -d)
trap 'rm -rf "$probe"' EXIT
printf 'int main(){return 0;}\n' > "$probe/p.cpp"
if ! g++ -fsanitize=address "$probe/p.cpp" -o "$probe/p" 2>/dev/null ||
   ! ASAN_OPTIONS=detect_leaks=1 "$probe/p" 2>/dev/null; then
  echo "== LeakSanitizer cannot run here: leak checking off"
  detect_leaks=0
fi
export ASAN_OPTIONS="halt_on_error=1:abort_on_error=1:detect_leaks=$detect_leaks:detect_stack_use_after_return=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"

echo "== sanitize: configuring $build (g++, -DMTK_SANITIZE=ON)"
cmake -S . -B "$build" -DCMAKE_CXX_COMPILER=g++ -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DMTK_SANITIZE=ON -DMTK_WERROR=OFF >/dev/null  # GCC 12 warns falsely under -fsanitize; the normal build enforces warnings
echo "== sanitize: building with -j$jobs"
cmake --build "$build" -j "$jobs"
echo "== sanitize: running the test suite under ASan + UBSan (ASAN_OPTIONS=$ASAN_OPTIONS)"
status=0
ctest --test-dir "$build" --output-on-failure -j "$jobs" --timeout 600 || status=$?
echo "== sanitize: $([ $status -eq 0 ] && echo passed || echo FAILED) in $((SECONDS - start)) s"
exit $status
