#!/usr/bin/env bash
# Starts a program on the user's display; explains what to do when there is none.
set -euo pipefail
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "ebmscape: no display to open the window on (DISPLAY is not set)." >&2
  echo "  On a desktop, run 'make run' from a terminal inside it; on a server, try:" >&2
  echo "  xvfb-run -a $* --screenshot ebmscape.png   (saves what the window shows)" >&2
  exit 1
fi
exec "$@"
