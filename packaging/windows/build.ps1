# Windows installer: PyInstaller folder, self-test, then Inno Setup (iscc on PATH).
# Run from the repository root in PowerShell on Windows 10/11 with Python 3.11+.
# Not run on the Linux machine this repository is developed on.
$ErrorActionPreference = "Stop"
py -3.11 -m venv .venv
.venv\Scripts\python -m pip install -q --upgrade pip
.venv\Scripts\python -m pip install -q -e . "pyinstaller>=6"
Get-ChildItem translations\rrr_*.ts | ForEach-Object {
    .venv\Scripts\pyside6-lrelease $_.FullName -qm ($_.FullName -replace '\.ts$', '.qm')
}
.venv\Scripts\pyinstaller --noconfirm packaging\rrr-desktop.spec
$env:QT_QPA_PLATFORM = "offscreen"
dist\rrr-desktop\rrr-desktop.exe --self-test
if ($LASTEXITCODE -ne 0) { throw "self-test of the built app failed" }
Remove-Item Env:\QT_QPA_PLATFORM
$env:RRR_VERSION = (.venv\Scripts\python -c "import rrr_desktop; print(rrr_desktop.__version__)")
iscc packaging\windows\rrr-desktop.iss
