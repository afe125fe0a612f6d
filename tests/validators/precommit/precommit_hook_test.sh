#!/bin/sh
# Runs the repository's .pre-commit-hooks.yaml with Debian's pre-commit (try-repo) on a
# scratch git repository holding minutes, and checks that the mtk-check hook fails on a
# defective document and passes on a clean one.
# usage: precommit_hook_test.sh SOURCE_DIR MTK_BINARY_DIR DATA_DIR
set -u
src=$1 bindir=$2 data=$3
command -v pre-commit >/dev/null 2>&1 || { echo "SKIP: pre-commit is not installed (apt-get install pre-commit)"; exit 77; }
command -v git >/dev/null 2>&1 || { echo "SKIP: git is not installed"; exit 77; }
work=$(mktemp -d) || exit 1
trap 'rm -rf "$work"' EXIT
export PATH="$bindir:$PATH" PRE_COMMIT_HOME="$work/cache" GIT_CONFIG_NOSYSTEM=1 HOME="$work"
git config --global user.email test@example.invalid && git config --global user.name test
git config --global init.defaultBranch main
git config --global --add safe.directory '*'
repo="$work/minutes"
mkdir -p "$repo" && cd "$repo" && git init -q . || exit 1
cp "$data/clean.xml" "$data/defective.xml" . && git add clean.xml defective.xml || exit 1

pre-commit try-repo "$src" mtk-check --all-files > "$work/out.txt" 2>&1
rc=$?
cat "$work/out.txt"
[ "$rc" -ne 0 ] || { echo "FAIL: the hook passed on a defective document"; exit 1; }
grep -q "defective.xml:.*\[attendance/present-and-absent\]" "$work/out.txt" ||
    { echo "FAIL: the finding on defective.xml is not in the hook's output"; exit 1; }
grep -q "clean.xml:" "$work/out.txt" && { echo "FAIL: a finding on clean.xml"; exit 1; }

git rm -q --cached defective.xml && rm defective.xml
pre-commit try-repo "$src" mtk-check --all-files > "$work/out.txt" 2>&1
rc=$?
cat "$work/out.txt"
[ "$rc" -eq 0 ] || { echo "FAIL: the hook failed on a clean document"; exit 1; }
echo "OK: mtk-check fails on the defective document and passes on the clean one"
