"""The shrink guard (pipelines/warehouse/shrink.py) in process; through `make run` it is
tested in tests/e2e/test_user_errors.py."""

from __future__ import annotations

import duckdb
import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipelines.warehouse.shrink import ShrinkRefused, is_shrink, published_articles, refuse_shrink


def warehouse_of(path, n_articles: int):
    with duckdb.connect(str(path)) as con:
        con.execute(f"CREATE VIEW v_articles AS SELECT * FROM range({n_articles})")
    return path


@given(st.integers(min_value=0, max_value=10_000), st.integers(min_value=0, max_value=10_000))
def test_a_shrink_drops_more_than_half_of_a_non_empty_warehouse(published: int, new: int) -> None:
    assert is_shrink(published, new) == (published > 0 and new < published / 2)


def test_boundaries() -> None:
    assert is_shrink(1, 0) and is_shrink(5, 2) and is_shrink(120, 59)
    assert not is_shrink(4, 2) and not is_shrink(5, 3) and not is_shrink(0, 0)
    assert not is_shrink(3, 30)  # growing is never a shrink


def test_published_articles(tmp_path) -> None:
    assert published_articles(tmp_path / "none.duckdb") == 0
    (tmp_path / "empty.duckdb").write_bytes(b"")
    assert published_articles(tmp_path / "empty.duckdb") == 0
    assert published_articles(warehouse_of(tmp_path / "w.duckdb", 7)) == 7
    # A damaged file: replacing it is the repair, not a loss.
    (tmp_path / "bad.duckdb").write_bytes(b"\0" * 4096)
    assert published_articles(tmp_path / "bad.duckdb") == 0


def test_refused_unless_allowed(tmp_path) -> None:
    target = warehouse_of(tmp_path / "w.duckdb", 10)
    before = target.read_bytes()
    with pytest.raises(ShrinkRefused, match=r"\(10 articles\) with a build of 4 article\(s\)"):
        refuse_shrink(target, 4, allow=False)
    refuse_shrink(target, 4, allow=True)
    refuse_shrink(target, 5, allow=False)
    refuse_shrink(tmp_path / "first.duckdb", 0, allow=False)
    assert target.read_bytes() == before
