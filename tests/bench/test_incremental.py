"""materialize_all reprocesses only articles without a materialization by the current code."""

from __future__ import annotations

import dagster as dg

from bench.corpus import generate
from pipelines.assets.warehouse import WAREHOUSE_KEY, WAREHOUSE_KEYS
from pipelines.run import execute, materialize_all

PER_ARTICLE = {"raw_article", "cleaned_article", "deduplicated_article", "article_facts"}


def materialized(result: dg.ExecuteInProcessResult) -> dict[str, set]:
    out: dict[str, set] = {}
    for event in result.get_asset_materialization_events():
        out.setdefault(event.asset_key.to_user_string(), set()).add(event.partition)
    return out


def restaged(result: dg.ExecuteInProcessResult) -> int:
    (event,) = [
        e for e in result.get_asset_materialization_events() if e.asset_key.path == ["warehouse"]
    ]
    return event.materialization.metadata["articles_restaged"].value


def test_second_run_processes_only_the_new_article(pipeline_env, monkeypatch) -> None:
    raw, instance, config = pipeline_env
    files, _ = generate(4, seed=11)
    for name, data in files[:3]:
        (raw / name).write_bytes(data)

    first = materialize_all(instance, config)
    assert first.success
    first_keys = materialized(first)["article_facts"]
    assert len(first_keys) == 3

    name, data = files[3]
    (raw / name).write_bytes(data)
    second = materialize_all(instance, config)
    assert second.success
    done = materialized(second)
    (new_key,) = done["article_facts"]
    assert new_key not in first_keys
    assert {k for k in done if k in PER_ARTICLE} == PER_ARTICLE
    assert all(done[k] == {new_key} for k in PER_ARTICLE)
    assert done["warehouse"] == {None}
    assert set(WAREHOUSE_KEYS) <= {dg.AssetKey(k) for k in done}
    # The warehouse restaged only the new article's rows.
    assert restaged(second) == 1 and restaged(first) == 3

    # Nothing new: only the warehouse is rebuilt.
    third = materialize_all(instance, config)
    assert third.success
    assert {dg.AssetKey(k) for k in materialized(third)} == set(WAREHOUSE_KEYS)
    assert restaged(third) == 0

    # HUIBAO_FULL_REFRESH=1 reprocesses every article.
    monkeypatch.setenv("HUIBAO_FULL_REFRESH", "1")
    full = materialize_all(instance, config)
    assert full.success
    assert materialized(full)["article_facts"] == first_keys | {new_key}


def test_the_warehouse_of_an_incremental_run_holds_every_article(pipeline_env) -> None:
    import duckdb

    raw, instance, config = pipeline_env
    files, _ = generate(3, seed=12)
    for name, data in files[:2]:
        (raw / name).write_bytes(data)
    assert materialize_all(instance, config).success
    (raw / files[2][0]).write_bytes(files[2][1])
    assert materialize_all(instance, config).success
    with duckdb.connect(str(config.warehouse_path), read_only=True) as con:
        (n,) = con.execute("SELECT count(*) FROM v_articles").fetchone()
    assert n == 3


def test_the_warehouse_leaves_out_articles_without_results_and_says_so(pipeline_env) -> None:
    import duckdb

    from pipelines.assets.resources import resources_for
    from pipelines.definitions import code_versions

    raw, instance, config = pipeline_env
    files, _ = generate(3, seed=13)
    for name, data in files:
        (raw / name).write_bytes(data)
    assert materialize_all(instance, config).success
    store = resources_for(config, code_versions)["article_store"]
    facts = dg.AssetKey("article_facts")
    lost = sorted(store.stored_partitions(facts))[0]
    store.path(facts, lost).unlink()  # as if its facts step had never run

    result = execute(instance, config, asset_selection=WAREHOUSE_KEYS)
    assert result.success
    (event,) = [
        e for e in result.get_asset_materialization_events() if e.asset_key == WAREHOUSE_KEY
    ]
    assert event.materialization.metadata["articles_without_results"].value == 1
    with duckdb.connect(str(config.warehouse_path), read_only=True) as con:
        ids = {r[0] for r in con.execute("SELECT article_id FROM v_articles").fetchall()}
    assert len(ids) == 2 and lost not in ids
