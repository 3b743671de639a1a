"""Same input → same article ids, fact ids and byte-identical views, whatever the run.

Three builds of one RAW_DIR: two subprocesses with PYTHONHASHSEED=1 (one worker) and
PYTHONHASHSEED=2 (two workers: the fork pool), and one in this process (its own hash
seed). Every v_ view, fully ordered, must be identical in all three.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from pipelines.parallel import MIN_ITEMS_FOR_POOL
from pipelines.text.decode import article_id_for
from tests.conftest import HANG_GUARD_S, ROOT, SEED_PATH
from tests.oracle import build_frames, process_corpus, publish_frames
from tests.reliability.conftest import ARTICLES, SEED_TEXT, TITLE_ONLY, view_snapshot

_BUILD = """
import sys
from pathlib import Path
from tests.oracle import process_corpus
from tests.oracle import build_frames
from tests.oracle import publish_frames
raw, target, workers = sys.argv[1:4]
publish_frames(Path(target), build_frames(process_corpus(Path(raw), workers=int(workers))))
"""


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    raw = tmp_path_factory.mktemp("repro") / "raw"
    raw.mkdir()
    shutil.copy(SEED_PATH, raw / SEED_PATH.name)
    shutil.copy(SEED_PATH, raw / "zz_exact_copy.txt")
    (raw / "zz_near_copy.txt").write_text(SEED_TEXT + "\n本文有删节。\n", encoding="utf-8")
    for name, text in ARTICLES.items():
        (raw / f"{name}.txt").write_bytes(
            text.encode("gbk") if name == "gbk" else text.encode("utf-8")
        )
    (raw / "title_only.txt").write_text(TITLE_ONLY, encoding="utf-8")
    (raw / "empty.txt").write_bytes(b"")
    return raw


def _ids(path: Path) -> tuple[list, list]:
    import duckdb

    with duckdb.connect(str(path), read_only=True) as con:
        articles = con.execute(
            "SELECT article_id, source_file FROM v_articles ORDER BY 1"
        ).fetchall()
        facts = con.execute("SELECT fact_id FROM v_metric_facts ORDER BY 1").fetchall()
    return articles, facts


def test_views_are_identical_across_runs_hash_seeds_and_workers(corpus, tmp_path) -> None:
    builds = {}
    procs = []
    for seed, workers in (("1", 1), ("2", 2)):
        target = tmp_path / f"seed{seed}" / "huibao.duckdb"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        procs.append(
            subprocess.Popen(
                [sys.executable, "-c", _BUILD, str(corpus), str(target), str(workers)],
                cwd=ROOT,
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
                start_new_session=True,
            )
        )
        builds[f"PYTHONHASHSEED={seed}, workers={workers}"] = target
    here = tmp_path / "in_process" / "huibao.duckdb"
    data = process_corpus(corpus, workers=1)
    publish_frames(here, build_frames(data))
    builds["in-process"] = here
    for proc in procs:
        try:
            _, err = proc.communicate(timeout=HANG_GUARD_S)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.communicate()
            pytest.fail(f"a reproducibility build did not finish in {HANG_GUARD_S} s")
        assert proc.returncode == 0, err.decode(errors="replace")[-3000:]

    assert len(data.articles) >= MIN_ITEMS_FOR_POOL, "the two-worker build must use the pool"
    snapshots = {label: view_snapshot(path) for label, path in builds.items()}
    reference_label, reference = next(iter(snapshots.items()))
    assert all(v.startswith("v_") for v in reference)
    assert reference["v_articles"] and reference["v_metric_facts"]
    for label, snapshot in snapshots.items():
        assert snapshot.keys() == reference.keys()
        for view, rows in reference.items():
            assert snapshot[view] == rows, f"{view} differs: {label} vs {reference_label}"

    articles, facts = _ids(here)
    assert len({a for a, _ in articles}) == len(articles) and len(set(facts)) == len(facts)
    # Ids depend on content only: the seed's id is the hash of its text, whatever its name.
    assert (article_id_for(SEED_TEXT), SEED_PATH.name) in articles
