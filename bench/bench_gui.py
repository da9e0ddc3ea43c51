"""The desk station on the SPEC §9 dataset (100,000 items, 2,000,000 movements), offscreen.

Figures printed beside the budgets of the GUI issue:

- cold start to a usable window ≤ 1.5 s: a fresh process (interpreter, imports, QApplication,
  services and migrations check, password login, main window, first rows painted);
- read event (known UID) → item panel painted ≤ 50 ms p95: a ReadEvent submitted to the scan
  hub until the panel shows the item with its whole history and has repainted (one read every
  ~¼ s, random items with a card or tag UID);
- filter per keystroke ≤ 20 ms p95: words typed key by key into the search field, one key every
  120 ms; for each key, the time until the table shows the rows of what is typed (terms of
  3+ letters; 1–2 letter terms wait for a 250 ms pause by design and are printed apart), and the
  time the key itself takes on the GUI thread;
- the GUI thread never blocked more than 50 ms: a 5 ms QTimer heartbeat runs through all of the
  above plus fast scrolling through the 100,000 rows, and the longest gap is printed;
- resident memory ≤ 350 MB (VmRSS at the end, VmHWM peak).

Usage (repository root): ``.venv/bin/python bench/bench_gui.py [--small] [--reads 200]``.
The dataset comes from ``bench/generate.py`` (built first if missing, ~1 min).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

BUDGETS = {"cold": 1500.0, "read_p95": 50.0, "filter_p95": 20.0, "stall": 50.0, "rss": 350.0}
LOGIN = "gardien"
WORDS = ["dupre", "ecluses", "salle serveurs", "hopital saint", "badge parking", "cle portail", "C0012-001",
         "masson", "entrepot pantin", "opera", "perigueux", "cloture"]


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1))))
    return ordered[k]


def rss_mb() -> tuple[float, float]:
    fields = {}
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            key, _, value = line.partition(":")
            fields[key] = value.strip()
    return int(fields["VmRSS"].split()[0]) / 1024, int(fields["VmHWM"].split()[0]) / 1024


def dataset(small: bool) -> tuple[Path, dict[str, Any]]:
    from bench.generate import Sizes, ensure_dataset

    sizes = Sizes(items=2000, movements=40_000, clients=50) if small else Sizes()
    return ensure_dataset(sizes, quiet=False)


# --------------------------------------------------------------------------- the window


def start_window(url: str, password: str, settings_path: str) -> tuple[Any, Any, Any]:
    """Everything run_gui does, with the password typed by the bench; returns (app, ctx, window)
    once the first rows are painted."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from mileo_desk.app import configure_runtime, freeze_startup_objects, prepare_database
    from mileo_desk.gui.context import ChangeBus, GuiContext
    from mileo_desk.gui.main_window import MainWindow
    from mileo_desk.gui.operations.runner import OpRunner
    from mileo_desk.gui.settings import AppSettings, apply_language

    configure_runtime()
    app = QApplication.instance() or QApplication([sys.argv[0]])
    settings = AppSettings(QSettings(settings_path, QSettings.Format.IniFormat))
    apply_language(settings.language)
    changes = ChangeBus()
    ops = OpRunner(changes)
    services, notice = ops.call(lambda: prepare_database(url, demo=False)).result()
    assert notice is None, notice
    ctx = GuiContext(services, settings, ops=ops, changes=changes)
    # the login dialog's op, without the dialog: the password check runs on the DB worker
    ctx.actor = ops.call(lambda: services.session.login(LOGIN, password)).result()
    window = MainWindow(ctx)
    window.resize(1600, 900)
    window.show()
    freeze_startup_objects()
    spin(app, lambda: window.model.loaded and window.model.item_at(0) is not None, timeout=60)
    window.ui.table.viewport().repaint()
    return app, ctx, window


