"""Fixtures for the facts tests: the seed article through the real clean → dedup chain."""

from __future__ import annotations

import pytest

from pipelines import stages
from pipelines.models import Paragraph, RawArticle


@pytest.fixture(scope="session")
def seed_paragraphs(seed_raw: RawArticle) -> list[Paragraph]:
    """The seed's paragraphs as the pipeline hands them to the extractor."""
    result = stages.dedup_one(stages.clean_one(seed_raw))
    assert result.article is not None
    return result.article.paragraphs
