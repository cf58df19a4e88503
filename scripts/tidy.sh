#!/usr/bin/env bash
# Static analysis (make tidy): clang-tidy, with the checks of .clang-tidy, over the program's own code — engine/,
# ui/ and app/, not tests or benchmarks — through the compile database of a configured and built tree (default
# build/). The unity batches are what is analysed, so each batch parses the Eigen, Qt and VTK headers once.
# Any warning fails the run.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
jobs=${JOBS:-$(nproc)}
if [ ! -f "$build/compile_commands.json" ]; then
  echo "tidy: no $build/compile_commands.json (configure and build first: make build)" >&2
  exit 2
fi
SECONDS=0
# The program's translation units: its libraries' unity batches and the files kept out of them, not the
# generated ones (moc, rcc).
files='/(engine|ui|app)/CMakeFiles/[^/]+/Unity/|/(engine|ui|app)/(?!CMakeFiles/)[a-z_]+/[a-z_0-9]+\.cpp$|/app/[a-z_0-9]+\.cpp$'
log=$(mktemp)
trap 'rm -f "$log"' EXIT
# run-clang-tidy 14 always asks for colour: strip it, or no finding would match below. GCC-only warning
# flags in the compile commands are not clang-tidy's business.
run-clang-tidy -p "$build" -j "$jobs" -quiet -extra-arg=-Wno-unknown-warning-option "$files" 2>&1 |
  sed 's/\x1b\[[0-9;]*m//g' >"$log" || true
# Findings in our sources only: the generated moc files (build/…/_autogen) that a unity batch includes are Qt's.
finding="^$PWD/(engine|ui|app)/[^:]+:[0-9]+:[0-9]+: (warning|error): .*\\[[a-z0-9.,-]+\\]$"
warnings=$(grep -cE "$finding" "$log" || true)
grep -E -A3 "$finding" "$log" | head -200 || true
analysed=$(grep -c '^clang-tidy' "$log" || true)
echo "tidy: $analysed translation units, $warnings warnings, ${SECONDS}s"
[ "$warnings" -eq 0 ]
