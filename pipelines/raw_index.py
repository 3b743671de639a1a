"""Which files are in RAW_DIR and which article each holds.

Partitions are keyed by the article's headline and content (``partition_key``), never by
its file name: a renamed file stays the same partition and one text under two names is
one article. Finding the file(s) behind a partition therefore means decoding them; the
index caches each file's id and headline by its name and stat (size, mtime, inode, ctime)
in a small JSON file, so a sensor tick or an incremental run only reads files that are new
or changed.

Names are the one thing here that is not content: they are read from RAW_DIR on every
scan, and everything the warehouse says about a file's name comes from the latest scan
(``first_files``), never from results stored by content.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import asdict, dataclass
from pathlib import Path

from pipelines.atomic import replacing
from pipelines.text.decode import read_article

ARTICLE_SUFFIX = ".txt"
# Characters of the headline a partition key starts with: enough to recognise an article
# in the UI's partition list (~a dozen Chinese characters), short enough to scan.
KEY_TITLE_CHARS = 12
# Hex digits of the content id after it: 40 bits keep two articles with the same opening
# words apart (and partition_keys checks that they are).
KEY_HASH_CHARS = 10
_NOT_IN_KEY = re.compile(r"[^0-9A-Za-z\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")


@dataclass(frozen=True)
class RawFile:
    name: str
    stat: tuple[int, ...]  # _stat_key: what must not change for the cached id to hold
    article_id: str | None  # None: the file was rejected
    error: str | None
    title: str | None = None  # first non-blank line of the decoded text ("" if none)
    # sha1 of the decoded text as written: the article id ignores whitespace, so a file
    # whose line breaks changed keeps its id but needs processing again (partition_keys).
    text_digest: str | None = None


def title_of(text: str) -> str:
    """The headline: an article's first non-blank line."""
    return next((line.strip() for line in text.splitlines() if line.strip()), "")


def partition_key(text_digest: str, title: str, hash_chars: int = KEY_HASH_CHARS) -> str:
    """``<headline slug>-<text hash>``, e.g. ``团结引领燕赵职工奋力谱写-5c1f0e9a2b``.

    Only CJK characters, ASCII letters and digits of the headline are kept (Dagster forbids
    some characters in partition keys and the article store uses keys as file names). The
    hash is of the text as written, so an edit that only moves line breaks, which keeps the
    article id, still makes a new partition: its stored results came from the old breaks.
    """
    # Spaces go first: the content id ignores whitespace, so must the key.
    slug = _NOT_IN_KEY.sub("-", "".join(title.split())).strip("-")
    slug = slug[:KEY_TITLE_CHARS].strip("-")
    short = text_digest[:hash_chars]
    return f"{slug}-{short}" if slug else short


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
        # An entry without a text digest was written before keys had one: read it again.
        fresh = hit and stat and hit.stat == stat
        if fresh and (hit.article_id is None or hit.text_digest is not None):
            files.append(hit)
            continue
        if path.suffix.lower() != ARTICLE_SUFFIX:
            # A README or SOURCES.md next to the articles is not an article; say so.
            reason = f"not an article file: only *{ARTICLE_SUFFIX} files are read"
            files.append(RawFile(path.name, stat, None, reason))
            continue
        raw = read_article(path)
        title = digest = None
        if raw.text is not None:
            title = title_of(raw.text)
            digest = hashlib.sha1(raw.text.encode("utf-8", "surrogatepass")).hexdigest()
        files.append(RawFile(path.name, stat, raw.article_id, raw.error, title, digest))
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


def files_by_partition(files: list[RawFile]) -> dict[str, list[str]]:
    """Partition key → file names holding that article (first name first), in file order."""
    keys = partition_keys(files)
    return {keys[article_id]: names for article_id, names in files_by_article(files).items()}


def partition_keys(files: list[RawFile]) -> dict[str, str]:
    """Article id → partition key, hashed from the text of the article's first file (the
    one processed, as ``first_files`` names it); should two articles' keys ever coincide,
    both take the full hash instead of the short one."""
    titles: dict[str, str] = {}
    digests: dict[str, str] = {}
    for f in files:
        if f.article_id:  # copies may break lines differently: any name order, same title
            title = f.title or ""
            titles[f.article_id] = min(titles.get(f.article_id, title), title)
            digests.setdefault(f.article_id, f.text_digest or f.article_id)
    keys = {a: partition_key(digests[a], t) for a, t in titles.items()}
    seen: dict[str, int] = {}
    for key in keys.values():
        seen[key] = seen.get(key, 0) + 1
    return {
        a: key if seen[key] == 1 else partition_key(digests[a], titles[a], len(digests[a]))
        for a, key in keys.items()
    }


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
    with replacing(cache_file) as tmp:
        rows = [asdict(f) for f in files]
        tmp.write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
