"""Which files are in RAW_DIR and which article each holds.

Partitions are keyed by article id (a hash of the decoded content), so finding the
file(s) behind a partition means decoding them. The index caches each file's id by
its name and stat (size, mtime, inode, ctime) in a small JSON file, so a sensor tick or
an incremental run only reads files that are new or changed.

Names are the one thing here that is not content: they are read from RAW_DIR on every
scan, and everything the warehouse says about a file's name comes from the latest scan
(``first_files``), never from results stored by content.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path

from pipelines.text.decode import read_article

ARTICLE_SUFFIX = ".txt"


@dataclass(frozen=True)
class RawFile:
    name: str
    stat: tuple[int, ...]  # _stat_key: what must not change for the cached id to hold
    article_id: str | None  # None: the file was rejected
    error: str | None


def list_raw_files(raw_dir: Path) -> list[Path]:
    """Visible entries of RAW_DIR that are not directories, sorted by name."""
    if not raw_dir.is_dir():
        raise FileNotFoundError(f"RAW_DIR {raw_dir} is not a directory")
    entries = []
    for path in raw_dir.iterdir():
        if path.name.startswith("."):
            continue
        try:
            if path.is_dir():
                continue
        except OSError:  # a symlink loop raises here; it is reported as unreadable
            pass
        entries.append(path)
    return sorted(entries, key=lambda p: p.name)


def _stat_key(path: Path) -> tuple[int, ...]:
    """Size and mtime, plus inode and ctime: another file moved or copied into this name
    with the same size and mtime (``mv``, ``cp -p``, an unpacked archive) still differs
    in those two, so a stale id is never reused for it. ``()``: the file cannot be stat'ed."""
    try:
        st = path.stat()
    except OSError:
        return ()
    return st.st_size, st.st_mtime_ns, st.st_ino, st.st_ctime_ns


def scan(raw_dir: Path, cache_file: Path | None = None) -> list[RawFile]:
    """Every file in RAW_DIR with its article id or rejection reason."""
    cache = _load(cache_file)
    files = []
    for path in list_raw_files(raw_dir):
        stat = _stat_key(path)
        hit = cache.get(path.name)
        if hit and stat and hit.stat == stat:
            files.append(hit)
            continue
        if path.suffix.lower() != ARTICLE_SUFFIX:
            # A README or SOURCES.md next to the articles is not an article; say so.
            reason = f"not an article file: only *{ARTICLE_SUFFIX} files are read"
            files.append(RawFile(path.name, stat, None, reason))
            continue
        raw = read_article(path)
        files.append(RawFile(path.name, stat, raw.article_id, raw.error))
    if cache_file is not None:
        _save(cache_file, files)
    return files


def files_by_article(files: list[RawFile]) -> dict[str, list[str]]:
    """article id → file names holding it (first name first)."""
    out: dict[str, list[str]] = {}
    for f in files:
        if f.article_id:
            out.setdefault(f.article_id, []).append(f.name)
    return out


def first_files(files: list[RawFile]) -> dict[str, str]:
    """article id → the file that names it in the warehouse (the first by name).

    Every name the warehouse shows is taken from here at publish time: results stored by
    content were made when the file may have had another name, or lived in another
    RAW_DIR, and a fresh build would name it as it is now."""
    return {article_id: names[0] for article_id, names in files_by_article(files).items()}


def _load(cache_file: Path | None) -> dict[str, RawFile]:
    if cache_file is None or not cache_file.exists():
        return {}
    try:
        rows = json.loads(cache_file.read_text(encoding="utf-8"))
        return {r["name"]: RawFile(**{**r, "stat": tuple(r["stat"])}) for r in rows}
    except (ValueError, TypeError, KeyError):
        return {}  # a damaged cache is only a cache: rebuild it


def _save(cache_file: Path, files: list[RawFile]) -> None:
    cache_file.parent.mkdir(parents=True, exist_ok=True)
    tmp = cache_file.with_name(f"{cache_file.name}.{os.getpid()}.tmp")
    tmp.write_text(json.dumps([asdict(f) for f in files], ensure_ascii=False), encoding="utf-8")
    os.replace(tmp, cache_file)
