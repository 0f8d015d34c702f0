#!/usr/bin/env python3
"""Extract translatable strings into vipdesk/translations/vipdesk_<lang>.ts and compile .qm.

Why not plain ``pyside6-lupdate``: it is shipped with PySide6-Essentials and
handles ``self.tr`` and ``QCoreApplication.translate`` well, but it does not
know our model-layer ``tr("…")`` from ``vipdesk.text`` (context "vipdesk"):
it files those under an empty or a wrong context (whatever class or call it
saw last), so they would never match at run time.  This script therefore
extracts with Python's ``ast`` using the same rules as Qt:

* ``self.tr(text[, disambiguation[, n]])`` / ``cls.tr`` -> context = enclosing class;
  ``SomeClass.tr(...)`` -> context ``SomeClass``;
* ``QCoreApplication.translate(context, text[, disambiguation[, n]])``
  (also ``QApplication`` / ``QGuiApplication``) and ``QT_TRANSLATE_NOOP(context, text)``;
* bare ``tr(text[, context])`` from ``vipdesk.text`` -> context "vipdesk" or the given one
  (``tr_noop`` likewise: a marker for strings kept in tables and translated later);
* ``_t(text)`` where the module defines
  ``def _t(text): return QCoreApplication.translate("ctx", text)`` -> context "ctx".

Existing translations are kept (matched on context + source + disambiguation);
strings no longer in the code are kept as ``vanished`` while they carry a
translation (``--no-obsolete`` drops them).  Then ``pyside6-lrelease`` makes
the ``.qm`` files the app loads.  Usage::

    python scripts/update_translations.py            # every existing .ts, plus en
    python scripts/update_translations.py --lang ja  # add/update one language
    python scripts/update_translations.py --check    # CI: exit 1 if a .ts is not current
    python scripts/update_translations.py --lang en --untranslated > todo.tsv
    python scripts/update_translations.py --lang en --apply done.tsv   # context, source, translation
"""

from __future__ import annotations

import argparse
import ast
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "vipdesk"
TS_DIR = PACKAGE / "translations"
SOURCE_LANGUAGE = "zh_CN"
DEFAULT_TEXT_CONTEXT = "vipdesk"  # must match vipdesk.text.tr's default
APP_CLASSES = {"QCoreApplication", "QApplication", "QGuiApplication"}
# Languages without plural forms get one <numerusform>, the rest two (Linguist adjusts if needed).
CJK = re.compile(r"[\u3400-\u9fff\u3000-\u303f\uff01-\uff60]")  # 汉字 and full-width punctuation
# Report parts whose titles the app shows translated: call name -> (position, keyword) of the texts.
REPORT_PARTS = {"Table": [(1, "title")], "Column": [(0, "label")], "Chart": [(1, "title"), (4, "y_title")]}
REPORTS_CONTEXT = "reports"
ONE_FORM_LANGS = {"zh", "ja", "ko", "vi", "th", "id", "ms"}


@dataclass
class Message:
    context: str
    source: str
    comment: str = ""  # Qt's "disambiguation"
    numerus: bool = False
    locations: list[tuple[str, int]] = field(default_factory=list)

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.context, self.source, self.comment)


@dataclass
class Extraction:
    messages: dict[tuple[str, str, str], Message] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)

    def add(self, context: str, source: str, comment: str, numerus: bool, where: tuple[str, int]) -> None:
        key = (context, source, comment)
        msg = self.messages.get(key)
        if msg is None:
            msg = self.messages[key] = Message(context, source, comment, numerus)
        msg.numerus = msg.numerus or numerus
        msg.locations.append(where)


def _literal(node: ast.AST | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _branches(node: ast.AST | None) -> list[str]:
    """The literal texts a node can be: a literal, or both sides of ``"本月" if … else "本期"``."""
    if isinstance(node, ast.IfExp):
        return _branches(node.body) + _branches(node.orelse)
    text = _literal(node)
    return [text] if text else []


def _arg(call: ast.Call, index: int, name: str) -> ast.AST | None:
    if index < len(call.args):
        return call.args[index]
    for kw in call.keywords:
        if kw.arg == name:
            return kw.value
    return None


def _is_numerus(node: ast.AST | None) -> bool:
    """Qt's n defaults to -1 (no plural); anything else makes a %n message."""
    if node is None:
        return False
    if (isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub)
            and isinstance(node.operand, ast.Constant) and node.operand.value == 1):
        return False
    return True


