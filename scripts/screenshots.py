#!/usr/bin/env python3
"""Screenshots of every screen of the desk station, in French, on a demo registry.

Runs the real application under a virtual X server (``Xvfb :99`` + ``QT_QPA_PLATFORM=xcb``,
started here and stopped at the end; ``--offscreen`` uses Qt's offscreen platform instead) and
saves one PNG per screen into ``screenshots/``: login (and a refused password), the main
window, the item panel with its signed history, the search, the dashboard, every dialog, the
unknown-card question, the handover receipt, a signature enlarged, the settings and the lock
screen.

Usage: ``.venv/bin/python scripts/screenshots.py [--out screenshots] [--offscreen] [--lang fr]``
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

DISPLAY = ":99"
SIZE = (1440, 900)


def start_xvfb() -> subprocess.Popen[bytes] | None:
    """Our own Xvfb on :99 (None if one is already there)."""
    if shutil.which("Xvfb") is None:
        sys.exit("Xvfb introuvable : installez le paquet xvfb, ou utilisez --offscreen.")
    if Path("/tmp/.X11-unix/X99").exists():
        return None
    proc = subprocess.Popen(["Xvfb", DISPLAY, "-screen", "0", "1920x1080x24", "-nolisten", "tcp"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(100):
        if Path("/tmp/.X11-unix/X99").exists():
            break
        time.sleep(0.05)
    return proc


class Shooter:
    """Shows screens and saves them."""

    def __init__(self, app: Any, out: Path) -> None:
        self.app = app
        self.out = out
        self.saved: list[Path] = []

    def settle(self, ms: int = 150, until: Callable[[], bool] | None = None, timeout: float = 30) -> None:
        from PySide6.QtCore import QEventLoop

        deadline = time.monotonic() + timeout
        end = time.monotonic() + ms / 1000
        while time.monotonic() < end or (until is not None and not until()):
            self.app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
            if time.monotonic() > deadline:
                raise TimeoutError("screen not ready")
            time.sleep(0.005)

    def hover(self, widget: Any) -> None:
        """Move the real X pointer over *widget* (xdotool), so that Qt shows what a person
        pointing there sees (tooltips, status tips); a synthetic move without xdotool."""
        center = widget.mapToGlobal(widget.rect().center())
        if shutil.which("xdotool") and os.environ.get("QT_QPA_PLATFORM", "").startswith("xcb"):
            subprocess.run(["xdotool", "mousemove", str(center.x()), str(center.y())], check=False)
        else:
            from PySide6.QtTest import QTest

            QTest.mouseMove(widget)
        self.settle(1200)  # the tooltip's delay

    def shot_screen(self, window: Any, name: str, margin: int = 80) -> None:
        """The screen around *window*, popups and tooltips included (a widget grab has none)."""
        from PySide6.QtGui import QGuiApplication

        self.settle(120)
        frame = window.frameGeometry().adjusted(-margin, -margin, margin, margin)
        pixmap = QGuiApplication.primaryScreen().grabWindow(0, frame.x(), frame.y(), frame.width(), frame.height())
        path = self.out / f"{name}.png"
        pixmap.save(str(path))
        self.saved.append(path)
        print(f"  {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")

    def shot(self, widget: Any, name: str) -> None:
        self.settle(120)
        path = self.out / f"{name}.png"
        widget.grab().save(str(path))
        self.saved.append(path)
        print(f"  {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "screenshots")
    parser.add_argument("--offscreen", action="store_true", help="Qt's offscreen platform instead of Xvfb")
    parser.add_argument("--lang", default="fr", choices=("fr", "en"))
    args = parser.parse_args(argv)
    xvfb = None
    if args.offscreen:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    else:
        xvfb = start_xvfb()
        os.environ["DISPLAY"] = DISPLAY
        os.environ["QT_QPA_PLATFORM"] = "xcb"
    args.out.mkdir(parents=True, exist_ok=True)
    try:
        with tempfile.TemporaryDirectory() as tmp:
            return run(args, Path(tmp))
    finally:
        if xvfb is not None:
            xvfb.terminate()
            xvfb.wait(5)


def run(args: argparse.Namespace, tmp: Path) -> int:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from mileo_desk.app import configure_runtime, demo_hint, prepare_database
    from mileo_desk.demo import DEMO_PASSWORD, DEMO_USERS
    from mileo_desk.domain.enums import ItemState, Keeping, MovementKind, Role
    from mileo_desk.gui import dialogs
    from mileo_desk.gui.context import ChangeBus, GuiContext
    from mileo_desk.gui.login import LoginDialog
    from mileo_desk.gui.main_window import MainWindow
    from mileo_desk.gui.operations.runner import OpRunner
    from mileo_desk.gui.settings import AppSettings, apply_language
    from mileo_desk.services.dto import ItemFilter

    configure_runtime()
    app = QApplication([sys.argv[0]])
    app.setApplicationName("Mileo Desk")
    settings = AppSettings(QSettings(str(tmp / "settings.ini"), QSettings.Format.IniFormat))
    settings.language = args.lang
    settings.developer_menu = True
    apply_language(args.lang)
    shooter = Shooter(app, args.out)
    changes = ChangeBus()
    ops = OpRunner(changes)
    print("registre de démonstration…")
    services, notice = ops.call(lambda: prepare_database(f"sqlite:///{tmp / 'demo.sqlite3'}", demo=True)).result()
    assert notice is None, notice
    ctx = GuiContext(services, settings, ops=ops, changes=changes)
    custodian_login = next(u.login for u in DEMO_USERS if u.role is Role.CUSTODIAN)
    manager_login = next(u.login for u in DEMO_USERS if u.role is Role.OPERATIONS_MANAGER)
    print(f"captures dans {args.out}:")

    # -- login
    hint = ops.call(lambda: demo_hint(services)).result()
    login = LoginDialog(ctx, login=custodian_login)
    login.form.set_texts(intro=lambda: hint or "")
    login.show()
    shooter.shot(login, "01-connexion")
    login.form.ui.passwordEdit.setText("mauvais")
    login.form.submit()
    shooter.settle(until=lambda: bool(login.form.error))
    shooter.shot(login, "02-connexion-refusee")
    login.form.ui.passwordEdit.setText(DEMO_PASSWORD)
    login.form.submit()
    shooter.settle(until=lambda: login.actor is not None)
    ctx.actor = login.actor
    login.close()

    # -- the main window on an item with a signed history
    window = MainWindow(ctx)
    window.resize(*SIZE)
    window.show()
    shooter.settle(300, until=lambda: window.model.loaded and window.model.item_at(0) is not None)
    actor = ctx.require_actor()
    q = services.queries

    def pick(flt: ItemFilter, want: Callable[[Any], bool] = lambda _i: True) -> Any:
        page = ops.call(lambda: q.list_items(actor, flt, limit=300, with_total=False)).result()
        return next(i for i in page.items if want(i))

    def signed_history(item: Any) -> bool:
        history = ops.call(lambda: q.history(actor, item_id=item.id)).result()
        return len(history) >= 4 and sum(len(m.signatures) for m in history) >= 3

    held = pick(ItemFilter(state=ItemState.IN_SERVICE), lambda i: i.holder_id is not None and signed_history(i))
    at_hq = pick(ItemFilter(state=ItemState.IN_SERVICE), lambda i: i.keeping is Keeping.HEADQUARTERS
                 and i.holder_id is None)
    lost = pick(ItemFilter(state=ItemState.LOST))
    window.open_item(held.id)
    shooter.settle(200, until=lambda: window.panel.item is not None and not ctx.ops.busy)
    window.select_item(held.id)
    shooter.shot(window, "03-registre-et-objet")
    shooter.shot(window.ui.itemDock, "04-objet-historique-signatures")

    # -- an unavailable action says why (the domain's reason): a held item cannot be attributed
    button = next(b for b in window.panel.action_buttons if b.defaultAction() is window.ui.actionAttribute)
    shooter.hover(button)
    shooter.shot_screen(window, "03b-action-indisponible-infobulle")
    window.ui.menuItem.popup(window.ui.menubar.mapToGlobal(window.ui.menubar.actionGeometry(
        window.ui.menuItem.menuAction()).bottomLeft()))
    shooter.settle(300)
    menu = window.ui.menuItem
    entry = menu.actionGeometry(window.ui.actionAttribute)
    if shutil.which("xdotool") and os.environ.get("QT_QPA_PLATFORM", "").startswith("xcb"):
        spot = menu.mapToGlobal(entry.center())
        subprocess.run(["xdotool", "mousemove", str(spot.x()), str(spot.y())], check=False)
    shooter.settle(1500)  # the tooltip's delay
    shooter.shot_screen(window, "03c-action-indisponible-menu")
    window.ui.menuItem.hide()

    # -- search as you type
    window.ui.searchEdit.setText("hopital aubin")  # « Hôpital Saint-Aubin », typed without accent
    shooter.settle(400, until=lambda: not window.model.querying and not ctx.ops.busy)
    shooter.shot(window, "05-recherche")
    window.clear_filters()
    window.ui.overdueCheck.setChecked(True)
    shooter.settle(300, until=lambda: not window.model.querying and not ctx.ops.busy)
    shooter.shot(window, "06-filtre-en-retard")
    window.clear_filters()

    # -- dashboard
    window.ui.tabs.setCurrentWidget(window.ui.dashboardTab)
    shooter.settle(300, until=lambda: window.dashboard.loaded and not ctx.ops.busy)
    shooter.shot(window, "07-tableau-de-bord")
    window.ui.tabs.setCurrentWidget(window.ui.registryTab)

    # -- scan-first: an unknown card
    window.simulate_read("04A1B2C3D4E5F6A7")
    shooter.settle(300, until=lambda: window.unknown_box is not None)
    shooter.shot(window.unknown_box, "08-carte-inconnue")
    window.unknown_box.reject()
    window.enter_code()
    shooter.settle(200)
    shooter.shot(window.current_dialog, "09-saisie-code-lu")
    window.current_dialog.reject()

    # -- receipt and signature
    last = next(m for m in reversed(window.panel.history) if m.kind in (MovementKind.ATTRIBUTION,
                                                                          MovementKind.RETURN))
    window.panel.receipt_requested.emit(last)
    shooter.settle(300, until=lambda: type(window.current_dialog).__name__ == "ReceiptDialog")
    shooter.settle(500)
    shooter.shot(window.current_dialog, "10-bon-de-remise")
    window.current_dialog.reject()
    signature = next(s for m in reversed(window.panel.history) for s in m.signatures)
    from mileo_desk.gui.widgets.item_panel import open_signature

    big = open_signature(signature, window.panel)
    shooter.shot(big, "11-signature-agrandie")
    big.close()

    # -- every dialog
    correction_target = next(m for m in reversed(window.panel.history) if m.kind is MovementKind.ATTRIBUTION)
    # the manager's dialogs (duplication, directory): a second session with its own change bus
    manager_ctx = GuiContext(services, settings, ops=ops)
    manager_ctx.actor = ops.call(lambda: services.session.login(manager_login, DEMO_PASSWORD)).result()
    client = ops.call(lambda: services.directory.list_clients(actor)).result()[0]
    cases: list[tuple[str, Any, tuple[Any, ...], dict[str, Any]]] = [
        ("20-dialogue-reception", dialogs.ReceiveDialog, (ctx,), {"uid": "04A1B2C3D4E5F6A7"}),
        ("21-dialogue-attribution", dialogs.AttributeDialog, (ctx, at_hq), {}),
        ("22-dialogue-retour", dialogs.ReturnDialog, (ctx, held), {}),
        ("23-dialogue-transfert", dialogs.TransferDialog, (ctx, held), {}),
        ("24-dialogue-perte", dialogs.LossDialog, (ctx, held), {}),
        ("25-dialogue-vol", dialogs.LossDialog, (ctx, held), {"stolen": True}),
        ("26-dialogue-retrouve", dialogs.FoundDialog, (ctx, lost), {}),
        ("27-dialogue-restitution", dialogs.RestituteDialog, (ctx, at_hq), {}),
        ("28-dialogue-duplication", dialogs.DuplicateDialog, (manager_ctx, at_hq), {}),
        ("29-dialogue-correction", dialogs.CorrectionDialog, (ctx, correction_target), {}),
        ("30-dialogue-client", dialogs.ClientDialog, (manager_ctx,), {}),
        ("31-dialogue-site", dialogs.SiteDialog, (manager_ctx,), {"client": client}),
        ("32-dialogue-personne", dialogs.PersonDialog, (manager_ctx,), {}),
    ]
    for name, cls, cargs, kwargs in cases:
        dialog = cls(*cargs, parent=window, **kwargs)
        dialog.show()
        ready = getattr(dialog, "is_ready", lambda: True)
        shooter.settle(250, until=ready)
        shooter.shot(dialog, name)
        dialog.reject()
        shooter.settle(50)

    # -- settings and lock
    window.open_settings()
    shooter.shot(window.current_dialog, "40-parametres")
    window.current_dialog.reject()
    window.lock()
    shooter.shot(window, "41-poste-verrouille")
    window.close()
    ctx.shutdown()
    services.close()
    print(f"{len(shooter.saved)} captures.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
