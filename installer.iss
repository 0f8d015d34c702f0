; 会员管家 vipdesk — Inno Setup 6 script (needs Inno Setup 6.3 or later).
;
; Packs the PyInstaller one-folder build (vipdesk.spec -> dist\vipdesk\) into
; dist\vipdesk-<version>-setup.exe.  Build from the repository root:
;   pyinstaller vipdesk.spec
;   iscc /DAppVersion=0.1.0 installer.iss
; (scripts\build_windows.bat does both and takes the version from the package;
; scripts/windows/check.sh builds and installs it under Wine on every CI run.)
; Version, publisher and product name come from pyproject.toml: vipdesk.spec
; writes build\windows\version.iss (scripts/windows/version_info.py), included below.
;
; The member database is NOT in the program folder: it lives in the user's
; %LOCALAPPDATA%\vipdesk (vipdesk.paths.data_dir), together with its backups.
; Installing, upgrading and uninstalling never touch it; see [UninstallDelete]
; and [Code] below.  Saved as UTF-8 with BOM so older 6.x compilers read the Chinese.

#if FileExists(AddBackslash(SourcePath) + "build\windows\version.iss")
  #include "build\windows\version.iss"
#endif
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#ifndef AppPublisher
  #define AppPublisher "vipdesk"
#endif
#ifndef AppCopyright
  #define AppCopyright "vipdesk"
#endif
#define AppName "会员管家 vipdesk"
#define AppShortName "会员管家"
#define AppExeName "vipdesk.exe"
#define BuildDir "dist\vipdesk"
; Inno Setup ships no official Chinese messages: the project carries its own
; (every message of Default.isl 6.4, translated), English is the second language.
#define ChineseMessages "scripts\windows\ChineseSimplified.isl"

[Setup]
; Never change AppId: Windows finds the installed copy (upgrade, uninstall) by it.
AppId={{4E94E84D-D55D-4E32-BE83-50A3172233FC}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
AppCopyright={#AppCopyright}
; Version information of setup.exe itself (Explorer → Properties → Details).
VersionInfoVersion={#AppVersion}
VersionInfoProductVersion={#AppVersion}
VersionInfoProductName={#AppName}
VersionInfoCompany={#AppPublisher}
VersionInfoDescription={#AppName} 安装程序
VersionInfoCopyright={#AppCopyright}
DefaultDirName={autopf}\vipdesk
DefaultGroupName={#AppShortName}
DisableProgramGroupPage=yes
; Per-user install by default (shop PCs often lack an admin account);
; the dialog lets an administrator install for all users instead.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=dist
OutputBaseFilename=vipdesk-{#AppVersion}-setup
SetupIconFile=resources\vipdesk.ico
UninstallDisplayIcon={app}\{#AppExeName}
UninstallDisplayName={#AppName}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto
; Close a running vipdesk before replacing its files (SQLite commits are durable).
CloseApplications=yes
RestartApplications=no

[Languages]
; First listed = the language used when Windows' UI language matches neither.
Name: "chinesesimplified"; MessagesFile: "{#ChineseMessages}"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
english.DeleteDataQuestion=Your member database and its backups are kept in:%n%1%n%nThey are NOT removed, so reinstalling vipdesk brings everything back.%n%nDelete them permanently as well? This cannot be undone.
english.LaunchApp=Start vipdesk now
chinesesimplified.DeleteDataQuestion=会员数据和备份保存在:%n%1%n%n卸载不会删除它们,重新安装后数据仍在。%n%n要同时永久删除这些数据吗?删除后无法恢复。
chinesesimplified.LaunchApp=立即启动会员管家

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[InstallDelete]
; An upgrade replaces the whole runtime so no stale DLL from an older Qt is
; left behind.  Only the program folder: the data folder is elsewhere.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BuildDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppShortName}"; Filename: "{app}\{#AppExeName}"
Name: "{autodesktop}\{#AppShortName}"; Filename: "{app}\{#AppExeName}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExeName}"; Description: "{cm:LaunchApp}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Deliberately nothing for the data folder (%LOCALAPPDATA%\vipdesk): the
; member database and its backups are the shop's records and survive the
; uninstaller.  Files in {app} are removed automatically; the only way to
; delete the data is the question in [Code] below, which defaults to keep.

[Code]
function DataDir: String;
begin
  Result := ExpandConstant('{localappdata}\vipdesk');
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and DirExists(DataDir) then
  begin
    { Default button is "No" and a silent uninstall answers IDNO: data is kept
      unless a person explicitly says yes. }
    if SuppressibleMsgBox(FmtMessage(CustomMessage('DeleteDataQuestion'), [DataDir]),
        mbConfirmation, MB_YESNO or MB_DEFBUTTON2, IDNO) = IDYES then
      DelTree(DataDir, True, True, True);
  end;
end;