def translate_helpers(tree: ast.Module) -> dict[str, str]:
    """Module-level one-line wrappers ``def _t(text): return QCoreApplication.translate("ctx", text)``.

    Returns {function name: context} so calls like ``_t("金额太大")`` are extracted too.
    """
    helpers: dict[str, str] = {}
    for node in tree.body:
        if not isinstance(node, ast.FunctionDef) or not node.args.args:
            continue
        body = [b for b in node.body if not (isinstance(b, ast.Expr) and _literal(b.value) is not None)]
        if len(body) != 1 or not isinstance(body[0], ast.Return) or not isinstance(body[0].value, ast.Call):
            continue
        call = body[0].value
        func = call.func
        if not (isinstance(func, ast.Attribute) and func.attr == "translate"
                and _dotted_tail(func.value) in APP_CLASSES and len(call.args) >= 2):
            continue
        context = _literal(call.args[0])
        text = call.args[1]
        if context is not None and isinstance(text, ast.Name) and text.id == node.args.args[0].arg:
            helpers[node.name] = context
    return helpers


class _Visitor(ast.NodeVisitor):
    def __init__(self, out: Extraction, filename: str, helpers: dict[str, str] | None = None) -> None:
        self.out = out
        self.filename = filename
        self.classes: list[str] = []
        self.helpers = helpers or {}

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        if not self.classes and node.name in self.helpers:
            return  # the helper's own translate(ctx, text) is not a message
        self.generic_visit(node)

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def _warn(self, node: ast.AST, text: str) -> None:
        self.out.warnings.append(f"{self.filename}:{getattr(node, 'lineno', 0)}: {text}")

    def _record(self, call: ast.Call, context: str | None, text_node: ast.AST | None,
                comment_node: ast.AST | None, n_node: ast.AST | None) -> None:
        if context is None:
            self._warn(call, "tr() outside a class: no context, not extracted")
            return
        if isinstance(text_node, ast.JoinedStr):
            self._warn(call, "f-string cannot be translated; use tr('…{x}…').format(x=…)")
            return
        source = _literal(text_node)
        if source is None:
            self._warn(call, "text is not a string literal, not extracted")
            return
        comment = _literal(comment_node) or ""
        self.out.add(context, source, comment, _is_numerus(n_node), (self.filename, call.lineno))

    def visit_Call(self, node: ast.Call) -> None:
        func = node.func
        if isinstance(func, ast.Attribute) and func.attr == "tr":
            owner = func.value
            if isinstance(owner, ast.Name) and owner.id in ("self", "cls"):
                context = self.classes[-1] if self.classes else None
            elif isinstance(owner, ast.Name) and owner.id == "text":  # `from vipdesk import text`
                context = _literal(_arg(node, 1, "context")) or DEFAULT_TEXT_CONTEXT
                self._record(node, context, _arg(node, 0, "text"), None, None)
                self.generic_visit(node)
                return
            elif isinstance(owner, ast.Name):
                context = owner.id
            else:
                context = self.classes[-1] if self.classes else None
            self._record(node, context, _arg(node, 0, "sourceText"), _arg(node, 1, "disambiguation"),
                         _arg(node, 2, "n"))
        elif isinstance(func, ast.Name) and func.id in self.helpers:
            self._record(node, self.helpers[func.id], _arg(node, 0, "text"), None, None)
        elif isinstance(func, ast.Name) and func.id in ("tr", "tr_noop"):
            context_node = _arg(node, 1, "context")
            context = DEFAULT_TEXT_CONTEXT if context_node is None else _literal(context_node)
            text_node = _arg(node, 0, "text")
            if context is None:
                self._warn(node, "tr() context is not a string literal, not extracted")
            elif func.id == "tr_noop" and isinstance(text_node, (ast.List, ast.Tuple, ast.Dict, ast.Set)):
                for inner in ast.walk(text_node):  # a whole table: every Chinese literal in it
                    text = _literal(inner)
                    if text is not None and CJK.search(text):
                        self.out.add(context, text, "", False, (self.filename, inner.lineno))
            else:
                self._record(node, context, text_node, None, None)
        elif isinstance(func, ast.Name) and func.id == "Text":
            # reports.table.Text("…{n}…", n=…): a report text made from a template (context "reports")
            for text in _branches(_arg(node, 0, "template")):
                self.out.add(REPORTS_CONTEXT, text, "", False, (self.filename, node.lineno))
        elif isinstance(func, ast.Name) and func.id in REPORT_PARTS:
            # reports.table.Table/Column/Chart: titles and headers, shown in the app (context "reports")
            for index, name in REPORT_PARTS[func.id]:
                for text in _branches(_arg(node, index, name)):
                    if CJK.search(text):
                        self.out.add(REPORTS_CONTEXT, text, "", False, (self.filename, node.lineno))
        elif _dotted_tail(func) == "declare" and _dotted_tail(getattr(func, "value", func)) in ("settings", "declare"):
            # settings.declare(key, default, label, group, help): label and help are shown (context vipdesk)
            for index, name in ((2, "label"), (4, "help")):
                text = _literal(_arg(node, index, name))
                if text:
                    self.out.add(DEFAULT_TEXT_CONTEXT, text, "", False, (self.filename, node.lineno))
        elif (isinstance(func, ast.Attribute) and func.attr == "translate"
              and _dotted_tail(func.value) in APP_CLASSES):
            self._translate(node)
        elif _dotted_tail(func) == "QT_TRANSLATE_NOOP":
            self._translate(node)
        self.generic_visit(node)

    def _translate(self, node: ast.Call) -> None:
        context = _literal(_arg(node, 0, "context"))
        if context is None:
            self._warn(node, "translate() context is not a string literal, not extracted")
            return
        self._record(node, context, _arg(node, 1, "sourceText"), _arg(node, 2, "disambiguation"),
                     _arg(node, 3, "n"))


