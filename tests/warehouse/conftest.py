"""The seed article run through the real pipeline once per session, and warehouses built from it."""

from __future__ import annotations

import pickle
import shutil
from pathlib import Path

import pandas as pd
import pytest

from tests.conftest import SEED_PATH
from tests.oracle import build_frames, process_corpus, publish_frames


@pytest.fixture(scope="session")
def seed_raw_dir(tmp_path_factory) -> Path:
    """A RAW_DIR holding only the seed article (raw/ may gain files; the tests must not)."""
    raw = tmp_path_factory.mktemp("seed") / "raw"
    raw.mkdir()
    shutil.copy(SEED_PATH, raw / SEED_PATH.name)
    return raw


@pytest.fixture(scope="session")
def seed_frames(seed_raw_dir, tmp_path_factory) -> dict[str, pd.DataFrame]:
    index = tmp_path_factory.mktemp("index") / "raw_index.json"
    frames = build_frames(process_corpus(seed_raw_dir, workers=1, index_file=index))
    assert len(frames["stg_article"]) == 1 and len(frames["stg_fact"]) > 0
    return frames


@pytest.fixture(scope="session")
def seed_frames_file(seed_frames, tmp_path_factory) -> Path:
    """The seed frames pickled, for child processes."""
    path = tmp_path_factory.mktemp("frames") / "seed_frames.pkl"
    path.write_bytes(pickle.dumps(seed_frames))
    return path


@pytest.fixture(scope="session")
def seed_warehouse(seed_frames, tmp_path_factory) -> Path:
    """A freshly published warehouse of the seed article. Read it; never write to it."""
    path = tmp_path_factory.mktemp("warehouse") / "huibao.duckdb"
    publish_frames(path, seed_frames)
    return path
