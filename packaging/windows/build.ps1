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
# The app is a windowed (GUI-subsystem) exe: PowerShell does not wait for it and it has no
# console, so wait for the process explicitly and read the report it writes to a file.
$env:QT_QPA_PLATFORM = "offscreen"
$env:RRR_SELF_TEST_REPORT = "$PWD\dist\self-test.txt"
$run = Start-Process -FilePath "dist\rrr-desktop\rrr-desktop.exe" -ArgumentList "--self-test" -Wait -PassThru
Get-Content $env:RRR_SELF_TEST_REPORT
if ($run.ExitCode -ne 0) { throw "self-test of the built app failed" }
Remove-Item Env:\QT_QPA_PLATFORM, Env:\RRR_SELF_TEST_REPORT
$env:RRR_VERSION = (.venv\Scripts\python -c "import rrr_desktop; print(rrr_desktop.__version__)")
iscc packaging\windows\rrr-desktop.iss
