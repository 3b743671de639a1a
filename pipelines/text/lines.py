"""Split decoded raw text into normalized lines that remember where they came from."""

from __future__ import annotations

from array import array
from dataclasses import dataclass

from pipelines.models import RAW_OFFSET_TYPECODE
from pipelines.text.normalize import normalize_line


@dataclass
class Line:
    text: str
    raw_map: array
    blank_before: int  # empty lines between this line and the previous non-empty one
    raw_text: str = ""  # the raw line, for re-normalizing titles/bylines with their spacing
    blank_after: int = 0

    @property
    def raw_start(self) -> int:
        return self.raw_map[0]

    @property
    def raw_end(self) -> int:
        return self.raw_map[-1] + 1


def split_lines(raw: str) -> list[Line]:
    """Non-empty normalized lines of ``raw``; offsets are into ``raw`` itself."""
    lines: list[Line] = []
    blank = 0
    pos = 0
    for chunk in raw.splitlines(keepends=True):
        body = chunk.rstrip("\r\n\u2028\u2029\x85\x0b\x0c\x1c\x1d\x1e")
        start = pos
        pos += len(chunk)
        if not body.strip():
            blank += 1
            continue
        text, offs = normalize_line(body, start)
        if not text.strip():
            blank += 1
            continue
        if lines:
            lines[-1].blank_after = blank
        lines.append(Line(text, array(RAW_OFFSET_TYPECODE, offs), blank, raw_text=body))
        blank = 0
    if lines:
        lines[-1].blank_after = blank
    return lines
