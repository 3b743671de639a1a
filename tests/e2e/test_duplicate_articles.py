"""Two copies of the seed (other line breaks, another byline) become one article."""

import duckdb

from tests.conftest import SEED_PATH
from tests.oracle import build_frames, process_corpus, publish_frames


def test_near_duplicate_file_is_one_article_and_one_removal(tmp_path) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    seed = SEED_PATH.read_text(encoding="utf-8")
    (raw / "a_seed.txt").write_text(seed, encoding="utf-8")
    # Rescraped: single newlines instead of blank lines, and another reporter line.
    copy = seed.replace("本报记者 李昱霖", "本报记者 张三 李四").replace("\n\n", "\n")
    (raw / "b_rescraped.txt").write_text(copy, encoding="utf-8")
    # The same bytes under a third name.
    (raw / "c_same.txt").write_text(seed, encoding="utf-8")

    path = tmp_path / "wh.duckdb"
    publish_frames(path, build_frames(process_corpus(raw)))
    with duckdb.connect(str(path), read_only=True) as con:
        articles = con.execute("SELECT source_file FROM v_articles").fetchall()
        dups = con.execute(
            "SELECT reason FROM v_removed_blocks WHERE kind = 'duplicate_article' ORDER BY reason"
        ).fetchall()
    assert articles == [("a_seed.txt",)]
    assert len(dups) == 2
    assert "b_rescraped.txt" in dups[0][0] and "c_same.txt" in dups[1][0]
