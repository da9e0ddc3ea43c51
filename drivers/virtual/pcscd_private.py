"""A private ``pcscd`` with vsmartcard's vpcd readers, for tests, benchmarks and demos.

``pcscd --foreground --config DIR`` reads a private ``reader.conf.d`` holding one vpcd
stanza (``CHANNELID`` = TCP port): two readers, "Virtual PCD 00 00" on that port and
"Virtual PCD 00 01" on the next one. Insert cards with :mod:`.vpcd_card`.

Only one ``pcscd`` may run per machine (pid file and socket in ``/run/pcscd``):

- **plain** mode: no other ``pcscd`` runs; ours uses ``/run/pcscd`` like the system one;
- **isolated** mode (another ``pcscd`` runs, e.g. the system's, or ``mode="isolated"``):
  ours runs in a private mount namespace (``unshare --mount``, as root, or with a user
  namespace otherwise) where a private directory is bind-mounted on ``/run/pcscd``;
  clients reach it through ``PCSCLITE_CSOCK_NAME``, which :meth:`PrivatePcscd.start`
  sets in ``os.environ`` — pcsc-lite reads it once, so start the daemon before the
  process makes its first PC/SC call. Ports are moved if 35963/35964 are taken.

The daemon dies with its owner: ``setpriv --pdeathsig KILL`` when available, and a
later :meth:`PrivatePcscd.start` on the machine kills daemons whose owner process is
gone (``owner.pid`` in each state directory).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from pathlib import Path

VPCD_LIBS = (
    "/usr/lib/pcsc/drivers/serial/libifdvpcd.so",
    "/usr/local/lib/pcsc/drivers/serial/libifdvpcd.so",
    "/usr/lib64/pcsc/drivers/serial/libifdvpcd.so",
)
RUN_DIR = Path("/run/pcscd")
DEFAULT_PORT = 35963
FRIENDLY_NAME = "Virtual PCD"
_STATE_PREFIX = "mileo-pcscd-"


class PcscdUnavailable(RuntimeError):
    """A private pcscd cannot run on this machine (the reason says why)."""


def find_pcscd() -> str | None:
    """Path of the ``pcscd`` executable, or None."""
    return shutil.which("pcscd") or next(
        (p for p in ("/usr/sbin/pcscd", "/usr/local/sbin/pcscd") if os.access(p, os.X_OK)), None
    )


def find_vpcd() -> str | None:
    """Path of vpcd's IFD handler library, or None."""
    return next((p for p in VPCD_LIBS if os.path.exists(p)), None)


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as fh:
            state = fh.read().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state not in ("Z", "X")


def _pid_file_pid(path: Path) -> int | None:
    try:
        return int(path.read_text().strip())
    except (OSError, ValueError):
        return None


def running_pcscd() -> int | None:
    """Pid of a live pcscd owning ``/run/pcscd``, or None."""
    pid = _pid_file_pid(RUN_DIR / "pcscd.pid")
    return pid if pid is not None and _alive(pid) else None


def _remove_stale_socket() -> None:
    """Remove the socket (and pid file) a dead pcscd left in ``/run/pcscd``: nobody answers
    on it, and its presence alone would push us to isolated mode, whose socket path a
    process that already made a PC/SC call would never see."""
    path = RUN_DIR / "pcscd.comm"
    if not path.exists():
        return
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as s:
        s.settimeout(0.5)
        try:
            s.connect(str(path))
            return  # alive
        except (ConnectionRefusedError, FileNotFoundError):
            pass
        except OSError:
            return  # cannot tell: leave it
    with contextlib.suppress(OSError):
        path.unlink()
        (RUN_DIR / "pcscd.pid").unlink(missing_ok=True)


def _listening(port: int) -> bool:
    """Whether something LISTENs on TCP *port* (read from /proc: probing would insert a card)."""
    wanted = f":{port:04X}"
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            with open(table, encoding="ascii") as fh:
                next(fh, None)
                for line in fh:
                    fields = line.split()
                    if len(fields) > 3 and fields[1].endswith(wanted) and fields[3] == "0A":
                        return True
        except OSError:
            continue
    return False


