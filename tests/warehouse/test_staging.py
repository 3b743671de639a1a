"""The staging database: restages only what changed, and publishes what the frames do."""

from __future__ import annotations

import shutil

import duckdb
import pytest

from bench.corpus import generate
from pipelines.warehouse import staging
from pipelines.warehouse.publish import publish_staged
from pipelines.warehouse.staging import Staging
from tests.conftest import SEED_PATH
from tests.oracle import assemble, build_frames, process_articles, publish_frames


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """The seed, a rescraped and an exact copy of it, three generated articles, a bad file."""
    raw = tmp_path_factory.mktemp("staging") / "raw"
    raw.mkdir()
    shutil.copy(SEED_PATH, raw / "a_seed.txt")
    seed = SEED_PATH.read_text(encoding="utf-8")
    copy = seed.replace("本报记者 李昱霖", "本报记者 张三").replace("\n\n", "\n")
    (raw / "b_rescraped.txt").write_text(copy, encoding="utf-8")
    (raw / "c_same.txt").write_text(seed, encoding="utf-8")
    for name, data in generate(3, seed=5)[0]:
        (raw / name).write_bytes(data)
    (raw / "d_broken.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    return process_articles(raw)


def _tables(path) -> dict[str, list[tuple]]:
    with duckdb.connect(str(path), read_only=True) as con:
        names = [r[0] for r in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()]
        views = "SELECT view_name FROM duckdb_views() WHERE NOT internal"
        names += [r[0] for r in con.execute(views).fetchall()]
        return {n: sorted(con.execute(f'SELECT * FROM "{n}"').fetchall(), key=repr) for n in names}


def test_staged_publish_equals_the_in_memory_one(corpus, tmp_path) -> None:
    files, texts, facts = corpus
    publish_frames(tmp_path / "frames.duckdb", build_frames(assemble(files, texts, facts)))

    staged = Staging(tmp_path / "staging.duckdb")
    staged.refresh({k: "1" for k in texts}, lambda k: (texts[k], facts[k]))
    build = publish_staged(tmp_path / "staged.duckdb", staged.path, files)

    expected, got = _tables(tmp_path / "frames.duckdb"), _tables(tmp_path / "staged.duckdb")
    assert got == expected
    assert len(got["v_articles"]) == build.articles == 4  # seed + 3 generated
    assert build.duplicate_articles == 2 and build.rejected_files == 1
    reasons = sorted(r[5] for r in got["v_removed_blocks"] if r[1] == "duplicate_article")
    assert "b_rescraped.txt" in reasons[0] and "c_same.txt" in reasons[1]


def test_refresh_restages_only_changed_and_drops_gone_articles(corpus, tmp_path) -> None:
    _, texts, facts = corpus
    keys = list(texts)
    loaded: list[str] = []

    def load(key):
        loaded.append(key)
        return texts[key], facts[key]

    staged = Staging(tmp_path / "staging.duckdb")
    first = staged.refresh({k: "1" for k in keys}, load)
    assert (first.staged, first.unchanged, first.dropped) == (len(keys), 0, 0)

    loaded.clear()
    again = staged.refresh({k: "1" for k in keys}, load)
    assert (again.staged, again.unchanged, loaded) == (0, len(keys), [])

    changed, gone = keys[0], keys[1]
    later = {k: ("2" if k == changed else "1") for k in keys if k != gone}
    third = staged.refresh(later, load)
    assert (third.staged, third.dropped, loaded) == (1, 1, [changed])
    with duckdb.connect(str(staged.path), read_only=True) as con:
        for table in staging.PER_ARTICLE_TABLES:
            (n,) = con.execute(
                f"SELECT count(*) FROM {table} WHERE partition_key = ?", [gone]
            ).fetchone()
            assert n == 0, table
        (dupes,) = con.execute(
            "SELECT count(*) - count(DISTINCT paragraph_no) FROM stg_paragraph "
            "WHERE partition_key = ?",
            [changed],
        ).fetchone()
        assert dupes == 0  # restaging replaced the rows, did not add a second copy


def test_rows_staged_by_other_code_are_rebuilt(corpus, tmp_path, monkeypatch) -> None:
    _, texts, facts = corpus
    staged = Staging(tmp_path / "staging.duckdb")
    staged.refresh({k: "1" for k in texts}, lambda k: (texts[k], facts[k]))
    monkeypatch.setattr(staging, "staging_version", lambda: "other code")
    again = staged.refresh({k: "1" for k in texts}, lambda k: (texts[k], facts[k]))
    assert again.staged == len(texts)


def test_a_failed_chunk_leaves_earlier_chunks_staged_and_itself_absent(
    corpus, tmp_path, monkeypatch
) -> None:
    _, texts, facts = corpus
    keys = list(texts)
    monkeypatch.setattr(staging, "CHUNK", 2)
    bad = keys[2]

    def load(key):
        if key == bad:
            raise RuntimeError("disk gone")
        return texts[key], facts[key]

    staged = Staging(tmp_path / "staging.duckdb")
    with pytest.raises(RuntimeError, match="disk gone"):
        staged.refresh({k: "1" for k in keys}, load)
    with duckdb.connect(str(staged.path), read_only=True) as con:
        done = {r[0] for r in con.execute("SELECT partition_key FROM staged_partition").fetchall()}
        in_rows = {
            r[0]
            for r in con.execute(
                "SELECT partition_key FROM stg_issue UNION SELECT partition_key FROM stg_article"
            ).fetchall()
        }
    assert done == set(keys[:2])
    assert in_rows <= done
    retry = staged.refresh({k: "1" for k in keys}, lambda k: (texts[k], facts[k]))
    assert retry.staged == len(keys) - 2


def test_an_unreadable_staging_file_is_rebuilt(corpus, tmp_path) -> None:
    _, texts, facts = corpus
    path = tmp_path / "staging.duckdb"
    path.write_bytes("不是数据库".encode() * 1000)
    stats = Staging(path).refresh({k: "1" for k in texts}, lambda k: (texts[k], facts[k]))
    assert stats.staged == len(texts)
    with duckdb.connect(str(path), read_only=True) as con:
        (n,) = con.execute("SELECT count(*) FROM staged_partition").fetchone()
    assert n == len(texts)
