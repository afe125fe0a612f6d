#!/bin/sh
# Runs `mtk validate --format sarif` on the inputs and validates the output against the
# published SARIF 2.1.0 schema. usage: sarif_schema_test.sh MTK SCHEMA INPUT...
set -u
mtk=$1 schema=$2
shift 2
# Debian's python3 first: python3-jsonschema is installed for it, not for other pythons on PATH.
py=/usr/bin/python3
[ -x "$py" ] || py=$(command -v python3) || { echo "SKIP: python3 is not installed"; exit 77; }
out=$(mktemp -d) || exit 1
trap 'rm -rf "$out"' EXIT
"$mtk" validate --no-config --format sarif -o "$out/findings.sarif" "$@"
rc=$?
[ "$rc" -le 1 ] || { echo "mtk validate exited $rc"; exit 1; }
exec "$py" "$(dirname "$0")/validate.py" "$schema" "$out/findings.sarif"
