"""Static checks of the Windows build files: vipdesk.spec, installer.iss, scripts/build_windows.bat.

They cannot be run here (no Windows, no Inno Setup), so these tests catch
what breaks them silently: a renamed file, a spec that no longer parses,
an installer that would delete the shop's database.
"""

from __future__ import annotations

import ast
import glob
import re
from pathlib import Path

import pytest

import vipdesk

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "vipdesk.spec"
ISS = ROOT / "installer.iss"
BAT = ROOT / "scripts" / "build_windows.bat"
REPO_PREFIXES = ("vipdesk/", "resources/", "scripts/")


def spec_tree() -> ast.Module:
    source = SPEC.read_text(encoding="utf-8")
    compile(source, str(SPEC), "exec")  # a SyntaxError fails the test
    return ast.parse(source)


def spec_strings() -> list[str]:
    return [n.value for n in ast.walk(spec_tree()) if isinstance(n, ast.Constant) and isinstance(n.value, str)]


def spec_calls(name: str) -> list[ast.Call]:
    return [n for n in ast.walk(spec_tree())
            if isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id == name]


def kw(call: ast.Call, name: str) -> object:
    for k in call.keywords:
        if k.arg == name:
            return ast.literal_eval(k.value)
    raise KeyError(name)


def iss_text() -> str:
    return ISS.read_bytes().decode("utf-8-sig")


def iss_sections() -> dict[str, list[str]]:
    """Section name (lower case) -> its lines without comments and blank lines."""
    sections: dict[str, list[str]] = {}
    current = ""
    for raw in iss_text().splitlines():
        line = raw.strip()
        if not line or line.startswith(";"):
            continue
        m = re.fullmatch(r"\[(\w+)\]", line)
        if m:
            current = m.group(1).lower()
            sections.setdefault(current, [])
        else:
            sections.setdefault(current, []).append(line)
    return sections


def setup_directives() -> dict[str, str]:
    out = {}
    for line in iss_sections()["setup"]:
        if "=" in line and not line.startswith("#"):
            key, value = line.split("=", 1)
            out[key.strip().lower()] = value.strip()
    return out


def iss_defines() -> dict[str, str]:
    return dict(re.findall(r'#define\s+(\w+)\s+"([^"]*)"', iss_text()))


# --- vipdesk.spec ---------------------------------------------------------------------------------

def test_spec_is_valid_python() -> None:
    assert isinstance(spec_tree(), ast.Module)


def test_every_repo_file_the_spec_names_exists() -> None:
    names = [s for s in spec_strings() if s.startswith(REPO_PREFIXES)]
    assert "resources/vipdesk.ico" in names
    for name in names:
        assert glob.glob(str(ROOT / name)), f"vipdesk.spec refers to missing {name}"


def test_spec_bundles_translations_resources_and_hidden_cli_modules() -> None:
    strings = spec_strings()
    assert "vipdesk/translations/*.qm" in strings
    assert "vipdesk/resources/*" in strings
    assert "qtbase_zh_CN.qm" in strings
    assert any(ast.literal_eval(c.args[0]) == "vipdesk" for c in spec_calls("collect_submodules"))
    assert {ast.literal_eval(c.args[0]) for c in spec_calls("collect_data_files")} >= {"lunar_python", "pypinyin"}


def test_spec_makes_a_windowed_vipdesk_exe_in_one_folder() -> None:
    exes = {kw(c, "name"): kw(c, "console") for c in spec_calls("EXE")}
    assert exes["vipdesk"] is False
    assert exes.get("vipdesk-cli") is True
    (collect,) = spec_calls("COLLECT")
    assert kw(collect, "name") == "vipdesk"  # dist/vipdesk, which installer.iss packs


def test_runtime_files_are_committed_where_the_package_finds_them() -> None:
    for name in ("vipdesk.svg", "vipdesk.png", "vipdesk.ico"):
        assert (ROOT / "vipdesk" / "resources" / name).is_file()
        assert (ROOT / "resources" / name).is_file()
    assert list((ROOT / "vipdesk" / "translations").glob("*.qm"))


def test_ico_is_a_multi_size_windows_icon() -> None:
    data = (ROOT / "resources" / "vipdesk.ico").read_bytes()
    reserved, kind, count = int.from_bytes(data[0:2], "little"), int.from_bytes(data[2:4], "little"), \
        int.from_bytes(data[4:6], "little")
    assert (reserved, kind) == (0, 1)
    sizes = {data[6 + 16 * i] or 256 for i in range(count)}
    assert {16, 32, 48, 256} <= sizes


# --- installer.iss --------------------------------------------------------------------------------

def test_iss_is_utf8_with_bom_so_chinese_survives() -> None:
    assert ISS.read_bytes().startswith(b"\xef\xbb\xbf")
    assert "会员管家" in iss_defines()["AppName"]


def test_iss_setup_essentials() -> None:
    setup = setup_directives()
    assert re.fullmatch(r"\{\{[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}\}", setup["appid"])
    assert setup["defaultdirname"] == r"{autopf}\vipdesk"
    assert setup["privilegesrequiredoverridesallowed"] == "dialog"
    assert setup["appversion"] == "{#AppVersion}"


def test_iss_default_version_is_the_package_version() -> None:
    assert re.search(r"#ifndef AppVersion\s+#define AppVersion \"([^\"]+)\"", iss_text()).group(1) == vipdesk.__version__


