"""Reader benchmarks (issue "Readers and pads"): prints figures against the budgets.

Everything runs on the real PC/SC stack of the tests: a private ``pcscd`` with
vsmartcard's vpcd readers (:mod:`drivers.virtual.pcscd_private`) and a virtual card
(:mod:`drivers.virtual.vpcd_card`, ``TCP_QUICKACK`` on).

1. **UID read overhead** — the app's read (:meth:`PcscBackend.read_now`: hop to the PC/SC
   worker thread, connect, ATR, GET DATA with status-word checks, technology from the ATR,
   disconnect, result back) against bare pyscard doing the same job on the same stack in
   the same run (``SCardConnect`` + ``SCardTransmit(FF CA 00 00 00)`` +
   ``SCardDisconnect``), interleaved. Budget: overhead p95 ≤ 2 ms.
2. **Read event → subscriber callback** — from the creation of a :class:`ReadEvent` on the
   I/O thread to the call of a subscriber registered on the :class:`DeviceManager` (behind
   two other subscribers), for real taps and for simulated ones. The GUI-thread hop is the
   GUI team's measure.
3. **pcscd's poll interval**, separately: card inserted (TCP connect to vpcd) →
   :class:`CardPresence` callback. vpcd has no hot-plug interrupt: pcscd polls it every
   400 ms, which dominates the time a tap takes to show.

Usage: ``python bench/bench_readers.py [--reads 2000] [--taps 25]``. Exit status 1 when
a budget is missed.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from drivers.virtual.pcscd_private import PrivatePcscd  # noqa: E402
from drivers.virtual.vpcd_card import VirtualCard  # noqa: E402
from mileo_desk.devices.manager import DeviceManager  # noqa: E402
from mileo_desk.devices.pcsc import PcscBackend  # noqa: E402
from mileo_desk.devices.protocols import CardPresence, DeviceEvent, ReadEvent  # noqa: E402
from mileo_desk.devices.simulated import SimulatedReader  # noqa: E402

OVERHEAD_BUDGET_MS = 2.0


def pct(values: Sequence[float], p: float) -> float:
    """The p-th percentile (nearest rank) of *values*."""
    ordered = sorted(values)
    rank = max(0, min(len(ordered) - 1, round(p / 100 * len(ordered) + 0.5) - 1))
    return ordered[rank]


def line(label: str, values_ms: Sequence[float]) -> str:
    return (
        f"  {label:<44} n={len(values_ms):<5} p50 {pct(values_ms, 50):7.3f} ms   "
        f"p95 {pct(values_ms, 95):7.3f} ms   max {max(values_ms):7.3f} ms"
    )


def bench_overhead(daemon: PrivatePcscd, reads: int) -> float:
    """Interleaved app reads and bare pyscard reads; returns the overhead p95 in ms."""
    from smartcard import scard

    reader = daemon.readers[0]
    card = VirtualCard(preset="desfire", port=daemon.ports[0])
    card.insert()
    backend = PcscBackend(name="bench")
    ready = threading.Event()
    backend.start(lambda e: ready.set() if isinstance(e, ReadEvent) else None)
    try:
        if not ready.wait(5):
            raise SystemExit("the backend did not read the virtual card")
        hr, ctx = scard.SCardEstablishContext(scard.SCARD_SCOPE_USER)
        assert hr == scard.SCARD_S_SUCCESS
        apdu = [0xFF, 0xCA, 0x00, 0x00, 0x00]

        def bare() -> list[int]:
            hr, hcard, proto = scard.SCardConnect(
                ctx, reader, scard.SCARD_SHARE_SHARED, scard.SCARD_PROTOCOL_T0 | scard.SCARD_PROTOCOL_T1
            )
            assert hr == scard.SCARD_S_SUCCESS, scard.SCardGetErrorMessage(hr)
            hr, response = scard.SCardTransmit(hcard, proto, apdu)
            scard.SCardDisconnect(hcard, scard.SCARD_LEAVE_CARD)
            assert hr == scard.SCARD_S_SUCCESS and response[-2:] == [0x90, 0x00]
            return list(response)

        def app() -> str | None:
            return backend.read_now(reader).uid

        # transmit alone on an open connection: the floor of any UID read
        hr, hcard, proto = scard.SCardConnect(
            ctx, reader, scard.SCARD_SHARE_SHARED, scard.SCARD_PROTOCOL_T0 | scard.SCARD_PROTOCOL_T1
        )
        transmit_only: list[float] = []
        for _ in range(reads):
            t = time.perf_counter()
            scard.SCardTransmit(hcard, proto, apdu)
            transmit_only.append((time.perf_counter() - t) * 1e3)
        scard.SCardDisconnect(hcard, scard.SCARD_LEAVE_CARD)

        for _ in range(50):  # warm-up
            bare()
            app()
        bare_ms: list[float] = []
        app_ms: list[float] = []
        paired: list[float] = []
        for i in range(reads):
            order: tuple[Callable[[], object], ...] = (bare, app) if i % 2 else (app, bare)
            times: dict[Callable[[], object], float] = {}
            for fn in order:
                t = time.perf_counter()
                result = fn()
                times[fn] = (time.perf_counter() - t) * 1e3
                assert result, "empty read"
            bare_ms.append(times[bare])
            app_ms.append(times[app])
            paired.append(times[app] - times[bare])
        scard.SCardReleaseContext(ctx)
    finally:
        backend.stop()
        card.remove()
    overhead = pct(app_ms, 95) - pct(bare_ms, 95)
    print("1. UID read through the app's backend vs bare pyscard (same stack, same run, interleaved)")
    print(line("bare SCardTransmit(FF CA) on an open card", transmit_only))
    print(line("bare pyscard connect + transmit + disconnect", bare_ms))
    print(line("app PcscBackend.read_now (thread hop incl.)", app_ms))
    print(line("paired difference app - bare", paired))
    verdict = "OK" if overhead <= OVERHEAD_BUDGET_MS else "OVER BUDGET"
    print(f"  overhead p95 (p95 app - p95 bare): {overhead:.3f} ms   budget <= {OVERHEAD_BUDGET_MS} ms   {verdict}")
    return overhead


def bench_callbacks(daemon: PrivatePcscd, taps: int) -> None:
    """Event → callback latency for real taps, and pcscd's poll interval."""
    latencies: list[float] = []
    presence_delay: list[float] = []
    insert_to_read: list[float] = []
    inserted_at = [0.0]
    got_read = threading.Event()
    got_removal = threading.Event()

    reader = daemon.readers[1]

    def measured(event: DeviceEvent) -> None:
        now = time.monotonic()
        if getattr(event, "reader", None) != reader or not inserted_at[0]:
            return  # e.g. the card of part 1, still seen by pcscd until its next poll
        if isinstance(event, ReadEvent):
            latencies.append((now - event.mono) * 1e3)
            insert_to_read.append((now - inserted_at[0]) * 1e3)
            got_read.set()
        elif isinstance(event, CardPresence):
            if event.present:
                presence_delay.append((event.mono - inserted_at[0]) * 1e3)
            else:
                got_removal.set()

    manager = DeviceManager([PcscBackend(name="bench")], resolver=lambda e: None)
    manager.subscribe(lambda e: None)  # other views, e.g. the status bar
    manager.subscribe(lambda e: manager.resolve(e) if isinstance(e, ReadEvent) else None)
    manager.subscribe(measured)
    card = VirtualCard(preset="mifare-1k", port=daemon.ports[1])
    with manager:
        time.sleep(0.5)
        for i in range(taps):
            got_read.clear()
            got_removal.clear()
            # spread insertions over pcscd's 400 ms poll period
            time.sleep(0.037 * (i % 11))
            inserted_at[0] = time.monotonic()
            card.insert()
            if not got_read.wait(3):
                raise SystemExit("tap not read")
            card.remove()
            if not got_removal.wait(3):
                raise SystemExit("removal not seen")
    print(f"2. Read event -> subscriber callback (third subscriber, resolver called before it), {taps} real taps")
    print(line("ReadEvent created -> callback (PC/SC)", latencies))

    sim = SimulatedReader()
    sim_lat: list[float] = []
    done = threading.Event()

    def sim_measured(event: DeviceEvent) -> None:
        if isinstance(event, ReadEvent):
            sim_lat.append((time.monotonic() - event.mono) * 1e3)
        elif isinstance(event, CardPresence) and not event.present:
            done.set()

    sim_manager = DeviceManager([sim])
    sim_manager.subscribe(lambda e: None)
    sim_manager.subscribe(lambda e: None)
    sim_manager.subscribe(sim_measured)
    with sim_manager:
        for _ in range(1000):
            done.clear()
            sim.tap("04A1B2C3D4E5F6", hold=0.0)
            done.wait(2)
    print(line("ReadEvent created -> callback (simulated)", sim_lat))
    print("3. pcscd poll interval (vpcd has no hot-plug: pcscd polls it every 400 ms)")
    print(line("card inserted -> CardPresence created", presence_delay))
    print(line("card inserted -> ReadEvent callback", insert_to_read))
    print(f"  mean insertion delay {statistics.fmean(presence_delay):.1f} ms (uniform over a 400 ms poll: ~200 ms)")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reads", type=int, default=2000, help="UID reads per method")
    parser.add_argument("--taps", type=int, default=25, help="real card taps for the callback latency")
    args = parser.parse_args(argv)
    with PrivatePcscd() as daemon:
        print(f"private pcscd ({daemon.mode} mode), readers {', '.join(daemon.readers)} on ports {daemon.ports}")
        overhead = bench_overhead(daemon, args.reads)
        bench_callbacks(daemon, args.taps)
    return 0 if overhead <= OVERHEAD_BUDGET_MS else 1


if __name__ == "__main__":
    raise SystemExit(main())
