"""End to end: materialize every asset into a temporary warehouse and read it as a user would."""

import shutil

import dagster as dg
import duckdb
import pytest

from pipelines.assets.warehouse import WAREHOUSE_KEYS
from pipelines.definitions import defs
from pipelines.run import materialize_all
from pipelines.settings import Settings
from tests.conftest import SEED_PATH

CONTRACT_COLUMNS = {
    "v_articles": [
        "article_id", "source_file", "title", "subtitle", "byline",
        "n_paragraphs", "n_facts", "n_removed",
    ],
    "v_clean_text": ["article_id", "paragraph_no", "kind", "text"],
    "v_removed_blocks": ["article_id", "kind", "text", "raw_start", "raw_end", "reason"],
    "v_metric_facts": [
        "article_id", "fact_id", "section", "indicator", "value", "unit", "unit_category",
        "qualifier", "region", "period", "sentence", "mention_count", "quality_flag",
    ],
    "v_quality_issues": ["source_file", "article_id", "stage", "severity", "issue", "detail"],
    "v_indicator_series": [
        "canonical_indicator", "indicator", "region", "period", "value", "unit", "unit_category",
        "qualifier", "article_id", "fact_id", "sentence",
    ],
}  # fmt: skip


def run_pipeline(raw_dir, warehouse_path) -> dg.ExecuteInProcessResult:
    """A run configured through its resources (no environment variable is set)."""
    state = warehouse_path.parent.parent / "dagster_home" / "huibao"
    config = Settings(raw_dir, warehouse_path, state, workers=1)
    return materialize_all(dg.DagsterInstance.ephemeral(), config)


