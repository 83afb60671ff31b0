#!/usr/bin/env bash
# Linux installers, made and smoke-tested on this machine: the PyInstaller folder, a .deb
# (installs to /opt/rrr-desktop, with a menu entry and /usr/bin/rrr-desktop) and a
# .tar.gz of the folder. Each build runs the app's own --self-test before it is kept.
# Usage: packaging/linux/build.sh   (from anywhere; uses the project's .venv via make)
set -euo pipefail
cd "$(dirname "$0")/../.."
make package  # builds the folder and runs its --self-test
VERSION=$(.venv/bin/python -c "import rrr_desktop; print(rrr_desktop.__version__)")
ARCH=$(dpkg --print-architecture 2>/dev/null || echo amd64)

echo "== .deb"
STAGE="build/deb/rrr-desktop_${VERSION}_${ARCH}"
rm -rf "$STAGE"
mkdir -p "$STAGE/DEBIAN" "$STAGE/opt/rrr-desktop" "$STAGE/usr/bin" "$STAGE/usr/share/applications"
cp -a dist/rrr-desktop/. "$STAGE/opt/rrr-desktop/"
ln -s /opt/rrr-desktop/rrr-desktop "$STAGE/usr/bin/rrr-desktop"
cp packaging/rrr-desktop.desktop "$STAGE/usr/share/applications/"
SIZE_KIB=$(du -sk "$STAGE/opt" | cut -f1)
cat > "$STAGE/DEBIAN/control" <<CONTROL
Package: rrr-desktop
Version: ${VERSION}
Architecture: ${ARCH}
Maintainer: RRR Desktop maintainers <rrr-desktop@localhost>
Installed-Size: ${SIZE_KIB}
Depends: libc6, libgl1, libegl1, libfontconfig1, libxkbcommon0, libxkbcommon-x11-0, libdbus-1-3, libxcb-cursor0, libxcb-icccm4, libxcb-keysyms1, libxcb-shape0
Section: misc
Priority: optional
Description: Offline case management for return and reintegration
 Case files of assisted persons in an encrypted vault, printed checklists in two
 languages, and encrypted, signed handoff bundles. Works without internet.
CONTROL
mkdir -p dist
dpkg-deb --build --root-owner-group "$STAGE" "dist/rrr-desktop_${VERSION}_${ARCH}.deb"

echo "== self-test of what the .deb installs"
rm -rf build/deb-check
dpkg-deb -x "dist/rrr-desktop_${VERSION}_${ARCH}.deb" build/deb-check
QT_QPA_PLATFORM=offscreen build/deb-check/opt/rrr-desktop/rrr-desktop --self-test

echo "== .tar.gz"
tar -C dist -czf "dist/rrr-desktop-${VERSION}-linux-${ARCH}.tar.gz" rrr-desktop
ls -la dist/*.deb dist/*.tar.gz
du -sh dist/rrr-desktop
