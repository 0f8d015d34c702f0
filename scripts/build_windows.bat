@echo off
rem Build the Windows installer of vipdesk (ASCII only: cmd reads .bat in the OEM code page).
rem Needs 64-bit Python 3.10+ and Inno Setup 6.3+ (ISCC.exe).
rem Output: dist\vipdesk\ (program folder) and dist\vipdesk-VERSION-setup.exe
rem Usage:  scripts\build_windows.bat
rem   Optional: set PYTHON=C:\Python311\python.exe   set ISCC=D:\Tools\Inno Setup 6\ISCC.exe
setlocal
cd /d "%~dp0.."

if "%PYTHON%"=="" set "PYTHON=python"

if not "%ISCC%"=="" goto :have_iscc
set "ISCC=iscc"
where iscc >nul 2>nul && goto :have_iscc
if exist "%ProgramFiles(x86)%\Inno Setup 6\ISCC.exe" set "ISCC=%ProgramFiles(x86)%\Inno Setup 6\ISCC.exe" & goto :have_iscc
if exist "%ProgramFiles%\Inno Setup 6\ISCC.exe" set "ISCC=%ProgramFiles%\Inno Setup 6\ISCC.exe" & goto :have_iscc
if exist "%LOCALAPPDATA%\Programs\Inno Setup 6\ISCC.exe" set "ISCC=%LOCALAPPDATA%\Programs\Inno Setup 6\ISCC.exe"
:have_iscc

echo == installing vipdesk and PyInstaller
"%PYTHON%" -m pip install . pyinstaller || goto :fail

echo == compiling translations (.ts -^> .qm)
"%PYTHON%" scripts\update_translations.py --quiet || goto :fail

set "APPVERSION="
for /f "delims=" %%v in ('""%PYTHON%" -c "import vipdesk; print(vipdesk.__version__)""') do set "APPVERSION=%%v"
if "%APPVERSION%"=="" goto :fail
echo == version %APPVERSION%

echo == PyInstaller
"%PYTHON%" -m PyInstaller --noconfirm --clean vipdesk.spec || goto :fail

echo == smoke test of the frozen program (CLI, then the window on a throw-away database)
dist\vipdesk\vipdesk-cli.exe --help >nul || goto :fail
set "SMOKEDB=%TEMP%\vipdesk-build-smoke.db"
del /q "%SMOKEDB%" "%SMOKEDB%-wal" "%SMOKEDB%-shm" 2>nul
dist\vipdesk\vipdesk-cli.exe --db "%SMOKEDB%" --smoke || goto :fail
del /q "%SMOKEDB%" "%SMOKEDB%-wal" "%SMOKEDB%-shm" 2>nul

echo == Inno Setup
"%ISCC%" /DAppVersion=%APPVERSION% installer.iss || goto :fail

echo == done: dist\vipdesk-%APPVERSION%-setup.exe
exit /b 0

:fail
echo == BUILD FAILED
exit /b 1
