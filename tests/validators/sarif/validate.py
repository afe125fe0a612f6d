#!/usr/bin/env python3
"""Validates SARIF files against the published SARIF 2.1.0 JSON schema (draft-04).

usage: validate.py SCHEMA FILE...
Exits 0 when every file is valid, 1 when one is not, 77 (skip) when python3-jsonschema
or the schema (tests/validators/sarif/install.sh) is not installed.
"""
import json
import sys

try:
    import jsonschema
except ImportError:
    print("SKIP: python3-jsonschema is not installed (apt-get install python3-jsonschema)")
    sys.exit(77)


def main(argv):
    schema_path, files = argv[1], argv[2:]
    try:
        with open(schema_path, encoding="utf-8") as f:
            schema = json.load(f)
    except FileNotFoundError:
        print(f"SKIP: {schema_path} is missing (run tests/validators/sarif/install.sh)")
        return 77
    validator = jsonschema.Draft4Validator(schema, format_checker=jsonschema.FormatChecker())
    failed = 0
    for path in files:
        with open(path, encoding="utf-8") as f:
            log = json.load(f)
        errors = sorted(validator.iter_errors(log), key=lambda e: list(e.path))
        for e in errors:
            print(f"{path}: {'/'.join(map(str, e.path))}: {e.message}")
        results = sum(len(run.get("results", [])) for run in log.get("runs", []))
        if not results:
            print(f"{path}: no results: the test input must produce findings")
            failed += 1
        failed += bool(errors)
        print(f"{path}: {'invalid' if errors else 'valid'} SARIF 2.1.0, {results} results")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
