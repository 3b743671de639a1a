"""Bad inputs: each file is processed or rejected with a clear reason, and the run goes on.

The CONTRACT rule checked here: a file in $RAW_DIR is either an article in v_articles, a
duplicate_article removal, or a row in v_quality_issues: nothing disappears silently.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

import duckdb
import pytest

from pipelines.raw_index import list_raw_files, scan
from pipelines.text.decode import MAX_ARTICLE_BYTES, read_article
from tests.conftest import HANG_GUARD_S, ROOT, SEED_PATH
from tests.reliability.conftest import (
    IS_ROOT,
    LONG_LINE_BYTES,
    ODD_NAME,
    HostileRun,
)


@pytest.fixture(scope="module")
def hostile_dir(hostile_run: HostileRun):
    """The RAW_DIR of the full run (one 50 MB file on disk is enough)."""
    return hostile_run.raw_dir, hostile_run.expect


def _with_deadline(fn, what: str, fifos: list[Path], seconds: float = HANG_GUARD_S):
    """``fn()`` in a daemon thread, so a call that blocks fails the test, not the suite
    (a hang guard: a call that does not block returns at once, however busy the machine)."""
    box: dict = {}
    worker = threading.Thread(target=lambda: box.update(value=fn()), daemon=True)
    worker.start()
    worker.join(seconds)
    if worker.is_alive():
        for fifo in fifos:  # give a reader blocked in open() a writer, so the thread ends
            with contextlib.suppress(OSError):
                os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
        pytest.fail(f"{what} still blocked after {seconds} s")
    return box["value"]


def _read_with_deadline(path: Path, seconds: float = HANG_GUARD_S):
    return _with_deadline(lambda: read_article(path), f"read_article({path.name})", [path], seconds)


def test_every_bad_input_is_read_or_rejected_with_its_reason(hostile_dir) -> None:
    """What the pipeline's scan of RAW_DIR says about each file."""
    raw_dir, expect = hostile_dir
    assert sorted(os.listdir(raw_dir)) == sorted(expect)
    fifos = [p for p in raw_dir.iterdir() if p.is_fifo()]
    files = {f.name: f for f in _with_deadline(lambda: scan(raw_dir), "scan(RAW_DIR)", fifos)}
    assert set(files) == set(expect)
    for name, outcome in expect.items():
        found = files[name]
        if outcome.processed or outcome.duplicate_of:
            assert found.error is None and found.article_id, (name, found.error)
            raw = read_article(raw_dir / name)
            assert raw.text and raw.article_id == found.article_id, name
            if outcome.encoding:
                assert raw.encoding == outcome.encoding, name
        else:
            assert found.article_id is None, name
            assert outcome.reason in found.error, (name, found.error)


def test_fifo_and_devices_are_rejected_without_blocking(tmp_path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    raw = _read_with_deadline(fifo)
    assert raw.error == "not a regular file: named pipe (FIFO)"
    zero = tmp_path / "zero.txt"
    zero.symlink_to("/dev/zero")  # would otherwise be read for ever
    assert _read_with_deadline(zero).error == "not a regular file: character device"
    folder = tmp_path / "folder.txt"
    folder.mkdir()
    assert read_article(folder).error == "not a regular file: directory"


def test_listing_skips_only_directories_and_hidden_files(tmp_path) -> None:
    (tmp_path / "article.txt").write_text("标题\n\n正文。\n", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("标题\n\n正文。\n", encoding="utf-8")
    (tmp_path / "subdir.txt").mkdir()
    (tmp_path / "link_to_dir.txt").symlink_to(tmp_path / "subdir.txt")
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "loop.txt").symlink_to("loop.txt")
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "missing.txt")
    (tmp_path / "SOURCES.md").write_text("where the articles come from\n", encoding="utf-8")
    names = [p.name for p in list_raw_files(tmp_path)]
    assert names == ["SOURCES.md", "article.txt", "dangling.txt", "loop.txt", "pipe.txt"]
    errors = {f.name: f.error for f in scan(tmp_path)}
    assert errors == {
        "SOURCES.md": "not an article file: only *.txt files are read",
        "article.txt": None,
        "dangling.txt": "unreadable file: No such file or directory",
        "loop.txt": "unreadable file: Too many levels of symbolic links",
        "pipe.txt": "not a regular file: named pipe (FIFO)",
    }