def _report_literals(out: Extraction, filename: str, tree: ast.Module) -> None:
    """vipdesk/reports/analyses/* (but common.py, settings): every Chinese literal is report text
    the app shows (row labels, notes, titles; context "reports").  Docstrings, the parts of
    f-strings and SQL are not."""
    skip: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            skip.update(id(v) for v in node.values)
        body = getattr(node, "body", None)
        if isinstance(body, list) and body and isinstance(body[0], ast.Expr) and _literal(body[0].value):
            skip.add(id(body[0].value))
    for node in ast.walk(tree):
        text = _literal(node)
        if text and id(node) not in skip and CJK.search(text) and "SELECT " not in text:
            out.add(REPORTS_CONTEXT, text, "", False, (filename, node.lineno))


def _dotted_tail(node: ast.AST) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return None


def source_files(package: Path = PACKAGE) -> list[Path]:
    """Every module of the package except text.py, which only defines tr()."""
    return sorted(p for p in package.rglob("*.py")
                  if "__pycache__" not in p.parts and p != package / "text.py")


def extract(files: list[Path], relative_to: Path) -> Extraction:
    """Collect messages from ``files``; locations are relative to ``relative_to`` (the .ts folder)."""
    out = Extraction()
    for path in files:
        name = Path(os.path.relpath(path, relative_to)).as_posix()
        try:
            tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        except SyntaxError as exc:
            out.warnings.append(f"{name}:{exc.lineno}: syntax error, file skipped")
            continue
        _Visitor(out, name, translate_helpers(tree)).visit(tree)
        if path.parent.name == "analyses" and path.parent.parent.name == "reports" and path.name != "common.py":
            _report_literals(out, name, tree)
    return out


# --- .ts reading, merging and writing -------------------------------------------------------------

@dataclass
class OldEntry:
    translation: ET.Element
    translator_comment: str | None


def read_ts(path: Path) -> dict[tuple[str, str, str], OldEntry]:
    if not path.exists():
        return {}
    root = ET.parse(path).getroot()
    old: dict[tuple[str, str, str], OldEntry] = {}
    for ctx in root.iter("context"):
        ctx_name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            key = (ctx_name, msg.findtext("source") or "", msg.findtext("comment") or "")
            translation = msg.find("translation")
            if translation is None:
                continue
            old[key] = OldEntry(translation, msg.findtext("translatorcomment"))
    return old


def _has_text(translation: ET.Element) -> bool:
    forms = translation.findall("numerusform")
    if forms:
        return any((f.text or "").strip() for f in forms)
    return bool((translation.text or "").strip())


def _translation_xml(translation: ET.Element | None, numerus: bool, lang: str, vanished: bool) -> str:
    if translation is None or not _has_text(translation):
        attr = ' type="vanished"' if vanished else ' type="unfinished"'
        if not numerus:
            return f"<translation{attr}></translation>"
        count = 1 if lang.split("_")[0] in ONE_FORM_LANGS else 2
        forms = "".join("\n            <numerusform></numerusform>" for _ in range(count))
        return f"<translation{attr}>{forms}\n        </translation>"
    kind = translation.get("type")
    if vanished:
        kind = "vanished"
    elif kind in ("vanished", "obsolete"):
        kind = "unfinished"  # it came back: let the translator confirm it
    attr = f' type="{kind}"' if kind else ""
    forms = translation.findall("numerusform")
    if forms:
        inner = "".join(f"\n            <numerusform>{escape(f.text or '')}</numerusform>" for f in forms)
        return f"<translation{attr}>{inner}\n        </translation>"
    return f"<translation{attr}>{escape(translation.text or '')}</translation>"


