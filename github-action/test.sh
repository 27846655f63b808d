#!/usr/bin/env bash
# Tests of the GitHub Action: installs the locked npm dependencies, builds the engine jar if it is missing, then
# runs node's test runner (the action against the real engine in a simulated runner, the PR comment against a
# local API, engine downloads, every workflow file through @actions/workflow-parser, and dist/ against a fresh
# build). Run from anywhere: bash github-action/test.sh
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")

command -v node >/dev/null && command -v npm >/dev/null \
  || { echo "github-action: node and npm are needed (apt-get install nodejs npm)" >&2; exit 2; }
major=$(node -p 'process.versions.node.split(".")[0]')
[ "$major" -ge 20 ] || { echo "github-action: Node 20 or newer is needed, this is $(node --version)" >&2; exit 2; }

cd "$here"
echo "github-action: npm ci"
# --ignore-scripts: esbuild runs without its install script (it finds its platform binary package by itself)
npm ci --ignore-scripts --no-audit --no-fund --loglevel=error

jar="$root/shared-engine/target/mlgate.jar"
if [ ! -f "$jar" ]; then
  echo "github-action: building the engine jar (mvn package)"
  (cd "$root" && mvn -q -B -ntp -DskipTests package)
fi

echo "github-action: tests"
node --test --test-concurrency=1 --test-reporter=spec test/*.test.js
