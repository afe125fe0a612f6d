#!/usr/bin/env bash
# Fails when a tracked C++ file differs from what clang-format makes of it (.clang-format at
# the root). Exit 77 (skipped) when clang-format-14 or the git checkout is missing.
#   bash tools/ci/check-format.sh          check
#   bash tools/ci/check-format.sh --fix    rewrite the files in place
set -euo pipefail
cd "$(dirname "$0")/../.."

formatter=$(command -v clang-format-14 || command -v clang-format || true)
[ -n "$formatter" ] || { echo "check-format: clang-format is not installed (apt-get install clang-format-14): skipped"; exit 77; }
files=$(git ls-files '*.cpp' '*.hpp' 2>/dev/null) || { echo "check-format: not a git checkout: skipped"; exit 77; }
[ -n "$files" ] || { echo "check-format: no files"; exit 77; }

if [ "${1:-}" = --fix ]; then
  echo "$files" | xargs "$formatter" -i
  exit 0
fi
status=0
echo "$files" | xargs "$formatter" --dry-run --Werror 2>&1 | grep -E "error:" | cut -d: -f1 | sort -u | sed 's/^/not formatted: /' || true
echo "$files" | xargs "$formatter" --dry-run --Werror >/dev/null 2>&1 || status=1
[ $status -eq 0 ] && echo "check-format: $(echo "$files" | wc -l) files formatted" || echo "check-format: run 'bash tools/ci/check-format.sh --fix'"
exit $status