def render_ts(extraction: Extraction, old: dict[tuple[str, str, str], OldEntry], lang: str,
              keep_obsolete: bool = True) -> str:
    """The whole .ts document: contexts sorted by name, messages in source order."""
    by_context: dict[str, list[tuple[Message, bool]]] = {}
    for msg in extraction.messages.values():
        by_context.setdefault(msg.context, []).append((msg, False))
    if keep_obsolete:
        for key, entry in old.items():
            if key not in extraction.messages and _has_text(entry.translation):
                numerus = entry.translation.find("numerusform") is not None
                by_context.setdefault(key[0], []).append((Message(*key, numerus=numerus), True))

    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>",
             f'<TS version="2.1" language="{lang}" sourcelanguage="{SOURCE_LANGUAGE}">']
    for context in sorted(by_context):
        lines += ["<context>", f"    <name>{escape(context)}</name>"]
        for msg, vanished in by_context[context]:
            lines.append('    <message numerus="yes">' if msg.numerus else "    <message>")
            for filename, line in msg.locations:
                lines.append(f"        <location filename={quoteattr(filename)} line=\"{line}\"/>")
            lines.append(f"        <source>{escape(msg.source)}</source>")
            if msg.comment:
                lines.append(f"        <comment>{escape(msg.comment)}</comment>")
            entry = old.get(msg.key)
            if entry is not None and entry.translator_comment:
                lines.append(f"        <translatorcomment>{escape(entry.translator_comment)}</translatorcomment>")
            translation = entry.translation if entry is not None else None
            lines.append("        " + _translation_xml(translation, msg.numerus, lang, vanished))
            lines.append("    </message>")
        lines.append("</context>")
    lines.append("</TS>")
    return "\n".join(lines) + "\n"


# --- tools ------------------------------------------------------------------------------------------

def find_qt_tool(name: str) -> str | None:
    """pyside6-<name> next to this Python, on PATH, or the raw binary inside the PySide6 package."""
    exe = ".exe" if sys.platform == "win32" else ""
    scripts = Path(sys.executable).parent
    for candidate in (scripts / f"pyside6-{name}{exe}", scripts / f"pyside6-{name}"):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(f"pyside6-{name}")
    if found:
        return found
    try:
        import PySide6
    except ImportError:
        return None
    raw = Path(PySide6.__file__).parent / f"{name}{exe}"
    return str(raw) if raw.exists() else None


def lrelease(ts: Path, qm: Path) -> bool:
    tool = find_qt_tool("lrelease")
    if tool is None:
        print(f"!! lrelease not found (PySide6 tools missing): {qm.name} NOT updated", file=sys.stderr)
        return False
    subprocess.run([tool, "-silent", str(ts), "-qm", str(qm)], check=True)
    return True


def untranslated(extraction: Extraction, old: dict[tuple[str, str, str], OldEntry]) -> list[Message]:
    """Current messages with no translation yet, in catalogue order (context, then source order)."""
    return [m for m in sorted(extraction.messages.values(), key=lambda m: m.context)
            if m.key not in old or not _has_text(old[m.key].translation)]


def _tsv_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


def _tsv_unescape(text: str) -> str:
    out, i = [], 0
    while i < len(text):
        if text[i] == "\\" and i + 1 < len(text):
            out.append({"t": "\t", "n": "\n", "\\": "\\"}.get(text[i + 1], text[i + 1]))
            i += 2
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


def untranslated_lines(messages: list[Message]) -> list[str]:
    """``context<TAB>source`` (plus ``<TAB>disambiguation`` when there is one); tabs/newlines escaped."""
    lines = []
    for m in messages:
        cols = [m.context, _tsv_escape(m.source)] + ([_tsv_escape(m.comment)] if m.comment else [])
        lines.append("\t".join(cols))
    return lines


