#!/usr/bin/env bash
# Builds the libFuzzer targets of tests/fuzz (clang++-14, -DMTK_FUZZ=ON) in build-fuzz/ and
# runs each for a bounded time, seeded from samples/, ../shared/{seeds,corpus} and
# tests/fuzz/{seeds,regressions}/. A crash, leak or hang fails the run and names the input;
# tests/fuzz/README.md says how to turn it into a regression test, and how to fuzz for hours.
#   bash tools/ci/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]   (default 25 s; text html xml config roster)
set -euo pipefail
cd "$(dirname "$0")/../.."

seconds=${1:-25}
[ $# -gt 0 ] && shift
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(text html xml config roster)
build=${MTK_FUZZ_BUILD_DIR:-build-fuzz}
jobs=${MTK_JOBS:-$(nproc 2>/dev/null || echo 2)}
max_len=${MTK_FUZZ_MAX_LEN:-32768}
start=$SECONDS

command -v clang++-14 >/dev/null || { echo "fuzz.sh: clang++-14 is missing (apt-get install clang-14 libclang-rt-14-dev)" >&2; exit 2; }

echo "== fuzz: configuring $build (clang++-14, -DMTK_FUZZ=ON)"
cmake -S . -B "$build" -DCMAKE_CXX_COMPILER=clang++-14 -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DMTK_FUZZ=ON -DMTK_WERROR=ON >/dev/null
echo "== fuzz: building ${targets[*]}"
cmake --build "$build" -j "$jobs" --target "${targets[@]/#/mtk_fuzz_}"

# Seeds by target: the file kinds of samples/ and ../shared/ that the target reads.
seed_patterns() {
  case $1 in
    text) echo "*.txt *.text *.md" ;;
    html) echo "*.html *.htm *.xhtml" ;;
    xml) echo "*.xml" ;;
    config) echo ".mtk.json *.json" ;;
    roster) echo "*roster*.xml" ;;
  esac
}

export ASAN_OPTIONS="halt_on_error=1:abort_on_error=1:detect_leaks=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
failed=()
for t in "${targets[@]}"; do
  seeds="$build/fuzz-seeds/$t" corpus="$build/fuzz-corpus/$t" artifacts="$build/fuzz-artifacts/$t"
  rm -rf "$seeds" && mkdir -p "$seeds" "$corpus" "$artifacts" "tests/fuzz/regressions/$t"
  set -f  # the patterns are for find, not for the shell: "*.md" must not become README.md
  patterns=($(seed_patterns "$t"))
  set +f
  for pattern in "${patterns[@]}"; do
    for dir in samples ../shared/seeds ../shared/corpus; do
      [ -d "$dir" ] || continue
      [ "$t" = text ] || [ "$dir" != ../shared/seeds ] || continue  # shared/seeds are text
      find "$dir" -type f -name "$pattern" ! -name '*.expected.findings' -exec cp -t "$seeds" --backup=numbered {} +
    done
  done
  [ "$t" != text ] || [ ! -d ../shared/seeds ] || cp -t "$seeds" --backup=numbered ../shared/seeds/*
  dict=()
  [ -f "tests/fuzz/dicts/$t.dict" ] && dict=(-dict="tests/fuzz/dicts/$t.dict")
  echo "== fuzz: $t for ${seconds} s ($(ls "$seeds" | wc -l) seeds from samples and shared, $(ls "$corpus" | wc -l) in $corpus)"
  status=0
  # A fixed seed (MTK_FUZZ_SEED, default 1) keeps CI's mutation sequence repeatable; use
  # MTK_FUZZ_SEED=0 (libFuzzer picks one) for exploration runs.
  "$build/fuzz/mtk_fuzz_$t" -seed="${MTK_FUZZ_SEED:-1}" -max_total_time="$seconds" -timeout=5 -rss_limit_mb=2048 -max_len="$max_len" \
    -print_final_stats=1 -artifact_prefix="$artifacts/" "${dict[@]}" \
    "$corpus" "$seeds" "tests/fuzz/seeds/$t" "tests/fuzz/regressions/$t" \
    >"$build/fuzz-$t.log" 2>&1 || status=$?
  grep -E "^stat::number_of_executed_units|^stat::peak_rss_mb" "$build/fuzz-$t.log" | sed "s/^/   $t /" || true
  if [ $status -ne 0 ]; then
    failed+=("$t")
    echo "!! fuzz: $t FAILED (exit $status); the report:" >&2
    grep -E "ERROR|SUMMARY|contract broken|Test unit written|^    #[0-9]+ " "$build/fuzz-$t.log" | cut -c1-200 | head -25 >&2 || true
    echo "!! reproduce: $build/fuzz/mtk_fuzz_$t <input>; then add the input to tests/fuzz/regressions/$t/" >&2
  fi
done
echo "== fuzz: ${#targets[@]} targets in $((SECONDS - start)) s: $([ ${#failed[@]} -eq 0 ] && echo 'no crash, leak or hang' || echo "FAILED: ${failed[*]}")"
[ ${#failed[@]} -eq 0 ]
