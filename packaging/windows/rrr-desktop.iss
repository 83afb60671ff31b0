; Inno Setup script for the Windows installer (not built on the Linux machine this
; repository is developed on; see packaging/windows/build.ps1 and the CI workflow).
; Input: the PyInstaller folder dist\rrr-desktop made by `pyinstaller packaging\rrr-desktop.spec`.
#define AppVersion GetEnv("RRR_VERSION")

[Setup]
AppId={{6F1D2C1E-4D84-4E7B-9C61-5B2A0E9F7A31}
AppName=RRR Desktop
AppVersion={#AppVersion}
AppPublisher=RRR Desktop
DefaultDirName={autopf}\RRR Desktop
DefaultGroupName=RRR Desktop
OutputDir=..\..\dist
OutputBaseFilename=rrr-desktop-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
ArchitecturesInstallIn64BitMode=x64compatible
PrivilegesRequiredOverridesAllowed=dialog
WizardStyle=modern

[Files]
Source: "..\..\dist\rrr-desktop\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{group}\RRR Desktop"; Filename: "{app}\rrr-desktop.exe"
Name: "{autodesktop}\RRR Desktop"; Filename: "{app}\rrr-desktop.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "Create a desktop icon"; Flags: unchecked

[Run]
; The installed app checks itself before the installer closes (Inno Setup does not act on
; the exit code of [Run] entries: the result is in %TEMP%\rrr-desktop-self-test.txt).
Filename: "{cmd}"; Parameters: "/C set RRR_SELF_TEST_REPORT=%TEMP%\rrr-desktop-self-test.txt && ""{app}\rrr-desktop.exe"" --self-test"; Flags: runhidden waituntilterminated; StatusMsg: "Checking the installation..."
