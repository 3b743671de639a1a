"""The staging database: every article's warehouse rows, kept between runs.

A warehouse build used to unpickle every article and rebuild every row, so adding one
article to 10,000 cost a full rebuild and held all of them in memory. Here each article's
rows are staged once, keyed by its partition and by a fingerprint of the stored results
they came from (size and mtime of the two pickles), without the file's name (added at
publish time from the current raw index: the file may have been renamed since); a refresh
restages only what changed and drops what is gone, a chunk of articles per transaction,
so a killed run leaves every chunk either fully staged or not at all. Publishing then
reads the staged rows in SQL (publish.publish_staged); only the duplicate-article check
sees all articles in Python, and only their MinHash digests.
"""

from __future__ import annotations

import hashlib
import itertools
import sys
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pandas as pd

from pipelines.stages import CleanResult, FactsResult
from pipelines.warehouse import duplicates, frames
from pipelines.warehouse.assemble import article_issues
from pipelines.warehouse.duplicates import ArticleDigest

SQL_DIR = Path(__file__).resolve().parents[2] / "sql" / "staging"
TABLES_SQL = SQL_DIR / "01_staged_tables.sql"
PER_ARTICLE_TABLES = (*frames.STAGING_COLUMNS, "staged_digest")
CHUNK = 256  # articles per transaction
# For every DuckDB connection that writes (staging and warehouse builds): DuckDB may
# otherwise take most of the machine's RAM for joins and sorts; capped, it spills to disk
# (a 10,000-article build stays below it: ~540 MB peak for the whole process).
BUILD_CONFIG = {"memory_limit": "512MB"}

Loader = Callable[[str], tuple[CleanResult, FactsResult]]


def staging_version() -> str:
    """Changes whenever the code that shapes staged rows changes: then all is restaged."""
    from pipelines import output_checks
    from pipelines.warehouse import assemble

    # The rows come from frames.py, the issues from assemble.py and output_checks.py.
    modules = (frames, assemble, output_checks, sys.modules[__name__])
    sources = [TABLES_SQL, *(Path(m.__file__) for m in modules)]
    digest = hashlib.sha1()
    for path in sources:
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def fingerprint(*paths: Path) -> str:
    """Size and modification time of the files an article's rows were built from."""
    parts = []
    for path in paths:
        st = path.stat()
        parts.append(f"{st.st_size}:{st.st_mtime_ns}")
    return "|".join(parts)


@dataclass
class RefreshStats:
    staged: int  # articles (re)staged
    unchanged: int
    dropped: int  # partitions gone since the last refresh


def _signature_bytes(signature) -> bytes | None:
    if signature is None:
        return None
    buf = bytearray(signature.bytesize())
    signature.serialize(buf)
    return bytes(buf)


def _signature(blob: bytes | None):
    from datasketch import LeanMinHash

    return None if blob is None else LeanMinHash.deserialize(blob)


def partition_rows(key: str, text: CleanResult, facts: FactsResult) -> dict[str, list[tuple]]:
    """All staged rows of one partition, each led by its partition key."""
    rows: dict[str, list[tuple]] = {name: [] for name in PER_ARTICLE_TABLES}
    rows["stg_issue"] = frames.issue_rows(article_issues(text, facts))
    d = duplicates.digest(text)
    if d is not None:
        rows.update(frames.article_rows(text.article, facts.facts))
        rows["stg_article"] = [_without_name(row) for row in rows["stg_article"]]
        rows["staged_digest"] = [(d.article_id, d.raw_chars, _signature_bytes(d.signature))]
    return {name: [(key, *row) for row in table] for name, table in rows.items()}


# Staged rows are keyed by content, so they hold no file name: the file may be renamed or
# moved before the next publish, which names articles from the current raw index
# (stg_issue keeps the name only for issues without an article id).
_NAME_AT = frames.STAGING_COLUMNS["stg_article"].index("source_file")
STAGED_COLUMNS = {
    **frames.STAGING_COLUMNS,
    "stg_article": [c for c in frames.STAGING_COLUMNS["stg_article"] if c != "source_file"],
    "staged_digest": ["article_id", "raw_chars", "signature"],
}


def _without_name(row: tuple) -> tuple:
    return row[:_NAME_AT] + row[_NAME_AT + 1 :]