def cold_start_child(url: str, password: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        app, ctx, window = start_window(url, password, str(Path(tmp) / "s.ini"))
        print("READY", flush=True)
        window.close()
        ctx.shutdown()
        ctx.services.close()
        del app


def measure_cold_start(url: str, password: str, runs: int) -> list[float]:
    out = []
    for _ in range(runs):
        t0 = time.perf_counter()
        proc = subprocess.Popen([sys.executable, __file__, "--cold-start-child", url, password],
                                stdout=subprocess.PIPE, text=True, cwd=ROOT)
        assert proc.stdout is not None
        for line in proc.stdout:
            if line.startswith("READY"):
                out.append((time.perf_counter() - t0) * 1000)
                break
        proc.wait()
    return out


# --------------------------------------------------------------------------- in-process figures


class Heartbeat:
    """A 5 ms timer on the GUI thread; the longest gap between two ticks is the worst stall.
    The GUI thread's own CPU time within that gap is kept too: work of the application shows
    there, a pause of the machine (or a wait) does not."""

    def __init__(self) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.interval = 5
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(self.interval)
        self.timer.timeout.connect(self._tick)
        self.last = time.perf_counter()
        self.worst = 0.0
        self.worst_cpu = 0.0  # the GUI thread's CPU time within the worst gap
        self.worst_busy = 0.0  # the worst gap the GUI thread spent at least half running
        self.where = ""
        self.phase = ""
        self.cpu = time.thread_time()

    def start(self) -> None:
        self.last = time.perf_counter()
        self.cpu = time.thread_time()
        self.timer.start()

    def _tick(self) -> None:
        now, cpu = time.perf_counter(), time.thread_time()
        gap = (now - self.last) * 1000 - self.interval
        used = (cpu - self.cpu) * 1000
        if gap > self.worst:
            self.worst, self.where, self.worst_cpu = gap, self.phase, used
        if used >= gap / 2:
            self.worst_busy = max(self.worst_busy, gap)
        self.last, self.cpu = now, cpu


def spin(app: Any, until: Any, timeout: float = 30.0) -> bool:
    """Run the event loop until *until()* holds. The GUI thread sleeps in Qt's event loop
    meanwhile (as in the application), woken every 2 ms to check: a busy Python loop here
    would hold the GIL and slow the DB worker down."""
    from PySide6.QtCore import QEventLoop, Qt, QTimer

    deadline = time.perf_counter() + timeout
    loop = QEventLoop()
    tick = QTimer()
    tick.setTimerType(Qt.TimerType.PreciseTimer)
    tick.timeout.connect(loop.quit)
    tick.start(2)
    try:
        while not until():
            if time.perf_counter() > deadline:
                return False
            loop.exec()
        return True
    finally:
        tick.stop()


def wait_for(flag: dict[str, Any], timeout: float = 10.0) -> bool:
    """Sleep in Qt's event loop until a slot sets ``flag["done"]`` and quits ``flag["loop"]``
    (no polling: the GUI thread wakes for events only, as in the application)."""
    from PySide6.QtCore import QEventLoop, QTimer

    if flag.get("done"):
        return True
    loop = QEventLoop()
    flag["loop"] = loop
    guard = QTimer()
    guard.setSingleShot(True)
    guard.timeout.connect(loop.quit)
    guard.start(int(timeout * 1000))
    try:
        loop.exec()
    finally:
        guard.stop()
        flag["loop"] = None
    return bool(flag.get("done"))


def idle(app: Any, ms: float) -> None:
    deadline = time.perf_counter() + ms / 1000
    spin(app, lambda: time.perf_counter() >= deadline, timeout=ms / 1000 + 1)


def machine_pauses(seconds: float = 5.0) -> float:
    """The machine's own longest pause: a busy loop reading the clock, nothing else. On a
    shared VM the process is sometimes not scheduled for 10-30 ms; a GUI-thread stall
    includes such pauses, which no code can avoid."""
    end = time.perf_counter() + seconds
    worst, last = 0.0, time.perf_counter()
    while (now := time.perf_counter()) < end:
        worst = max(worst, now - last)
        last = now
    return worst * 1000


def read_sample(db_path: Path, n: int) -> list[tuple[int, str]]:
    """Random items with a UID (read before the heartbeat starts: the bench's own query must
    not count as a stall of the application)."""
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    rows = conn.execute("SELECT id, coalesce(card_uid, tag_uid) FROM items "
                        "WHERE card_uid IS NOT NULL OR tag_uid IS NOT NULL").fetchall()
    conn.close()
    return random.Random(7).sample(rows, min(n + 10, len(rows)))


def measure_reads(app: Any, ctx: Any, window: Any, sample: list[tuple[int, str]]) -> list[float]:
    from mileo_desk.devices.protocols import DeviceFamily, ReadEvent, ReadKind

    panel = window.panel
    shown: list[int] = []
    panel.item_shown.connect(shown.append)
    times = []
    for i, (item_id, uid) in enumerate(sample):
        shown.clear()
        event = ReadEvent(reader="bench", family=DeviceFamily.PCSC, kind=ReadKind.CARD_UID, uid=uid)
        t0 = time.perf_counter()
        ctx.scan.submit(event)
        if not spin(app, lambda item_id=item_id: item_id in shown, timeout=10):
            raise RuntimeError(f"item {item_id} not shown")
        panel.repaint()  # painted: synchronous paint of the panel and its timeline
        if i >= 10:  # warm-up
            times.append((time.perf_counter() - t0) * 1000)
        idle(app, 250)  # a person taps at most a few cards a second
    return times


def measure_typing(app: Any, ctx: Any, window: Any, beat: Heartbeat) -> tuple[list[float], list[float], list[float]]:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from mileo_desk.domain.text import fold

    edit = window.ui.searchEdit
    model = window.model
    viewport = window.ui.table.viewport()
    shown: dict[str, Any] = {"text": None, "t0": 0.0, "ms": None, "done": False, "loop": None}

    def on_ids_loaded(_rows: int) -> None:
        # the rows of what is typed are in the model: paint them now, synchronously (what
        # the next pass of the event loop would do), and stop the clock
        if shown["ms"] is None and model.filters[0].text == shown["text"]:
            viewport.repaint()
            shown["ms"] = (time.perf_counter() - shown["t0"]) * 1000
            shown["done"] = True
            if shown["loop"] is not None:
                shown["loop"].quit()

    model.ids_loaded.connect(on_ids_loaded)
    long_terms, short_terms, key_costs = [], [], []
    for word in WORDS:
        beat.phase = f"typing {word!r}"
        edit.clear()
        spin(app, lambda: not model.querying)
        idle(app, 300)
        typed = ""
        for ch in word:
            before = " ".join(typed.split())
            typed += ch
            text = typed.strip()
            shown.update(text=text, ms=None, done=False)
            t0 = shown["t0"] = time.perf_counter()
            QTest.keyClick(edit, ch)
            key_costs.append((time.perf_counter() - t0) * 1000)
            if " ".join(text.split()) == before:
                idle(app, 120)  # a space: the same search, nothing new to show
                continue
            if not wait_for(shown):
                raise RuntimeError(f"the rows of {text!r} never came")
            latency = shown["ms"]
            short = any(len(t) < 3 for t in fold(text).split())
            (short_terms if short else long_terms).append(latency)
            idle(app, max(0.0, 120 - latency))
        QTest.keyClick(edit, Qt.Key.Key_Escape)
    edit.clear()
    spin(app, lambda: not model.querying)
    return long_terms, short_terms, key_costs


def scroll_everything(app: Any, window: Any, beat: Heartbeat) -> None:
    beat.phase = "scrolling 100,000 rows"
    bar = window.ui.table.verticalScrollBar()
    rng = random.Random(3)
    for _ in range(150):
        bar.setValue(rng.randint(0, bar.maximum()))
        idle(app, 8)
    for value in range(0, bar.maximum(), max(1, bar.maximum() // 300)):
        bar.setValue(value)
        idle(app, 4)
    spin(app, lambda: not window.ctx.ops.busy)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small", action="store_true", help="the 2,000-item dataset (a quick check)")
    parser.add_argument("--reads", type=int, default=200)
    parser.add_argument("--cold-runs", type=int, default=3)
    parser.add_argument("--cold-start-child", nargs=2, metavar=("URL", "PASSWORD"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.cold_start_child:
        cold_start_child(*args.cold_start_child)
        return 0

    path, meta = dataset(args.small)
    url, password = f"sqlite:///{path}", meta["password"]
    print(f"dataset: {path.name} — {meta['items']:,} items, {meta['movements']:,} movements")

    pauses = machine_pauses()
    cold = measure_cold_start(url, password, args.cold_runs)
    with tempfile.TemporaryDirectory() as tmp:
        app, ctx, window = start_window(url, password, str(Path(tmp) / "s.ini"))
        sample = read_sample(path, args.reads)
        beat = Heartbeat()
        beat.start()
        idle(app, 300)
        beat.phase = "reads"
        reads = measure_reads(app, ctx, window, sample)
        long_terms, short_terms, key_costs = measure_typing(app, ctx, window, beat)
        scroll_everything(app, window, beat)
        beat.timer.stop()
        rss, peak = rss_mb()
        window.close()
        ctx.shutdown()
        ctx.services.close()

    rows = [
        ("cold start → usable window (ms, median of runs)", statistics.median(cold), BUDGETS["cold"],
         ", ".join(f"{c:.0f}" for c in cold)),
        ("read event (known UID) → panel painted, p95 (ms)", percentile(reads, 95), BUDGETS["read_p95"],
         f"p50 {percentile(reads, 50):.1f}, max {max(reads):.1f}, n={len(reads)}"),
        ("filter per keystroke → rows shown, p95 (ms, 3+ letters)", percentile(long_terms, 95),
         BUDGETS["filter_p95"],
         f"p50 {percentile(long_terms, 50):.1f}, max {max(long_terms):.1f}, n={len(long_terms)}"),
        ("  keystroke cost on the GUI thread, p95 (ms)", percentile(key_costs, 95), BUDGETS["filter_p95"],
         f"max {max(key_costs):.1f}, n={len(key_costs)}"),
        ("  1–2 letter terms (250 ms pause by design), p95 (ms)", percentile(short_terms, 95), None,
         f"p50 {percentile(short_terms, 50):.0f}, n={len(short_terms)}"),
        ("longest GUI-thread stall (ms)", beat.worst, BUDGETS["stall"],
         f"during {beat.where}; GUI-thread CPU within it {beat.worst_cpu:.1f} ms"),
        ("  longest stall the GUI thread spent working (ms)", beat.worst_busy, None,
         "CPU ≥ half the gap: the application's own work"),
        ("  the machine's own longest pause, busy loop 5 s (ms)", pauses, None, "not the application's"),
        ("resident memory at the end (MB)", rss, BUDGETS["rss"], f"peak {peak:.0f} MB"),
    ]
    print("\n== desk station (offscreen): figures vs budgets")
    ok = True
    for what, value, budget, extra in rows:
        if budget is None:
            print(f"  {what:<58} {value:>9.1f}  {'—':>9}        ({extra})")
            continue
        verdict = "OK" if value <= budget else "OVER"
        ok = ok and verdict == "OK"
        print(f"  {what:<58} {value:>9.1f}  ≤ {budget:>6.0f}  {verdict:<4}  ({extra})")
    print(json.dumps({"cold_ms": cold, "read_p95_ms": percentile(reads, 95),
                      "filter_p95_ms": percentile(long_terms, 95), "stall_ms": beat.worst,
                      "stall_busy_ms": beat.worst_busy, "rss_mb": rss,
                      "machine_pause_ms": pauses}))
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
