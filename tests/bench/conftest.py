"""A small generated corpus and the pipeline's result on it, shared by the bench tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.corpus import read_manifest, write_corpus
from tests.oracle import WarehouseInput, process_corpus

N_ARTICLES = 60
SEED = 7


@pytest.fixture(scope="session")
def small_corpus(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("corpus") / str(N_ARTICLES)
    write_corpus(out, N_ARTICLES, SEED)
    return out


@pytest.fixture(scope="session")
def manifest(small_corpus: Path) -> dict:
    return read_manifest(small_corpus)


@pytest.fixture(scope="session")
def corpus_result(small_corpus: Path) -> WarehouseInput:
    # Two workers: the forked pool is where articles could leak into each other.
    return process_corpus(small_corpus, workers=2)


@pytest.fixture(scope="session")
def corpus_1000(tmp_path_factory) -> Path:
    """The benchmark's own corpus size (issue 9: no cross-talk at 1,000 articles)."""
    out = tmp_path_factory.mktemp("corpus") / "1000"
    write_corpus(out, 1000, SEED)
    return out


@pytest.fixture(scope="session")
def corpus_1000_result(corpus_1000: Path) -> WarehouseInput:
    return process_corpus(corpus_1000, workers=2)