class Staging:
    def __init__(self, path: Path) -> None:
        self.path = Path(path)

    def _connect(self) -> duckdb.DuckDBPyConnection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        version = staging_version()
        try:
            con = duckdb.connect(str(self.path), config=BUILD_CONFIG)
            con.execute(TABLES_SQL.read_text(encoding="utf-8"))
            found = con.execute("SELECT version FROM staging_version").fetchall()
        except duckdb.IOException as exc:  # unreadable: it is only a cache, start over
            if "lock" in str(exc).lower():
                raise  # another process has it open: not ours to delete
        else:
            if found == [(version,)]:
                return con
            con.close()  # staged by other code: start over
        self._remove()
        con = duckdb.connect(str(self.path), config=BUILD_CONFIG)
        con.execute(TABLES_SQL.read_text(encoding="utf-8"))
        con.execute("INSERT INTO staging_version VALUES (?)", [version])
        return con

    def _remove(self) -> None:
        self.path.unlink(missing_ok=True)
        Path(f"{self.path}.wal").unlink(missing_ok=True)

    def refresh(
        self,
        fingerprints: Mapping[str, str],
        load: Loader,
        progress: Callable[[int, int], None] | None = None,
    ) -> RefreshStats:
        """Make the staged rows match ``fingerprints`` (partition key → fingerprint)."""
        con = self._connect()
        try:
            known = dict(con.execute("SELECT * FROM staged_partition").fetchall())
            gone = [k for k in known if k not in fingerprints]
            todo = [k for k, f in fingerprints.items() if known.get(k) != f]
            for chunk in _chunks(gone, CHUNK):
                self._replace(con, chunk, [], {})
            done = 0
            for chunk in _chunks(todo, CHUNK):
                rows: dict[str, list[tuple]] = {name: [] for name in PER_ARTICLE_TABLES}
                for key in chunk:
                    for name, more in partition_rows(key, *load(key)).items():
                        rows[name] += more
                self._replace(con, chunk, [(k, fingerprints[k]) for k in chunk], rows)
                done += len(chunk)
                if progress:
                    progress(done, len(todo))
            return RefreshStats(len(todo), len(fingerprints) - len(todo), len(gone))
        finally:
            con.close()

    @staticmethod
    def _replace(
        con: duckdb.DuckDBPyConnection,
        keys: list[str],
        sources: list[tuple[str, str]],
        rows: dict[str, list[tuple]],
    ) -> None:
        """Swap the rows of ``keys`` for ``rows`` in one transaction."""
        con.execute("BEGIN")
        try:
            con.register("chunk_keys", pd.DataFrame({"partition_key": keys}))
            for name in (*PER_ARTICLE_TABLES, "staged_partition"):
                con.execute(f"DELETE FROM {name} WHERE partition_key IN (SELECT * FROM chunk_keys)")
            for name, table in rows.items():
                if not table:
                    continue
                columns = ["partition_key", *STAGED_COLUMNS[name]]
                con.register("chunk_rows", pd.DataFrame(table, columns=columns))
                con.execute(f"INSERT INTO {name} BY NAME SELECT * FROM chunk_rows")
                con.unregister("chunk_rows")
            if sources:
                con.register("chunk_sources", pd.DataFrame(sources, columns=["k", "f"]))
                con.execute("INSERT INTO staged_partition SELECT k, f FROM chunk_sources")
                con.unregister("chunk_sources")
            con.unregister("chunk_keys")
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise


def read_digests(
    con: duckdb.DuckDBPyConnection, schema: str, first_files: Mapping[str, str]
) -> list[ArticleDigest]:
    """The staged digests of the articles in ``first_files`` (article id → file name now),
    each named by that file."""
    rows = con.execute(
        f"SELECT article_id, raw_chars, signature FROM {schema}.staged_digest"
    ).fetchall()
    return [
        ArticleDigest(a, first_files[a], n, _signature(s)) for a, n, s in rows if a in first_files
    ]


def read_texts(con: duckdb.DuckDBPyConnection, schema: str, ids: list[str]) -> dict[str, str]:
    """Articles' clean texts as stages.article_text gives them: paragraphs, one per line."""
    con.register("wanted_article", pd.DataFrame({"article_id": pd.Series(ids, dtype=object)}))
    try:
        rows = con.execute(
            f"SELECT article_id, string_agg(text, chr(10) ORDER BY paragraph_no) "
            f"FROM {schema}.stg_paragraph SEMI JOIN wanted_article USING (article_id) "
            "GROUP BY article_id"
        ).fetchall()
    finally:
        con.unregister("wanted_article")
    texts = dict.fromkeys(ids, "")  # an article without paragraphs has an empty text
    texts.update(rows)
    return texts


def _chunks(items: Iterable[str], size: int):
    it = iter(items)
    while chunk := list(itertools.islice(it, size)):
        yield chunk
