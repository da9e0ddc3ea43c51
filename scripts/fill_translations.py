#!/usr/bin/env python3
"""Fill the unfinished entries of a .ts file from a table of translations (French source →
text), by exact source text: ``fill_translations.py TABLE.py [TS]`` where TABLE.py defines a
dict ``EN``. Entries without a translation in the table are listed and left unfinished."""

from __future__ import annotations

import html
import re
import runpy
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_MESSAGE = re.compile(r'<message(?: numerus="yes")?>.*?</message>', re.S)
_UNFINISHED = re.compile(r'<translation type="unfinished">.*?</translation>|<translation type="unfinished"/>', re.S)


def fill(ts: Path, table: dict[str, str]) -> list[str]:
    text = ts.read_text(encoding="utf-8")
    missing: list[str] = []

    def one(match: re.Match[str]) -> str:
        body = match.group(0)
        if 'type="unfinished"' not in body or "<numerusform>" in body:
            return body
        source = html.unescape(re.search(r"<source>(.*?)</source>", body, re.S).group(1))  # type: ignore[union-attr]
        if source not in table:
            missing.append(source)
            return body
        return _UNFINISHED.sub(lambda _m: f"<translation>{html.escape(table[source], quote=False)}</translation>", body)

    ts.write_text(_MESSAGE.sub(one, text), encoding="utf-8")
    return missing


if __name__ == "__main__":
    table = runpy.run_path(sys.argv[1])["EN"]
    target = Path(sys.argv[2]) if len(sys.argv) > 2 else ROOT / "resources" / "translations" / "mileo_desk_en.ts"
    for source in fill(target, table):
        print(f"sans traduction : {source}")
