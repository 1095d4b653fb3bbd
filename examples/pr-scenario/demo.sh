#!/usr/bin/env bash
# Replays a pull request locally: commits the base manifest to a throwaway git repository,
# puts the head version in the working tree, and runs `tokenbudget check --base HEAD`.
# Usage: bash examples/pr-scenario/demo.sh [--format table|json|markdown]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cli="$here/../../dist/cli.js"
repo="$(mktemp -d)"
trap 'rm -rf "$repo"' EXIT
git -C "$repo" init -q -b main
cp "$here/base/ai-workloads.yaml" "$repo/ai-workloads.yaml"
git -C "$repo" add ai-workloads.yaml
git -C "$repo" -c user.name=demo -c user.email=demo@example.invalid commit -q -m base
cp "$here/head/ai-workloads.yaml" "$repo/ai-workloads.yaml"
cd "$repo"
node "$cli" check --base HEAD "$@"
