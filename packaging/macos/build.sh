#!/usr/bin/env bash
# macOS: an app bundle (PyInstaller, see the BUNDLE step in packaging/rrr-desktop.spec) in
# a compressed .dmg. Run on macOS 12+ with Python 3.11+; not run on the Linux machine
# this repository is developed on. Signing and notarisation need the organisation's Apple
# developer identity: set CODESIGN_IDENTITY to sign.
set -euo pipefail
cd "$(dirname "$0")/../.."
python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e . 'pyinstaller>=6'
for ts in translations/rrr_*.ts; do .venv/bin/pyside6-lrelease "$ts" -qm "${ts%.ts}.qm"; done
.venv/bin/pyinstaller --noconfirm packaging/rrr-desktop.spec
QT_QPA_PLATFORM=offscreen "dist/RRR Desktop.app/Contents/MacOS/rrr-desktop" --self-test
if [ -n "${CODESIGN_IDENTITY:-}" ]; then
    codesign --deep --force --options runtime --sign "$CODESIGN_IDENTITY" "dist/RRR Desktop.app"
fi
VERSION=$(.venv/bin/python -c "import rrr_desktop; print(rrr_desktop.__version__)")
hdiutil create -volname "RRR Desktop" -srcfolder "dist/RRR Desktop.app" -ov -format UDZO \
    "dist/rrr-desktop-${VERSION}.dmg"
