"""Provenance follows the file: a warehouse rebuilt on reused state names files as they are now.

Results are stored by content (article id), so a renamed, moved or deleted file reuses the
earlier run's per-article results, staged rows and raw index. Each test changes RAW_DIR
between two runs that share one DAGSTER_HOME, then compares every view, row for row, with
what a fresh DAGSTER_HOME builds from the same RAW_DIR.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb

from tests.conftest import HANG_GUARD_S, SEED_PATH
from tests.reliability.conftest import (
    ARTICLES,
    SEED_TEXT,
    TITLE_ONLY,
    PipelineProcess,
    pipeline_env,
    view_snapshot,
)

NEAR_COPY = SEED_TEXT + "\n（本文有删节）本报将持续关注河北工会工作。\n"


def fill(raw: Path, names: dict[str, str] | None = None) -> Path:
    """The seed, an exact and a near copy of it, three short articles, and an empty file.

    ``names`` renames some of them (default name → name in this folder)."""
    names = names or {}
    raw.mkdir(parents=True)
    files = {
        SEED_PATH.name: SEED_TEXT.encode(),
        "seed_copy.txt": SEED_TEXT.encode(),
        "seed_near_copy.txt": NEAR_COPY.encode(),
        "gbk.txt": ARTICLES["gbk"].encode("gbk"),
        "utf16.txt": ARTICLES["utf16"].encode("utf-16"),
        "title_only.txt": TITLE_ONLY.encode(),
        "empty.txt": b"",
    }
    for name, data in files.items():
        (raw / names.get(name, name)).write_bytes(data)
    return raw


def build(tmp: Path, label: str, raw: Path, home: Path) -> Path:
    """``python -m pipelines.run`` on ``raw`` with ``home``; returns the warehouse."""
    warehouse = tmp / f"wh_{label}" / "huibao.duckdb"
    run = PipelineProcess(pipeline_env(raw, warehouse, home), tmp / f"{label}.log")
    assert run.wait(timeout=HANG_GUARD_S) == 0, run.output()[-3000:]
    return warehouse


def assert_same_as_fresh(tmp: Path, reused: Path, raw: Path) -> dict[str, list[tuple]]:
    fresh = build(tmp, "fresh", raw, tmp / "fresh_home")
    expected, got = view_snapshot(fresh), view_snapshot(reused)
    assert got.keys() == expected.keys()
    for view, rows in expected.items():
        assert got[view] == rows, f"{view} differs from a fresh DAGSTER_HOME's build"
    return got


def names_in(path: Path) -> dict[str, set[str]]:
    """Every file name the warehouse mentions, by where it mentions it."""
    with duckdb.connect(str(path), read_only=True) as con:

        def column(sql: str) -> set[str]:
            return {r[0] for r in con.execute(sql).fetchall()}

        return {
            "articles": column("SELECT source_file FROM v_articles"),
            "issues": column("SELECT source_file FROM v_quality_issues"),
            "duplicates": column(
                "SELECT reason FROM v_removed_blocks WHERE kind = 'duplicate_article'"
            ),
        }


def test_renamed_files_are_named_as_they_are_now(tmp_path) -> None:
    raw, home = fill(tmp_path / "raw"), tmp_path / "home"
    before = names_in(build(tmp_path, "first", raw, home))
    assert SEED_PATH.name in before["articles"] and "utf16.txt" in before["articles"]
    renames = {
        "utf16.txt": "雄安 新区.txt",
        SEED_PATH.name: "zz_seed.txt",  # now seed_copy.txt is the first file of the seed
        "title_only.txt": "headline_only.txt",
        "empty.txt": "blank.txt",
    }
    for old, new in renames.items():
        (raw / old).rename(raw / new)

    reused = build(tmp_path, "second", raw, home)
    assert_same_as_fresh(tmp_path, reused, raw)
    now = names_in(reused)
    assert now["articles"] == {"seed_copy.txt", "gbk.txt", "雄安 新区.txt", "headline_only.txt"}
    assert {"headline_only.txt", "blank.txt"} <= now["issues"]
    assert now["duplicates"] == {
        "file zz_seed.txt repeats seed_copy.txt (identical text)",
        "file seed_near_copy.txt repeats seed_copy.txt (near-identical text)",
    }
    mentioned = set().union(*now.values())
    assert not {old for old in renames if any(old in m for m in mentioned)}


def test_a_file_moved_to_another_raw_dir_takes_that_folders_name(tmp_path) -> None:
    home = tmp_path / "home"
    build(tmp_path, "first", fill(tmp_path / "raw_a"), home)
    other = tmp_path / "raw_b"
    other.mkdir()
    shutil.copy(tmp_path / "raw_a" / "utf16.txt", other / "utf16_b.txt")
    shutil.copy(tmp_path / "raw_a" / "seed_copy.txt", other / "seed_b.txt")
    (other / "title_b.txt").write_text(TITLE_ONLY, encoding="utf-8")

    reused = build(tmp_path, "second", other, home)
    assert_same_as_fresh(tmp_path, reused, other)
    now = names_in(reused)
    assert now["articles"] == {"utf16_b.txt", "seed_b.txt", "title_b.txt"}
    assert now["issues"] <= {"utf16_b.txt", "seed_b.txt", "title_b.txt"}
    assert "title_b.txt" in now["issues"] and now["duplicates"] == set()


def test_deleted_files_leave_no_trace(tmp_path) -> None:
    raw, home = fill(tmp_path / "raw"), tmp_path / "home"
    build(tmp_path, "first", raw, home)
    for name in (SEED_PATH.name, "gbk.txt", "empty.txt", "title_only.txt"):
        (raw / name).unlink()

    reused = build(tmp_path, "second", raw, home)
    assert_same_as_fresh(tmp_path, reused, raw)
    now = names_in(reused)
    assert now["articles"] == {"seed_copy.txt", "utf16.txt"}
    assert now["duplicates"] == {
        "file seed_near_copy.txt repeats seed_copy.txt (near-identical text)"
    }
    gone = (SEED_PATH.name, "gbk.txt", "empty.txt", "title_only.txt")
    assert not [n for n in gone if any(n in m for m in set().union(*now.values()))]


def test_a_whitespace_only_edit_is_reprocessed(tmp_path) -> None:
    raw, home = fill(tmp_path / "raw"), tmp_path / "home"
    build(tmp_path, "first", raw, home)
    utf16 = raw / "utf16.txt"
    # The same words, the two paragraphs joined: same article id, other paragraphs.
    utf16.write_bytes(ARTICLES["utf16"].replace("\n\n截至", "截至").encode("utf-16"))

    reused = build(tmp_path, "second", raw, home)
    assert_same_as_fresh(tmp_path, reused, raw)
