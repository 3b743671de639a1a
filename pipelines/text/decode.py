"""Bytes → text: detect the encoding of a raw article, or explain why it cannot be read."""

from __future__ import annotations

import codecs
import hashlib
import os
import re
import stat
from pathlib import Path

from charset_normalizer import from_bytes

from pipelines.models import RawArticle

# Files above this size are rejected rather than read into memory: no real article is
# this long, and a multi-megabyte "article" is almost always a mis-saved dump.
MAX_ARTICLE_BYTES = 5_000_000

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Encodings a Chinese article can really come in; charset-normalizer may only pick these,
# otherwise it happily "detects" cp1252/latin-1 for binary junk.
_CHINESE_ENCODINGS = ("gb18030", "gbk", "gb2312", "big5", "utf_16", "utf_8")


# What a non-regular entry of RAW_DIR is, for the rejection reason.
_SPECIAL_KINDS = (
    (stat.S_ISFIFO, "named pipe (FIFO)"),
    (stat.S_ISCHR, "character device"),
    (stat.S_ISBLK, "block device"),
    (stat.S_ISSOCK, "socket"),
    (stat.S_ISDIR, "directory"),
)

_WHITESPACE = re.compile(r"[\s\ufeff\u200b]+")


def article_id_for(text: str) -> str:
    """Stable article id from content: the decoded text without any whitespace.

    The same article saved as UTF-8 or GB18030, or with other line breaks, gets the
    same id; the file name plays no part.
    """
    return hashlib.sha1(_WHITESPACE.sub("", text).encode("utf-8")).hexdigest()[:16]


class DecodeError(ValueError):
    """The bytes are not a text article in an encoding we accept."""


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Return ``(text, encoding)``; raise DecodeError with a reason a person understands."""
    if not data.strip():
        raise DecodeError("empty file" if not data else "file holds only whitespace")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as exc:
                raise DecodeError(f"{encoding} byte-order mark but invalid bytes: {exc}") from exc
    if b"\x00" in data:
        raise DecodeError("binary file (NUL bytes without a UTF-16 byte-order mark)")
    try:
        # Strict UTF-8 first: it almost never decodes non-UTF-8 text by accident.
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    best = from_bytes(data, cp_isolation=list(_CHINESE_ENCODINGS)).best()
    if best is None:
        raise DecodeError("undecodable bytes: not UTF-8, GB18030/GBK, Big5 or UTF-16")
    encoding = "gb18030" if best.encoding in ("gbk", "gb2312") else best.encoding
    try:
        # GB18030 is a superset of GBK/GB2312: decode with it so rare characters survive.
        return data.decode(encoding), encoding
    except UnicodeDecodeError as exc:
        raise DecodeError(f"undecodable bytes as {encoding}: {exc}") from exc


def _looks_like_text(text: str) -> bool:
    """Reject decodings that are mostly control characters or private-use junk."""
    sample = text[:20000]
    bad = sum(
        1 for ch in sample if (ord(ch) < 32 and ch not in "\t\n\r\f") or "\ue000" <= ch <= "\uf8ff"
    )
    return bad <= max(2, len(sample) // 100)


def read_article(path: Path, source_file: str | None = None) -> RawArticle:
    """Read and decode one file; never raises for bad content (the reason is recorded)."""
    name = source_file or path.name
    try:
        # O_NONBLOCK: opening a named pipe must not wait for a writer. The checks run on
        # the opened descriptor, so the file cannot be swapped between check and read.
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
        try:
            st = os.fstat(fd)
            if not stat.S_ISREG(st.st_mode):
                # A FIFO or device (/dev/zero) would block or never end: never read one.
                kind = next((k for test, k in _SPECIAL_KINDS if test(st.st_mode)), "special file")
                return RawArticle(name, None, None, 0, f"not a regular file: {kind}")
            size = st.st_size
            if size > MAX_ARTICLE_BYTES:
                return RawArticle(
                    name, None, None, size, f"file too large: {size} bytes > {MAX_ARTICLE_BYTES}"
                )
            with os.fdopen(fd, "rb", closefd=False) as fh:
                data = fh.read(MAX_ARTICLE_BYTES + 1)
        finally:
            os.close(fd)
    except OSError as exc:
        return RawArticle(name, None, None, 0, f"unreadable file: {exc.strerror or exc}")
    if len(data) > MAX_ARTICLE_BYTES:  # it grew while we read it
        return RawArticle(
            name, None, None, len(data), f"file too large: > {MAX_ARTICLE_BYTES} bytes"
        )
    try:
        text, encoding = decode_bytes(data)
    except DecodeError as exc:
        return RawArticle(name, None, None, len(data), str(exc))
    if not _WHITESPACE.sub("", text):
        # Ideographic spaces, NBSP or a lone BOM: decodable, but nothing to read.
        return RawArticle(name, None, encoding, len(data), "file holds only whitespace")
    if not _looks_like_text(text):
        return RawArticle(name, None, encoding, len(data), "binary content, not a text article")
    return RawArticle(name, text, encoding, len(data), article_id=article_id_for(text))
