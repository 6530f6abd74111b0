#!/usr/bin/env bash
# Builds the .deb and installs it on a clean Debian 12 root, as a user's machine would: a
# debootstrap chroot (minbase), `apt install ./datadao_*.deb` pulling its dependencies from
# Debian, then the app started under Xvfb with the xcb platform until its window is up, and
# datadao-cli --version. Needs root and Debian's mirror (apt's own sources); takes minutes, so
# it runs on demand, not in the test command.
#   scripts/deb_check.sh [BUILD_DIR]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
build="${1:-$DD_ROOT/build}"
dd_install_packages
command -v debootstrap >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >/dev/null
(cd "$build" && cpack -G DEB >/dev/null)
deb=$(ls "$build"/datadao_*_amd64.deb | head -1)
root=$(mktemp -d)
cleanup() {
  for m in proc sys dev; do umount -l "$root/$m" 2>/dev/null || true; done
  rm -rf "$root"
}
trap cleanup EXIT
mirror=$(sed -n 's/^URIs: *\(http[^ ]*\).*/\1/p' /etc/apt/sources.list.d/debian.sources 2>/dev/null | head -1)
mirror="${mirror:-http://deb.debian.org/debian}"
echo "debootstrap bookworm from $mirror"
debootstrap --variant=minbase bookworm "$root" "$mirror" >/dev/null
mount -t proc proc "$root/proc"
mount --rbind /sys "$root/sys"
mount --rbind /dev "$root/dev"
cp /etc/resolv.conf "$root/etc/resolv.conf"
cp "$deb" "$root/tmp/"
chroot "$root" /bin/bash -c "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq /tmp/$(basename "$deb") xvfb xauth x11-utils >/dev/null"
echo "installed: $(chroot "$root" dpkg-query -W -f='${Package} ${Version}' datadao)"
chroot "$root" datadao-cli --version
# The window: started under Xvfb (xcb), found by its title with xwininfo, then closed.
chroot "$root" /bin/bash -c '
  export HOME=/root
  xvfb-run -a -s "-screen 0 1280x800x24" bash -c "
    datadao --data-dir /tmp/dd & app=\$!
    for i in \$(seq 60); do
      xwininfo -root -tree 2>/dev/null | grep -q \"DataDAO\" && { echo \"the window is up\"; kill \$app; exit 0; }
      sleep 0.5
    done
    echo \"no window after 30 s\"; kill \$app; exit 1"'
