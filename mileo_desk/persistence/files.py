"""The registry's files, readable by their owner only (CHR-GOV-001 §01: what the registry
holds is not the business of the station's other local accounts).

One place for the modes: the data folder 0700; the SQLite database, its ``-wal``, ``-shm``
and ``-journal``, the exports (and any backup) 0600 — on creation, and when found looser
(corrected, and logged once: the next start finds them right). SQLite gives its ``-wal`` and
``-shm`` the mode of the database file, so the database is created 0600 before SQLite opens
it; the companions are checked again once it has. Modes are POSIX: nothing is done on Windows,
where the user data folder is already private.
"""

from __future__ import annotations

import contextlib
import logging
import os
import stat
import tempfile
from pathlib import Path

log = logging.getLogger("mileo_desk.persistence")

PRIVATE_DIR = 0o700
PRIVATE_FILE = 0o600
#: the files SQLite keeps beside a database
SQLITE_COMPANIONS = ("-wal", "-shm", "-journal")
_POSIX = os.name == "posix"


def data_directory() -> Path:
    """The user data folder of Mileo Desk (``~/.local/share/MileoDesk`` on Linux)."""
    import platformdirs

    return Path(platformdirs.user_data_dir("MileoDesk", "Mileo Technology"))


def embedded_database() -> Path:
    """The embedded default database, in the data folder."""
    return data_directory() / "registre.sqlite3"


def tighten(path: Path, mode: int) -> bool:
    """Remove from *path* every permission beyond *mode*; True when it had to (and said so)."""
    if not _POSIX:
        return False
    try:
        current = stat.S_IMODE(path.stat().st_mode)
    except FileNotFoundError:
        return False
    if not current & ~mode:
        return False
    os.chmod(path, current & mode)
    log.warning("permissions of %s were %03o, now %03o (readable by its owner only)", path, current, current & mode)
    return True


def private_directory(path: Path, *, tighten_existing: bool) -> None:
    """Create *path* (and its missing parents) 0700; an existing folder is tightened only when
    *tighten_existing* (the data folder: a folder the user chose is theirs to share)."""
    missing: list[Path] = []
    for folder in (path, *path.parents):
        if folder.exists():
            break
        missing.append(folder)
    for folder in reversed(missing):
        with contextlib.suppress(FileExistsError):  # another process created it meanwhile
            folder.mkdir(mode=PRIVATE_DIR)
        if _POSIX:
            os.chmod(folder, PRIVATE_DIR)  # the umask could only have removed bits; exact anyway
    if tighten_existing and not missing:
        tighten(path, PRIVATE_DIR)


def private_sqlite(database: Path) -> None:
    """Before SQLite opens *database*: its folder (0700 when created, or when it is the data
    folder), the file itself created 0600 (an empty file is an empty database), the file and
    its companions tightened when found looser. Call it again after opening: SQLite creates the
    companions itself."""
    folder = database.parent
    private_directory(folder, tighten_existing=_same(folder, data_directory()))
    if not database.exists():
        with contextlib.suppress(FileExistsError):
            os.close(os.open(database, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE))
    for path in (database, *(Path(f"{database}{suffix}") for suffix in SQLITE_COMPANIONS)):
        tighten(path, PRIVATE_FILE)


def write_private(path: Path, data: bytes) -> None:
    """Write *data* to *path* readable by its owner only, atomically: a temporary file beside
    it (created 0600), then renamed over it (a looser file already there is replaced)."""
    directory = path.parent if str(path.parent) else Path(".")
    # beside the target so that os.replace stays on one file system (atomic)
    fd, tmp = tempfile.mkstemp(prefix=".mileo-export-", dir=directory)
    try:
        with os.fdopen(fd, "wb") as fh:
            if _POSIX:
                os.fchmod(fh.fileno(), PRIVATE_FILE)
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _same(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False
