#!/usr/bin/env bash
# The README's first command: install what is missing, build, and open DataDAO Desktop.
# Extra arguments go to the app (e.g. --data-dir DIR).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

dd_install_packages
dd_install_node_tools
dd_build "$DD_ROOT/build" -DCMAKE_BUILD_TYPE=RelWithDebInfo

app="$DD_ROOT/build/app/datadao"
if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" && -z "${QT_QPA_PLATFORM:-}" ]]; then
  echo "No display found: starting the app under Xvfb (screen :99). Set DISPLAY to use your own."
  exec xvfb-run -a -s "-screen 0 1280x800x24" "$app" "$@"
fi
exec "$app" "$@"
