"""Designer sources are compiled into committed forms; regenerating them changes nothing (habit 9)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_regenerating_the_forms_changes_nothing() -> None:
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "build_forms.py"), "--check"],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    forms = {p.stem for p in (ROOT / "mileo_desk" / "gui" / "forms").glob("ui_*.py")}
    sources = {f"ui_{p.stem}" for p in (ROOT / "ui").glob("*.ui")}
    assert sources <= forms


def test_the_compiled_translation_matches_its_source(tmp_path: Path) -> None:
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    ts = ROOT / "resources" / "translations" / "mileo_desk_en.ts"
    fresh = tmp_path / "fresh.qm"
    subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(fresh)], check=True)
    assert fresh.read_bytes() == ts.with_suffix(".qm").read_bytes(), "run scripts/build_forms.py"
