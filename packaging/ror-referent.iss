; Inno Setup 6 script (6.3 or later): the Windows installer of ROR Référent, made from the one-folder app that
; PyInstaller builds on Windows. Build it on a Windows machine, from the project's folder:
;   python -m app.views.i18n_build --release-only
;   python packaging\make_icons.py build\icons
;   pyinstaller --noconfirm --workpath build\pyinstaller --distpath dist packaging\ror_referent.spec
;   dist\ror-referent\ror-referent.exe --self-test
;   set ROR_REFERENT_VERSION=0.1.0 && iscc packaging\ror-referent.iss
; which writes dist\ror-referent-<version>-setup.exe. Paths below are relative to this file's folder.
; Installs per user or for all users (the user chooses), in French or English, with a Start menu entry, an
; optional desktop icon and an uninstaller. The user's workspaces and settings are left in place on uninstall.

#define AppName "ROR Référent"
#define AppExe "ror-referent.exe"
#define AppVersion GetEnv("ROR_REFERENT_VERSION")
#if AppVersion == ""
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{6F0C8E52-2B7A-4C55-9E0D-3A1F7B9C4D21}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=ROR Référent
DefaultDirName={autopf}\ROR Referent
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\dist
OutputBaseFilename=ror-referent-{#AppVersion}-setup
SetupIconFile=..\build\icons\ror-referent.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\dist\ror-referent\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
