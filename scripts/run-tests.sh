#!/usr/bin/env bash
# Runs the whole ctest suite; view and command-line tests need an X display, so without one it starts Xvfb.
set -euo pipefail
build=${1:-build}
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d /tmp/ebmscape-runtime.XXXXXX)}
chmod 700 "$XDG_RUNTIME_DIR"
ctest_command=(ctest --test-dir "$build" --output-on-failure --timeout 600 -j "$(nproc)")
if [ -n "${DISPLAY:-}" ]; then
  exec "${ctest_command[@]}"
fi
exec xvfb-run -a -s "-screen 0 1920x1080x24" "${ctest_command[@]}"
