"""v_indicator_series puts one measure written differently under one canonical name.

Two real texts: the 2026 government work report (人民日报 2026-03-14) writes 城镇新增就业,
a 2015 人社部 news item writes 城镇新增就业人数. Built both ways (in memory and through the
staging database), the view charts them as one series.
"""

from __future__ import annotations

import duckdb
import pytest

from pipelines.warehouse.publish import publish_staged
from pipelines.warehouse.staging import Staging
from tests.oracle import assemble, build_frames, process_articles, publish_frames

REPORT = """政府工作报告
一年来，我国经济顶压前行、展现强大韧性。经济运行总体平稳、稳中有进，国内生产总值增长5%，总量达到140.19万亿元。就业总体稳定，城镇新增就业1267万人，城镇调查失业率平均为5.2%。
"""
NEWS = """明年近800万毕业生求职 媒体：就业难实为择业难
据人社部最新消息，今年11月份，城镇新增就业人数81万。今年1月至11月，城镇新增就业人数1249万人，完成全年目标任务的124.9%。
"""
SERIES = """
SELECT indicator, value, article_id FROM v_indicator_series
WHERE canonical_indicator = '城镇新增就业' ORDER BY value
"""


@pytest.fixture(scope="module")
def processed(tmp_path_factory):
    raw = tmp_path_factory.mktemp("series") / "raw"
    raw.mkdir()
    (raw / "report.txt").write_text(REPORT, encoding="utf-8")
    (raw / "news.txt").write_text(NEWS, encoding="utf-8")
    return process_articles(raw)


@pytest.mark.parametrize("build", ["in_memory", "staged"])
def test_one_measure_written_two_ways_is_one_series(processed, tmp_path, build) -> None:
    files, texts, facts = processed
    path = tmp_path / "wh.duckdb"
    if build == "in_memory":
        publish_frames(path, build_frames(assemble(files, texts, facts)))
    else:
        staged = Staging(tmp_path / "staging.duckdb")
        staged.refresh({k: "1" for k in texts}, lambda k: (texts[k], facts[k]))
        publish_staged(path, staged.path, files)
    with duckdb.connect(str(path), read_only=True) as con:
        rows = con.execute(SERIES).fetchall()
        canon = con.execute(
            "SELECT canonical_indicator FROM dim_indicator WHERE indicator = '城镇新增就业人数'"
        ).fetchall()
    assert [(indicator, value) for indicator, value, _ in rows] == [
        ("城镇新增就业人数", 12_490_000),
        ("城镇新增就业", 12_670_000),
    ]
    assert len({article for *_, article in rows}) == 2
    assert canon == [("城镇新增就业",)]
