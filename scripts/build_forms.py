#!/usr/bin/env python3
"""Regenerate the GUI's compiled sources (habit 9, Picard ``build_ui``).

- every Designer source ``ui/<name>.ui`` → ``mileo_desk/gui/forms/ui_<name>.py`` (pyside6-uic);
- ``--update-ts``: extract the translatable strings of ``mileo_desk/gui`` and ``ui/`` into
  ``resources/translations/mileo_desk_en.ts`` (pyside6-lupdate, obsolete entries dropped);
- the message templates of the domain and the services → ``mileo_desk/gui/forms/messages_catalog.py``
  (``scripts/messages_catalog.py``), so that lupdate extracts them too;
- every ``resources/translations/*.ts`` → ``*.qm`` (pyside6-lrelease).

The generated files are committed; ``tests/gui/test_forms.py`` checks that running this
script changes nothing. ``--check`` only reports what is out of date (exit status 1).
"""

from __future__ import annotations

import argparse
import filecmp
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

import messages_catalog  # noqa: E402 — a sibling script, found through the path just set

UI_DIR = ROOT / "ui"
FORMS_DIR = ROOT / "mileo_desk" / "gui" / "forms"
TS_DIR = ROOT / "resources" / "translations"
#: the translations: English, and French for its plural forms only (the sources are French)
LANGUAGES = ("en", "fr")


def tool(name: str) -> str:
    """A PySide6 tool from the running interpreter's environment (the project's venv)."""
    here = Path(sys.executable).parent / name
    if here.exists():
        return str(here)
    found = shutil.which(name)
    if found is None:
        sys.exit(f"{name} introuvable : installez PySide6 dans l'environnement du projet.")
    return found


def form_target(ui: Path) -> Path:
    return FORMS_DIR / f"ui_{ui.stem}.py"


_SIGNATURE = re.compile(r"^    def (setupUi|retranslateUi)\(self, (\w+)\):$", re.MULTILINE)


def compile_form(ui: Path, target: Path) -> None:
    """pyside6-uic, then typed signatures: the package is type-checked strictly, and a call to
    an untyped ``setupUi`` from typed code is an error."""
    subprocess.run([tool("pyside6-uic"), "-g", "python", str(ui), "-o", str(target)], check=True)
    code = target.read_text(encoding="utf-8")
    code = _SIGNATURE.sub(r"    def \1(self, \2: Any) -> None:", code)
    code = code.replace("\nfrom PySide6.QtCore import", "\nfrom typing import Any\n\nfrom PySide6.QtCore import", 1)
    target.write_text(code, encoding="utf-8")


def build_forms(*, check: bool = False) -> list[Path]:
    """Compile every form; with *check*, compare instead and return the stale targets."""
    stale: list[Path] = []
    FORMS_DIR.mkdir(parents=True, exist_ok=True)
    init = FORMS_DIR / "__init__.py"
    if not init.exists() and not check:
        init.write_text('"""Generated from ui/*.ui by scripts/build_forms.py — do not edit."""\n', encoding="utf-8")
    with tempfile.TemporaryDirectory() as tmp:
        for ui in sorted(UI_DIR.glob("*.ui")):
            target = form_target(ui)
            fresh = Path(tmp) / target.name
            compile_form(ui, fresh)
            if target.exists() and filecmp.cmp(fresh, target, shallow=False):
                continue
            stale.append(target)
            if not check:
                shutil.copyfile(fresh, target)
    return stale


def update_ts() -> None:
    sources = sorted(str(p) for p in (ROOT / "mileo_desk" / "gui").rglob("*.py") if "forms" not in p.parts)
    sources.append(str(messages_catalog.TARGET))
    sources.append(str(ROOT / "mileo_desk" / "app.py"))
    sources += sorted(str(p) for p in UI_DIR.glob("*.ui"))
    for lang in LANGUAGES:
        ts = TS_DIR / f"mileo_desk_{lang}.ts"
        subprocess.run([tool("pyside6-lupdate"), "-no-obsolete", "-source-language", "fr_FR",
                        "-target-language", f"{lang}", *sources, "-ts", str(ts)], check=True)


def build_translations() -> list[Path]:
    out = []
    for ts in sorted(TS_DIR.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
        out.append(qm)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report forms that are out of date")
    parser.add_argument("--update-ts", action="store_true", help="re-extract strings into the .ts files first")
    args = parser.parse_args(argv)
    if args.check:
        stale = build_forms(check=True)
        if not messages_catalog.build(check=True):
            stale.append(messages_catalog.TARGET)
        for path in stale:
            print(f"à régénérer : {path.relative_to(ROOT)}")
        return 1 if stale else 0
    stale = build_forms()
    if not messages_catalog.build(check=True):
        messages_catalog.build()
        stale.append(messages_catalog.TARGET)
    for path in stale:
        print(f"régénéré : {path.relative_to(ROOT)}")
    if args.update_ts:
        update_ts()
    for qm in build_translations():
        print(f"compilé : {qm.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
