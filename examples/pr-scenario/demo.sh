#!/usr/bin/env bash
# Replays a pull request locally: commits base.yaml as ai-workloads.yaml to a throwaway git
# repository, puts head.yaml in its place, and runs `tokenbudget check --base HEAD`. (The two
# files are not named ai-workloads.yaml here, so `estimate examples/` does not count both.)
# Usage: bash examples/pr-scenario/demo.sh [--format table|json|markdown|html|csv|sarif|codequality|slack]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cli="$here/../../dist/cli.js"
repo="$(mktemp -d)"
trap 'rm -rf "$repo"' EXIT
git -C "$repo" init -q -b main
cp "$here/base.yaml" "$repo/ai-workloads.yaml"
git -C "$repo" add ai-workloads.yaml
git -C "$repo" -c user.name=demo -c user.email=demo@example.invalid commit -q -m base
cp "$here/head.yaml" "$repo/ai-workloads.yaml"
cd "$repo"
node "$cli" check --base HEAD "$@"
