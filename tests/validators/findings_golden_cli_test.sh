#!/bin/sh
# Each samples/**/X.expected.findings is what `mtk check --no-config X` prints from the
# repository root (run from there). usage: findings_golden_cli_test.sh MTK
set -u
mtk=$1
failed=0 count=0
for golden in $(find samples -name '*.expected.findings' | sort); do
    base=${golden%.expected.findings}
    for sample in "$base.txt" "$base.md" "$base.html"; do
        [ -f "$sample" ] || continue
        count=$((count + 1))
        if ! "$mtk" check --no-config "$sample" 2>&1 | diff -u "$golden" - ; then
            echo "FAIL: $sample"
            failed=$((failed + 1))
        fi
    done
done
echo "$count samples, $failed differ from their goldens"
[ "$count" -gt 0 ] && [ "$failed" -eq 0 ]