def test_iss_speaks_the_projects_own_chinese_first_english_second() -> None:
    languages = iss_sections()["languages"]
    assert languages[0].startswith('Name: "chinesesimplified"; MessagesFile: "{#ChineseMessages}"')
    assert languages[1] == 'Name: "english"; MessagesFile: "compiler:Default.isl"'
    isl = iss_defines()["ChineseMessages"].replace("\\", "/")
    assert (ROOT / isl).is_file()


def test_chinese_messages_file_translates_every_inno_message() -> None:
    """Inno Setup 6.4's Default.isl message names, all present and none left in English."""
    raw = (ROOT / "scripts" / "windows" / "ChineseSimplified.isl").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    entries = dict(line.split("=", 1) for line in raw.decode("utf-8-sig").splitlines()
                   if "=" in line and not line.startswith(";"))
    assert entries["LanguageID"] == "$0804" and entries["LanguageCodePage"] == "936"
    for name in ("ButtonNext", "WelcomeLabel1", "FinishedLabel", "ConfirmUninstall", "CreateDesktopIcon",
                 "SetupAppRunningError", "PrivilegesRequiredOverrideCurrentUser", "ErrorFileHash2"):
        assert any("\u4e00" <= c <= "\u9fff" for c in entries[name]), name
    assert len(entries) >= 289  # every message of Default.isl 6.4 plus the language options


def test_version_information_comes_from_pyproject(tmp_path: Path) -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location("version_info", ROOT / "scripts" / "windows" / "version_info.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    paths = module.write_all(ROOT, tmp_path)
    gui = paths["vipdesk"].read_text(encoding="utf-8")
    assert f"StringStruct('ProductVersion', '{vipdesk.__version__}')" in gui
    assert "StringStruct('CompanyName', 'vipdesk')" in gui and "会员管家" in gui
    assert "filevers=(0, 1, 0, 0)" in gui or f"filevers={module.version_tuple(vipdesk.__version__)}" in gui
    iss = paths["iss"].read_text(encoding="utf-8-sig")
    assert f'#define AppVersion "{vipdesk.__version__}"' in iss and '#define AppPublisher "vipdesk"' in iss
    assert "build\\windows\\version.iss" in iss_text()
    exes = spec_calls("EXE")
    assert all(any(k.arg == "version" for k in c.keywords) for c in exes)


@pytest.mark.parametrize("section", ["uninstalldelete", "installdelete", "files", "dirs"])
def test_iss_never_deletes_or_installs_into_the_data_folder(section: str) -> None:
    for line in iss_sections().get(section, []):
        assert "{localappdata}" not in line.lower()
        assert "{userappdata}" not in line.lower()
        assert "vipdesk.db" not in line.lower()


def test_iss_install_delete_only_touches_the_program_folder() -> None:
    for line in iss_sections().get("installdelete", []) + iss_sections().get("uninstalldelete", []):
        assert re.search(r'Name: "\{app\}\\', line), line


def test_iss_data_deletion_only_after_explicit_yes() -> None:
    code = "\n".join(iss_sections()["code"])
    assert "{localappdata}\\vipdesk" in code  # vipdesk.paths.data_dir() on Windows
    assert code.count("DelTree(") == 1
    guarded = re.search(r"if SuppressibleMsgBox\((.*?)\)\s*=\s*IDYES then\s*DelTree\(", code, re.S)
    assert guarded, "DelTree must only run when the user answered Yes"
    assert "MB_DEFBUTTON2" in guarded.group(1) and guarded.group(1).rstrip().endswith("IDNO")


def test_iss_packs_the_spec_output_and_runs_the_spec_exe() -> None:
    defines = iss_defines()
    assert defines["BuildDir"] == r"dist\vipdesk"
    assert defines["AppExeName"] == "vipdesk.exe"
    files = iss_sections()["files"]
    assert any(line.startswith('Source: "{#BuildDir}\\*"') and "recursesubdirs" in line for line in files)
    run = " ".join(iss_sections()["run"])
    assert "{#AppExeName}" in run and "postinstall" in run
    icons = iss_sections()["icons"]
    assert any("{autodesktop}" in line and "Tasks: desktopicon" in line for line in icons)


def test_every_repo_file_the_iss_names_exists() -> None:
    setup = setup_directives()
    for key in ("setupiconfile", "licensefile", "infobeforefile", "infoafterfile"):
        if key in setup:
            path = ROOT / setup[key].replace("\\", "/")
            assert path.is_file(), f"installer.iss {key} -> missing {path}"
    for line in iss_sections()["files"]:
        source = re.search(r'Source: "([^"]+)"', line).group(1)
        if source.startswith("{#BuildDir}"):
            continue  # produced by PyInstaller at build time
        assert glob.glob(str(ROOT / source.replace("\\", "/"))), source


# --- build script ---------------------------------------------------------------------------------

def test_build_script_runs_the_chain() -> None:
    raw = BAT.read_bytes()
    assert raw.isascii(), "cmd reads .bat files in the OEM code page"
    text = raw.decode("ascii")
    assert "\r\n" in text
    steps = ("-m pip install", "scripts\\update_translations.py", "-m PyInstaller --noconfirm --clean vipdesk.spec",
             "vipdesk-cli.exe --db", "/DAppVersion=%APPVERSION% installer.iss")
    order = [text.index(s) for s in steps]
    assert order == sorted(order)
    assert (ROOT / "scripts" / "update_translations.py").is_file()