def _port_free(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        try:
            s.bind(("0.0.0.0", port))
        except OSError:
            return False
    return True


def reap_orphans(root: Path | None = None) -> list[int]:
    """Kill private pcscd daemons whose owner process is gone; returns their pids."""
    killed: list[int] = []
    base = root or Path(tempfile.gettempdir())
    for state in base.glob(f"{_STATE_PREFIX}*"):
        owner = _pid_file_pid(state / "owner.pid")
        if owner is not None and _alive(owner):
            continue
        daemon = _pid_file_pid(state / "daemon.pid")
        if daemon is not None and _alive(daemon):
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.kill(daemon, signal.SIGKILL)
                killed.append(daemon)
        shutil.rmtree(state, ignore_errors=True)
    return killed


class PrivatePcscd:
    """One private pcscd (see the module docstring); a context manager.

    ``readers`` are the two vpcd reader names, ``ports`` their TCP ports (index-aligned).
    """

    def __init__(self, *, port: int = DEFAULT_PORT, mode: str = "auto", debug: bool = False) -> None:
        if mode not in ("auto", "plain", "isolated"):
            raise ValueError("mode is auto, plain or isolated")
        self.requested_port = port
        self.requested_mode = mode
        self.debug = debug
        self.mode: str | None = None
        self.port = port
        self.state_dir: Path | None = None
        self.socket_path: str | None = None
        self.proc: subprocess.Popen[bytes] | None = None
        self.starts = 0

    # ------------------------------------------------------------------ facts

    @property
    def ports(self) -> tuple[int, int]:
        """TCP ports of "Virtual PCD 00 00" and "Virtual PCD 00 01"."""
        return (self.port, self.port + 1)

    @property
    def readers(self) -> tuple[str, str]:
        """The two reader names, in the order of :attr:`ports`."""
        return (f"{FRIENDLY_NAME} 00 00", f"{FRIENDLY_NAME} 00 01")

    def reader_for_port(self, port: int) -> str:
        """The reader name whose card port is *port*."""
        return self.readers[self.ports.index(port)]

    @property
    def running(self) -> bool:
        """True while the daemon process runs."""
        return self.proc is not None and self.proc.poll() is None

    @property
    def log_path(self) -> Path | None:
        """The daemon's log (its stdout / stderr)."""
        return self.state_dir / "pcscd.log" if self.state_dir else None

    def log_text(self) -> str:
        """The daemon's log so far (for failure messages)."""
        path = self.log_path
        return path.read_text(errors="replace") if path and path.exists() else ""

    # ------------------------------------------------------------------ lifecycle

    def _choose_mode(self) -> str:
        if self.requested_mode != "auto":
            return self.requested_mode
        if running_pcscd() is None:
            _remove_stale_socket()
            if not (RUN_DIR / "pcscd.comm").exists():
                return "plain"
        return "isolated"

    def _prepare(self) -> None:
        pcscd, vpcd = find_pcscd(), find_vpcd()
        if pcscd is None:
            raise PcscdUnavailable("pcscd is not installed (Debian/Ubuntu: apt-get install pcscd)")
        if vpcd is None:
            raise PcscdUnavailable("vpcd is not installed (Debian/Ubuntu: apt-get install vsmartcard-vpcd)")
        reap_orphans()
        self.mode = self._choose_mode()
        if self.mode == "plain" and running_pcscd() is not None:
            raise PcscdUnavailable(f"another pcscd runs (pid {running_pcscd()}) and plain mode was asked")
        if self.mode == "isolated" and shutil.which("unshare") is None:
            raise PcscdUnavailable("another pcscd runs and unshare (util-linux) is missing to isolate ours")
        port = self.requested_port
        while not (_port_free(port) and _port_free(port + 1)):
            port += 2
            if port > self.requested_port + 200:
                raise PcscdUnavailable("no free TCP port pair for vpcd")
        self.port = port
        self.state_dir = Path(tempfile.mkdtemp(prefix=_STATE_PREFIX))
        (self.state_dir / "owner.pid").write_text(str(os.getpid()))
        conf = self.state_dir / "reader.conf.d"
        conf.mkdir()
        (conf / "vpcd").write_text(
            f'FRIENDLYNAME "{FRIENDLY_NAME}"\n'
            f"DEVICENAME   /dev/null:0x{port:04X}\n"
            f"LIBPATH      {vpcd}\n"
            f"CHANNELID    0x{port:04X}\n"
        )
        if self.mode == "isolated":
            sockdir = self.state_dir / "run"
            sockdir.mkdir()
            self.socket_path = str(sockdir / "pcscd.comm")
            os.environ["PCSCLITE_CSOCK_NAME"] = self.socket_path
        else:
            self.socket_path = str(RUN_DIR / "pcscd.comm")

    def _command(self) -> list[str]:
        assert self.state_dir is not None
        pcscd = find_pcscd()
        assert pcscd is not None
        daemon = [pcscd, "--foreground", "--config", str(self.state_dir / "reader.conf.d")]
        if self.debug:
            daemon += ["--debug", "--apdu"]
        if shutil.which("setpriv"):
            # the daemon dies with the process that started it, even on SIGKILL
            daemon = ["setpriv", "--pdeathsig", "KILL", "--", *daemon]
        if self.mode == "plain":
            return daemon
        sockdir = self.state_dir / "run"
        quoted = " ".join(f"'{part}'" for part in daemon)
        script = (
            "set -e; "
            f"if [ ! -d {RUN_DIR} ]; then mount -t tmpfs tmpfs /run && mkdir -p {RUN_DIR}; fi; "
            f"mount --bind '{sockdir}' {RUN_DIR}; "
            f"exec {quoted}"
        )
        unshare = ["unshare", "--mount", "--propagation", "private"]
        if os.geteuid() != 0:
            unshare = ["unshare", "--user", "--map-root-user", "--mount", "--propagation", "private"]
        return [*unshare, "sh", "-c", script]

    def start(self, timeout: float = 5.0) -> PrivatePcscd:
        """Start (or restart, same ports and socket) the daemon; wait for its readers."""
        if self.running:
            return self
        if self.state_dir is None:
            self._prepare()
        elif self.mode == "plain" and running_pcscd() is not None:
            raise PcscdUnavailable(f"another pcscd started meanwhile (pid {running_pcscd()})")
        assert self.state_dir is not None
        if self.mode == "isolated" and os.geteuid() == 0:
            RUN_DIR.mkdir(parents=True, exist_ok=True)
        log = open(self.state_dir / "pcscd.log", "ab")  # noqa: SIM115 - kept open while the daemon runs
        try:
            self.proc = subprocess.Popen(
                self._command(),
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        finally:
            log.close()
        (self.state_dir / "daemon.pid").write_text(str(self.proc.pid))
        self.starts += 1
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                break
            if os.path.exists(self.socket_path or "") and all(_listening(p) for p in self.ports):
                return self
            time.sleep(0.01)
        text = self.log_text()[-2000:]
        self.stop()
        raise PcscdUnavailable(f"pcscd did not come up ({self.mode} mode): {text.strip() or 'no output'}")

    def kill(self) -> None:
        """SIGKILL the daemon (a crash); :meth:`start` brings it back with the same set-up."""
        self._signal(signal.SIGKILL)

    def terminate(self) -> None:
        """SIGTERM the daemon and wait for it; :meth:`start` brings it back."""
        self._signal(signal.SIGTERM)

    def _signal(self, sig: signal.Signals) -> None:
        proc = self.proc
        if proc is None:
            return
        if proc.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                proc.send_signal(sig)
            try:
                proc.wait(3.0)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(3.0)
        self.proc = None
        # the daemon may leave its socket behind after SIGKILL: pcscd removes stale files
        # itself when the pid file's process is gone

    def stop(self) -> None:
        """Stop the daemon and remove the private state directory."""
        self.terminate()
        if self.state_dir is not None:
            shutil.rmtree(self.state_dir, ignore_errors=True)
            self.state_dir = None

    def __enter__(self) -> PrivatePcscd:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
