"""Shared fixtures: the seed article as shipped in raw/ and its cleaned form."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipelines.models import CleanArticle, RawArticle
from pipelines.text.clean import clean_article
from pipelines.text.decode import read_article

ROOT = Path(__file__).resolve().parents[1]
SEED_PATH = ROOT / "raw" / "hebei_union_five_years.txt"
SEED_FACTS_PATH = ROOT / "tests" / "data" / "seed_facts.json"


@pytest.fixture(scope="session")
def seed_raw() -> RawArticle:
    return read_article(SEED_PATH)


@pytest.fixture(scope="session")
def seed_clean(seed_raw: RawArticle) -> CleanArticle:
    return clean_article(seed_raw)
