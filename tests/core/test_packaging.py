"""What pyproject.toml promises is what is installed and tested (issue 10, items 13 and 24)."""

from __future__ import annotations

import re
import tomllib
from importlib.metadata import version
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[2]


def pyproject() -> dict:  # type: ignore[type-arg]
    return tomllib.loads((PROJECT / "pyproject.toml").read_text(encoding="utf-8"))


def test_qt_is_pinned_to_the_versions_installed_and_tested() -> None:
    """PySide6-Pdf exists only as 6.12.0.140 and requires PySide6-Essentials 6.12.0: a floor such
    as ``>=6.7`` promised versions nobody can install together."""
    pins = {}
    for requirement in pyproject()["project"]["dependencies"]:
        name, _, rest = requirement.partition("==")
        if rest:
            pins[name.strip()] = rest.strip()
    assert set(pins) >= {"PySide6-Essentials", "PySide6-Pdf"}, pins
    for name, pinned in pins.items():
        assert version(name) == pinned, (name, version(name), pinned)
    # the two agree: PySide6-Pdf 6.12.0.x is built for PySide6-Essentials 6.12.0
    assert pins["PySide6-Pdf"].startswith(pins["PySide6-Essentials"] + ".")


def test_the_license_is_an_spdx_expression_with_a_setuptools_that_reads_it() -> None:
    """The ``project.license`` table is deprecated (a warning at every build): an SPDX string,
    which setuptools reads from version 77 on."""
    data = pyproject()
    assert isinstance(data["project"]["license"], str)
    [setuptools] = [r for r in data["build-system"]["requires"] if r.startswith("setuptools")]
    floor = re.fullmatch(r"setuptools>=(\d+)(?:\.\d+)*", setuptools)
    assert floor is not None and int(floor.group(1)) >= 77


def test_setup_keeps_apt_and_pip_quiet() -> None:
    script = (PROJECT / "scripts" / "setup.sh").read_text(encoding="utf-8")
    assert "apt-get -qq" in script
    installs = [line for line in script.splitlines() if "-m pip install" in line]
    assert installs and all("-qq" in line for line in installs), installs


def test_readme_says_how_to_reach_the_command_lock_delay_and_english() -> None:
    """A new user, with only the README: where ``mileo-desk`` is after ``run-app.sh``, when the
    station locks and where to change it, how to switch to English (issue 10, item 13)."""
    from mileo_desk.gui.settings import AppSettings

    readme = (PROJECT / "README.md").read_text(encoding="utf-8")
    start = readme.split("<!-- demo:start -->")[0]
    assert ".venv/bin/mileo-desk" in start and "source .venv/bin/activate" in start
    minutes = AppSettings.idle_lock_seconds.default // 60
    assert f"**{minutes} minutes**" in start and "« Verrouillage après »" in start
    assert "security/idle_lock_seconds" in start
    assert "*English*" in start and "« Langue de l'interface »" in start
    run_app = (PROJECT / "scripts" / "run-app.sh").read_text(encoding="utf-8")
    assert '-m mileo_desk "$@"' in run_app  # « ./scripts/run-app.sh COMMANDE … » as the README says
