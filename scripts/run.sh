#!/usr/bin/env bash
# The README's first command: install what is missing, build, and open DataDAO Desktop.
# Extra arguments go to the app (e.g. --data-dir DIR).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

dd_install_packages
dd_install_node_tools
dd_build "$DD_ROOT/build" -DCMAKE_BUILD_TYPE=RelWithDebInfo

# The embedded default: a local devnet (anvil with the DAO deployed and seeded, a storage node,
# and a demo catalog of datasets). `up` says so and leaves it alone when one already runs;
# `build/app/datadao-cli devnet down` stops it.
devnet_dir="${XDG_DATA_HOME:-$HOME/.local/share}/DataDAO/devnet"
"$DD_ROOT/build/app/datadao-cli" devnet up --dir "$devnet_dir" --demo-datasets || "$DD_ROOT/build/app/datadao-cli" devnet status --dir "$devnet_dir"

app="$DD_ROOT/build/app/datadao"
set -- --profile "$devnet_dir/devnet.json" "$@"
if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" && -z "${QT_QPA_PLATFORM:-}" ]]; then
  echo "No display found: starting the app under Xvfb. Set DISPLAY to use your own."
  exec xvfb-run -a -s "-screen 0 1280x800x24" "$app" "$@"
fi
exec "$app" "$@"
