"""Time conventions: stored in UTC as integer microseconds, shown in Europe/Paris."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

PARIS = ZoneInfo("Europe/Paris")
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)

#: a clock returns the current UTC time; services take one so tests can move time
Clock = Callable[[], datetime]


def system_clock() -> datetime:
    """The real current time, in UTC."""
    return datetime.now(UTC)


def to_us(moment: datetime) -> int:
    """Aware datetime → microseconds since the epoch (UTC)."""
    if moment.tzinfo is None:
        raise ValueError("naive datetime")
    # integer arithmetic: a float timestamp would lose microseconds past 2^53 and two
    # stations must hash the very same value
    delta = moment - _EPOCH
    return (delta.days * 86_400 + delta.seconds) * 1_000_000 + delta.microseconds


def from_us(value: int) -> datetime:
    """Microseconds since the epoch → aware UTC datetime."""
    return _EPOCH + timedelta(microseconds=value)


def to_paris(moment: datetime) -> datetime:
    return moment.astimezone(PARIS)


def format_paris(moment: datetime | None, *, seconds: bool = False) -> str:
    """``23/11/2026 14:05`` in Europe/Paris; empty for None."""
    if moment is None:
        return ""
    return to_paris(moment).strftime("%d/%m/%Y %H:%M:%S" if seconds else "%d/%m/%Y %H:%M")


def end_of_paris_day(moment: datetime) -> datetime:
    """The last microsecond of *moment*'s day in Europe/Paris, as UTC."""
    local_day = to_paris(moment).date()
    end = datetime.combine(local_day, time(23, 59, 59, 999_999), tzinfo=PARIS)
    return end.astimezone(UTC)


def paris_at(day: date, hour: int, minute: int = 0) -> datetime:
    """*day* at *hour*:*minute* in Paris, as UTC."""
    return datetime.combine(day, time(hour, minute), tzinfo=PARIS).astimezone(UTC)


def paris_date(moment: datetime) -> date:
    return to_paris(moment).date()


def parse_user_datetime(text: str, *, field: str, label: str) -> datetime:
    """Parse a date/time typed by a user or a script.

    Accepts ISO 8601 (``2026-11-23T14:05``, with or without offset; naive means Paris
    time), ``23/11/2026 14:05`` and a bare date (end of that Paris day for due dates is
    the caller's choice: a bare date here means 00:00 Paris).
    """
    from .errors import ValidationError

    raw = (text or "").strip()
    if not raw:
        raise ValidationError("Le champ « {label} » est obligatoire.", field=field, params={"label": label})
    parsed: datetime | None = None
    for fmt in ("%d/%m/%Y %H:%M", "%d/%m/%Y %H:%M:%S", "%d/%m/%Y"):
        try:
            parsed = datetime.strptime(raw, fmt)
            break
        except ValueError:
            continue
    if parsed is None:
        try:
            parsed = datetime.fromisoformat(raw.replace("Z", "+00:00"))
        except ValueError:
            raise ValidationError(
                "Date invalide pour « {label} » : « {raw} » (ex. 23/11/2026 14:05).", field=field,
                params={"label": label, "raw": raw[:40]},
            ) from None
    if parsed.tzinfo is None:
        # a person at the desk types Paris time; zoneinfo resolves the DST gap and fold
        parsed = parsed.replace(tzinfo=PARIS)
    return parsed.astimezone(UTC)