def test_too_large_file_is_rejected_from_its_size_alone(tmp_path) -> None:
    path = tmp_path / "big.txt"
    with path.open("wb") as fh:  # sparse: the size is what matters, never the content
        fh.truncate(50 * 1024 * 1024)
    raw = read_article(path)
    assert raw.error == f"file too large: {50 * 1024 * 1024} bytes > {MAX_ARTICLE_BYTES}"
    assert raw.n_bytes == 50 * 1024 * 1024


# Everything is imported before dropping to nobody (the interpreter may live under /root).
_READ_AS_NOBODY = """
import json, os, sys
from pathlib import Path
from pipelines.text.decode import read_article
os.setgid(65534); os.setuid(65534)
raw = read_article(Path(sys.argv[1]))
print(json.dumps([raw.error, raw.text is None]))
"""


def test_unreadable_file_is_rejected_as_unreadable(tmp_path) -> None:
    """chmod 000: as root (tests run as root) read it as user nobody, where 000 applies."""
    folder = Path(tempfile.mkdtemp(prefix="huibao-perm-"))  # nobody must reach the file
    try:
        folder.chmod(0o755)
        path = folder / "secret.txt"
        path.write_text("标题\n\n正文有1个数字。\n", encoding="utf-8")
        path.chmod(0)
        if not IS_ROOT:
            raw = read_article(path)
            error, no_text = raw.error, raw.text is None
        else:
            proc = subprocess.run(
                [sys.executable, "-c", _READ_AS_NOBODY, str(path)],
                cwd=ROOT,
                env={**os.environ, "PYTHONPATH": str(ROOT), "HOME": str(folder)},
                capture_output=True,
                text=True,
                timeout=HANG_GUARD_S,
                check=False,
            )
            assert proc.returncode == 0, proc.stderr[-2000:]
            error, no_text = json.loads(proc.stdout.strip().splitlines()[-1])
        assert no_text
        assert error == "unreadable file: Permission denied"
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def test_long_line_without_punctuation_is_kept_whole() -> None:
    """1 MB of Chinese on one line goes through the whole chain with nothing lost (that it
    stays linear is test_pathological_lines'; how fast, `make bench`)."""
    from pipelines import stages
    from pipelines.models import RawArticle
    from pipelines.text.decode import article_id_for
    from tests.reliability.conftest import long_line

    text = "一行没有标点的长文\n\n" + long_line() + "\n"
    assert len(text.encode()) > LONG_LINE_BYTES
    raw = RawArticle("long.txt", text, "utf-8", len(text.encode()), article_id=article_id_for(text))
    deduped = stages.dedup_one(stages.clean_one(raw))
    facts = stages.facts_one(deduped)
    assert not [i for i in deduped.issues + facts.issues if "failed" in i.issue]
    body = "".join(p.text for p in deduped.article.paragraphs)
    assert len(body) == len(long_line())


# ---------------------------------------------------------------- the whole pipeline


def _warehouse(run: HostileRun) -> duckdb.DuckDBPyConnection:
    assert run.success, "the Dagster run over the hostile RAW_DIR failed"
    return duckdb.connect(str(run.warehouse), read_only=True)


def test_hostile_run_succeeds_and_keeps_every_good_article(hostile_run: HostileRun) -> None:
    with _warehouse(hostile_run) as con:
        articles = dict(con.execute("SELECT source_file, encoding FROM dim_article").fetchall())
    kept = {n for n, e in hostile_run.expect.items() if e.processed}
    assert set(articles) == kept
    for name, outcome in hostile_run.expect.items():
        if outcome.processed and outcome.encoding:
            assert articles[name] == outcome.encoding, name