@pytest.fixture(scope="module")
def pipeline_run(tmp_path_factory):
    """The seed and a broken file through every asset: (run result, warehouse path)."""
    tmp = tmp_path_factory.mktemp("e2e")
    raw_dir = tmp / "raw"
    raw_dir.mkdir()
    shutil.copy(SEED_PATH, raw_dir / SEED_PATH.name)
    (raw_dir / "broken.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    path = tmp / "wh" / "huibao.duckdb"
    result = run_pipeline(raw_dir, path)
    assert result.success
    materialized = {e.asset_key.to_user_string() for e in result.get_asset_materialization_events()}
    per_article = {"raw_article", "cleaned_article", "deduplicated_article", "article_facts"}
    assert materialized == per_article | {k.to_user_string() for k in WAREHOUSE_KEYS}
    return result, path


@pytest.fixture(scope="module")
def warehouse(pipeline_run):
    con = duckdb.connect(str(pipeline_run[1]), read_only=True)
    yield con
    con.close()


@pytest.mark.parametrize("view", sorted(CONTRACT_COLUMNS))
def test_public_view_has_contract_columns(warehouse, view: str) -> None:
    cols = [d[0] for d in warehouse.execute(f"SELECT * FROM {view} LIMIT 0").description]
    assert cols == CONTRACT_COLUMNS[view]


def test_seed_article_is_in_v_articles(warehouse) -> None:
    rows = warehouse.execute(
        "SELECT source_file, title, subtitle, n_paragraphs, n_facts, n_removed FROM v_articles"
    ).fetchall()
    assert len(rows) == 1
    source, title, subtitle, n_paragraphs, n_facts, n_removed = rows[0]
    assert source == SEED_PATH.name
    assert title.startswith("团结引领燕赵职工")
    assert subtitle == "河北工会五年工作回眸"
    assert n_paragraphs > 50 and n_facts >= 30 and n_removed >= 10


def test_clean_text_holds_body_not_byline_or_captions(warehouse) -> None:
    text = "\n".join(
        r[0]
        for r in warehouse.execute("SELECT text FROM v_clean_text ORDER BY paragraph_no").fetchall()
    )
    assert "2.5万期" in text and "职工书屋" in text
    assert "本报记者" not in text and "2021年河北省职工职业技能比赛现场" not in text


def test_metric_facts_have_expanded_numeric_values(warehouse) -> None:
    rows = warehouse.execute(
        "SELECT value, unit, unit_category FROM v_metric_facts WHERE unit = '期'"
    ).fetchall()
    assert (25000.0, "期") in [(v, u) for v, u, _ in rows]
    (n,) = warehouse.execute("SELECT count(*) FROM v_metric_facts").fetchone()
    assert n >= 30


def test_removed_blocks_record_captions_and_bylines(warehouse) -> None:
    kinds = {
        r[0] for r in warehouse.execute("SELECT DISTINCT kind FROM v_removed_blocks").fetchall()
    }
    assert {"caption", "byline", "photo_credit", "duplicate_block"} <= kinds


def test_rejected_file_is_reported(warehouse) -> None:
    rows = warehouse.execute(
        "SELECT source_file, stage, severity FROM v_quality_issues WHERE article_id IS NULL"
    ).fetchall()
    assert ("broken.txt", "decode", "rejected") in rows


def test_summary_views_select(warehouse) -> None:
    for view in (
        "v_facts_by_section",
        "v_facts_by_unit_category",
        "v_facts_by_region",
        "v_headline_metrics",
        "v_dedup_report",
        "v_article_overview",
    ):
        assert warehouse.execute(f"SELECT count(*) FROM {view}").fetchone()[0] > 0, view


def test_definitions_resolve_the_asset_chain() -> None:
    graph = defs.resolve_asset_graph()

    def upstream(name: str) -> set[str]:
        return {k.to_user_string() for k in graph.get(dg.AssetKey(name)).parent_keys}

    assert upstream("cleaned_article") == {"raw_article"}
    assert upstream("deduplicated_article") == {"cleaned_article"}
    assert upstream("article_facts") == {"deduplicated_article"}
    assert upstream("warehouse") == {"deduplicated_article", "article_facts"}
    assert upstream("v_clean_text") == {"clean_paragraph"}
    assert "fact_metric" in upstream("v_metric_facts")
    for key in graph.get_all_asset_keys():
        node = graph.get(key)
        assert node.group_name in {"ingest", "text", "facts"} or node.group_name.startswith(
            "warehouse"
        )
        assert defs.resolve_assets_def(key).descriptions_by_key[key]


def built_relations(con) -> dict[str, list[tuple[str, str, str | None]]]:
    """Every table and public view of a built warehouse: (column, type, COMMENT) each."""
    names = [r[0] for r in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()]
    names += [
        r[0]
        for r in con.execute(
            "SELECT view_name FROM duckdb_views() WHERE NOT internal AND view_name LIKE 'v\\_%' "
            "ESCAPE '\\'"
        ).fetchall()
    ]
    return {
        name: con.execute(
            "SELECT column_name, data_type, comment FROM duckdb_columns() "
            "WHERE table_name = ? ORDER BY column_index",
            [name],
        ).fetchall()
        for name in names
    }


def test_every_table_and_view_is_an_asset_with_all_its_columns(warehouse) -> None:
    relations = built_relations(warehouse)
    assert {"dim_article", "fact_metric", "clean_paragraph", "v_metric_facts"} <= set(relations)
    for name, columns in relations.items():
        key = dg.AssetKey(name)
        spec = defs.resolve_assets_def(key).specs_by_key[key]
        schema = spec.metadata["dagster/column_schema"]
        described = [(c.name, c.type, c.description) for c in schema.columns]
        assert described == columns, name
        assert all(c.description for c in schema.columns), name
        assert spec.metadata["dagster/table_name"] == name
        assert spec.description, name


def test_every_table_and_view_has_a_row_count_after_a_run(pipeline_run, warehouse) -> None:
    result, _ = pipeline_run
    events = {
        e.asset_key.to_user_string(): e.materialization.metadata
        for e in result.get_asset_materialization_events()
    }
    for name in built_relations(warehouse):
        (rows,) = warehouse.execute(f'SELECT count(*) FROM "{name}"').fetchone()
        assert events[name]["dagster/row_count"].value == rows, name
        assert events[name]["dagster/table_name"].value == name
    assert events["fact_metric"]["dagster/row_count"].value >= 30


def test_warehouse_checks_sit_on_their_assets_and_pass(pipeline_run) -> None:
    result, _ = pipeline_run
    evaluations = {
        (e.asset_key.to_user_string(), e.check_name): e.passed
        for e in result.get_asset_check_evaluations()
    }
    for check in [
        ("fact_metric", "unique_fact_id"),
        ("fact_metric", "no_orphan_keys"),
        ("clean_paragraph", "no_duplicate_paragraph"),
        ("v_metric_facts", "selects"),
        ("v_article_overview", "selects"),
    ]:
        assert evaluations[check] is True, check
