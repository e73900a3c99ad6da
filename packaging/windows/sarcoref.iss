; SarcoRef installer for Windows (Inno Setup 6).
;
;   iscc /DAppVersion=0.1.0 packaging\windows\sarcoref.iss     (after the PyInstaller build)
;
; Installs for the current user without administrator rights (%LOCALAPPDATA%\Programs\SarcoRef), adds a
; Start-menu shortcut and, if ticked, a desktop shortcut; the uninstaller removes every file it installed.
; Silent install for IT (see docs/packaging.md):
;   SarcoRef-<version>-windows-x64-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART [/TASKS="desktopicon"]
;   ... /ALLUSERS for a machine-wide install in Program Files (needs an administrator)
; Silent uninstall:  "%LOCALAPPDATA%\Programs\SarcoRef\unins000.exe" /VERYSILENT /SUPPRESSMSGBOXES

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z sarcoref.iss
#endif
#define RepoRoot "..\.."
#define AppExe "SarcoRef.exe"

[Setup]
; AppId identifies SarcoRef across versions (upgrades replace, never duplicate): never change it.
AppId={{89E5D55C-10FF-4ED4-9855-BF2E86E0BEE7}
AppName=SarcoRef
AppVersion={#AppVersion}
AppVerName=SarcoRef {#AppVersion}
AppPublisher=SarcoRef
AppComments=Radiotherapy combined with immunotherapy in sarcoma: an offline clinical reference
VersionInfoVersion={#AppVersion}
; Per-user by default; /ALLUSERS (or the dialog) allows a machine-wide install when an admin wants one.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=commandline dialog
DefaultDirName={autopf}\SarcoRef
DefaultGroupName=SarcoRef
DisableProgramGroupPage=yes
DisableDirPage=auto
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#RepoRoot}\dist
OutputBaseFilename=SarcoRef-{#AppVersion}-windows-x64-setup
SetupIconFile={#RepoRoot}\resources\icons\sarcoref.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName=SarcoRef
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto
;   iscc /DAppVersion=X /DSign "/Ssarcoref=signtool sign ... $f"  signs the installer and the uninstaller
#ifdef Sign
SignTool=sarcoref
SignedUninstaller=yes
#endif
; A running SarcoRef is closed before files are replaced or removed.
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole frozen folder, including sarcoref-cli.exe (the console twin for the command line).
Source: "{#RepoRoot}\dist\SarcoRef\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\SarcoRef"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{autodesktop}\SarcoRef"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,SarcoRef}"; Flags: nowait postinstall skipifsilent

[InstallDelete]
; An upgrade must not mix libraries from two builds: clear the previous build's runtime folder first.
Type: filesandordirs; Name: "{app}\_internal"

[UninstallDelete]
; The user's bookmarks and history live in %LOCALAPPDATA%\SarcoRef and are kept (docs/packaging.md says
; how to remove them); only the now-empty program folder goes.
Type: dirifempty; Name: "{app}"
