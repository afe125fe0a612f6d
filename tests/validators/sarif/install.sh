#!/bin/sh
# Installs the test-only npm packages of this folder (the SARIF 2.1.0 schema) from the
# lockfile, without running package scripts. Run once after cloning (the setup script does).
set -eu
cd "$(dirname "$0")"
npm ci --ignore-scripts --no-audit --no-fund