def test_every_file_is_accounted_for(hostile_run: HostileRun) -> None:
    """CONTRACT: v_articles, a duplicate_article removal, or v_quality_issues, for every file."""
    with _warehouse(hostile_run) as con:
        articles = {r[0] for r in con.execute("SELECT source_file FROM v_articles").fetchall()}
        duplicate_reasons = [
            r[0]
            for r in con.execute(
                "SELECT reason FROM v_removed_blocks WHERE kind = 'duplicate_article'"
            ).fetchall()
        ]
        issues = {r[0] for r in con.execute("SELECT source_file FROM v_quality_issues").fetchall()}
    names = os.listdir(hostile_run.raw_dir)
    assert len(names) == len(hostile_run.expect) >= 20
    lost = [
        n
        for n in names
        if n not in articles
        and n not in issues
        and not any(reason.startswith(f"file {n} repeats ") for reason in duplicate_reasons)
    ]
    assert not lost, f"files that vanished without a trace: {lost}"


def test_each_rejection_has_its_reason(hostile_run: HostileRun) -> None:
    with _warehouse(hostile_run) as con:
        rows = con.execute(
            "SELECT source_file, stage, issue, detail FROM v_quality_issues "
            "WHERE severity = 'rejected'"
        ).fetchall()
        articles = {r[0] for r in con.execute("SELECT source_file FROM v_articles").fetchall()}
    rejected = {name: (stage, issue, detail) for name, stage, issue, detail in rows}
    assert len(rejected) == len(rows), "one rejection row per file"
    expected = {n: e for n, e in hostile_run.expect.items() if e.reason}
    assert set(rejected) == set(expected)
    for name, outcome in expected.items():
        stage, issue, detail = rejected[name]
        assert (stage, issue) == ("decode", outcome.issue), name
        assert outcome.reason in detail, (name, detail)
        assert name not in articles


def test_duplicate_and_flagged_files_are_explained(hostile_run: HostileRun) -> None:
    with _warehouse(hostile_run) as con:
        reasons = [
            r[0]
            for r in con.execute(
                "SELECT reason FROM v_removed_blocks WHERE kind = 'duplicate_article'"
            ).fetchall()
        ]
        flagged = set(
            con.execute(
                "SELECT source_file, issue FROM v_quality_issues WHERE severity = 'flagged'"
            ).fetchall()
        )
    for name, outcome in hostile_run.expect.items():
        if outcome.duplicate_of:
            reason = f"file {name} repeats {outcome.duplicate_of} ({outcome.duplicate_kind})"
            assert reason in reasons
        if outcome.flagged:
            assert (name, outcome.flagged) in flagged


def test_odd_inputs_that_are_articles_come_through_intact(hostile_run: HostileRun) -> None:
    with _warehouse(hostile_run) as con:
        by_file = {
            r[0]: r[1:]
            for r in con.execute(
                "SELECT source_file, title, n_paragraphs, n_facts FROM v_articles"
            ).fetchall()
        }
    assert by_file[SEED_PATH.name][0].startswith("团结引领燕赵职工")
    assert by_file[SEED_PATH.name][2] >= 30
    assert by_file[ODD_NAME][0] == "唐山职工技能大赛落幕"
    assert by_file["gbk.txt"][0] == "石家庄市新建劳动公园" and by_file["gbk.txt"][2] > 0
    assert by_file["utf16_bom.txt"][0] == "雄安新区建设者之家投用"
    assert by_file["utf8_bom.txt"][0] == "沧州职工书屋提质升级"
    assert by_file["no_numbers.txt"][2] == 0 and by_file["no_numbers.txt"][1] >= 1
    assert by_file["title_only.txt"][:2] == ("河北工会五年工作回眸", 0)
    assert by_file["long_line_1mb.txt"][1] == 1
