"""Fixtures for the text tests: the seed as the real cleaner hands it to dedup."""

from __future__ import annotations

import pytest

from pipelines.models import CleanArticle, Paragraph


@pytest.fixture(scope="session")
def seed_paragraphs_for_dedup(seed_clean: CleanArticle) -> list[Paragraph]:
    """The seed's cleaned paragraphs, before dedup (the pasted block is still there)."""
    return seed_clean.paragraphs


@pytest.fixture(scope="session")
def seed_raw_text(seed_raw) -> str:
    return seed_raw.text