def read_tsv(path: Path) -> dict[tuple[str, str, str], str]:
    """``context<TAB>source<TAB>translation`` lines (or 4 columns with a disambiguation before the
    translation); blank lines and lines starting with # are skipped."""
    found: dict[tuple[str, str, str], str] = {}
    for n, raw in enumerate(path.read_text(encoding="utf-8-sig").splitlines(), 1):
        if not raw.strip() or raw.startswith("#"):
            continue
        cols = raw.split("\t")
        if len(cols) == 3:
            context, source, translation = cols
            comment = ""
        elif len(cols) == 4:
            context, source, comment, translation = cols
        else:
            raise SystemExit(f"{path}:{n}: expected context<TAB>source<TAB>translation, got {len(cols)} columns")
        found[(context, _tsv_unescape(source), _tsv_unescape(comment))] = _tsv_unescape(translation)
    return found


def apply_translations(old: dict[tuple[str, str, str], OldEntry], new: dict[tuple[str, str, str], str],
                       extraction: Extraction) -> tuple[int, list[str]]:
    """Put ``new`` translations into ``old`` (finished); returns (count applied, keys not in the code)."""
    applied, unknown = 0, []
    for key, text in new.items():
        msg = extraction.messages.get(key)
        if msg is None:
            unknown.append("\t".join(key[:2]))
            continue
        el = ET.Element("translation")
        if msg.numerus:
            for form in text.split("|"):
                ET.SubElement(el, "numerusform").text = form
        else:
            el.text = text
        old[key] = OldEntry(el, old[key].translator_comment if key in old else None)
        applied += 1
    return applied, unknown


def check(extraction: Extraction, old: dict[tuple[str, str, str], OldEntry], ts_text: str, rendered: str,
          ) -> list[str]:
    """Why the committed catalogue is not current: new strings, obsolete strings, stale locations."""
    problems = [f"new: {m.context}\t{m.source}" for m in extraction.messages.values() if m.key not in old]
    problems += [f"obsolete: {k[0]}\t{k[1]}" for k in old
                 if k not in extraction.messages and old[k].translation.get("type") != "vanished"]
    if not problems and ts_text != rendered:
        problems.append("stale: locations or order differ; run scripts/update_translations.py")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    parser.add_argument("--lang", action="append", help="language code, e.g. en (repeatable)")
    parser.add_argument("--no-obsolete", action="store_true", help="drop strings no longer in the code")
    parser.add_argument("--no-qm", action="store_true", help="only update .ts, skip lrelease")
    parser.add_argument("--quiet", action="store_true", help="do not list extraction warnings")
    parser.add_argument("--check", action="store_true",
                        help="write nothing; exit 1 listing new/obsolete strings if a .ts is not current")
    parser.add_argument("--untranslated", action="store_true",
                        help="write nothing; print context<TAB>source of every string without a translation")
    parser.add_argument("--apply", metavar="FILE.tsv", type=Path,
                        help="merge context<TAB>source<TAB>translation lines into the .ts, then update")
    args = parser.parse_args(argv)

    TS_DIR.mkdir(parents=True, exist_ok=True)
    langs = args.lang or sorted({"en", *(p.stem.removeprefix("vipdesk_") for p in TS_DIR.glob("vipdesk_*.ts"))})
    extraction = extract(source_files(), TS_DIR)
    if not args.quiet and not (args.check or args.untranslated):
        for warning in extraction.warnings:
            print("warning:", warning)
    status = 0
    for lang in langs:
        ts = TS_DIR / f"vipdesk_{lang}.ts"
        old = read_ts(ts)
        if args.untranslated:
            for line in untranslated_lines(untranslated(extraction, old)):
                print(line if len(langs) == 1 else f"{lang}\t{line}")
            continue
        if args.check:
            current = ts.read_text(encoding="utf-8") if ts.exists() else ""
            problems = check(extraction, old, current, render_ts(extraction, old, lang,
                                                                  keep_obsolete=not args.no_obsolete))
            for problem in problems:
                print(f"{ts.relative_to(ROOT)}: {problem}")
            if problems:
                status = 1
            continue
        if args.apply is not None:
            applied, unknown = apply_translations(old, read_tsv(args.apply), extraction)
            print(f"{args.apply}: {applied} translations applied")
            for key in unknown:
                print(f"  not in the code (skipped): {key}", file=sys.stderr)
        ts.write_text(render_ts(extraction, old, lang, keep_obsolete=not args.no_obsolete),
                      encoding="utf-8", newline="\n")
        done = sum(1 for k in extraction.messages if k in old and _has_text(old[k].translation))
        print(f"{ts.relative_to(ROOT)}: {len(extraction.messages)} strings, {done} translated")
        if not args.no_qm and not lrelease(ts, ts.with_suffix(".qm")):
            status = 2
    return status


if __name__ == "__main__":
    raise SystemExit(main())
