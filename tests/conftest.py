"""Shared fixtures: the seed article as shipped in raw/ and its cleaned form."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import settings

from pipelines.models import CleanArticle, RawArticle
from pipelines.text.clean import clean_article
from pipelines.text.decode import read_article

ROOT = Path(__file__).resolve().parents[1]
SEED_PATH = ROOT / "raw" / "hebei_union_five_years.txt"
SEED_FACTS_PATH = ROOT / "tests" / "data" / "seed_facts.json"

# How long a test waits on a child process, a server or a blocked call before it calls it a
# hang. A guard against hanging CI, never a speed limit: generous enough that a machine
# whose cores are all busy with other work never reaches it (speed is for `make bench`).
HANG_GUARD_S = 600

# Hypothesis's default 200 ms deadline per example is a wall-clock limit: off for every test.
settings.register_profile("huibao", deadline=None)
settings.load_profile("huibao")


# The longest test files, run first: `make test` spreads files over two processes in the order
# collected, so a long file that came last would leave the other process idle meanwhile.
LONGEST_FILES = ("tests/facts/test_fact_damage.py", "tests/reliability/test_provenance.py")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    def rank(item: pytest.Item) -> int:
        path = item.nodeid.split("::")[0]
        return LONGEST_FILES.index(path) if path in LONGEST_FILES else len(LONGEST_FILES)

    items.sort(key=rank)  # stable: every other test keeps its place


@pytest.fixture(scope="session")
def seed_raw() -> RawArticle:
    return read_article(SEED_PATH)


@pytest.fixture(scope="session")
def seed_clean(seed_raw: RawArticle) -> CleanArticle:
    return clean_article(seed_raw)


def pipeline_settings(tmp_path: Path, raw: Path, workers: int = 1):
    """Settings for a run inside ``tmp_path``: the configuration tests hand the resources."""
    from pipelines.settings import Settings

    return Settings(raw, tmp_path / "wh" / "huibao.duckdb", tmp_path / "home" / "huibao", workers)


@pytest.fixture
def pipeline_env(tmp_path, monkeypatch):
    """An isolated RAW_DIR, warehouse and DAGSTER_HOME, one worker, and the instance that
    DAGSTER_HOME gives (huibao's settings: batched event writes, as `make` sets them up).

    Yields ``(raw_dir, instance, settings)``; runs get ``settings`` as resource config.
    Only Dagster's own variables are set (and restored after the test).
    """
    import dagster as dg

    from pipelines.run import BATCHED_EVENT_SETTINGS
    from pipelines.settings import init_dagster_home

    raw = tmp_path / "raw"
    raw.mkdir()
    monkeypatch.setenv("DAGSTER_HOME", str(init_dagster_home(tmp_path / "home")))
    monkeypatch.delenv("HUIBAO_FULL_REFRESH", raising=False)
    for name, value in BATCHED_EVENT_SETTINGS.items():
        monkeypatch.setenv(name, value)
    with dg.DagsterInstance.get() as instance:
        yield raw, instance, pipeline_settings(tmp_path, raw)
