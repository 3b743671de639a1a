"""warehouse groups: the published DuckDB file and, as assets of their own, every table
and public view in it, all built by one step and published by one atomic file replace.

The table and view specs come from the DDL in sql/ (pipelines/warehouse/catalog.py):
their column schemas carry every column's type and COMMENT, views depend on what they
select from and tables on the tables their foreign keys name, so a table, view or
column added in sql/ appears here without editing this file. The checks on them are
the queries in sql/checks.
"""

from collections import Counter
from pathlib import Path

import dagster as dg
import duckdb

from pipelines.assets.charts import facts_per_category_chart
from pipelines.assets.resources import RawFolder, WarehouseFiles
from pipelines.assets.storage import StoredPartitions
from pipelines.run_lock import run_lock
from pipelines.warehouse import catalog
from pipelines.warehouse.publish import publish_staged
from pipelines.warehouse.staging import Staging, fingerprint

ALL_ARTICLES = dg.AllPartitionMapping()
WAREHOUSE_KEY = dg.AssetKey("warehouse")
UPSTREAM = ("deduplicated_article", "article_facts")
# Dagster's table metadata keys (TableMetadataSet is not exported at the top level of 1.13).
COLUMN_SCHEMA = "dagster/column_schema"
ROW_COUNT = "dagster/row_count"
TABLE_NAME = "dagster/table_name"


def group_of(relation: catalog.Relation) -> str:
    """The star schema as groups: dimensions, facts, text, quality issues, public views."""
    if relation.kind == "view":
        return "warehouse_views"
    for prefix, group in (("dim_", "warehouse_dims"), ("fact_", "warehouse_facts")):
        if relation.name.startswith(prefix):
            return group
    return "warehouse_quality" if relation.name.startswith("quality_") else "warehouse_text"


def column_schema(relation: catalog.Relation) -> dg.TableSchema:
    return dg.TableSchema(
        columns=[
            dg.TableColumn(
                name=c.name,
                type=c.type,
                description=c.description,
                constraints=dg.TableColumnConstraints(nullable=c.nullable),
            )
            for c in relation.columns
        ]
    )


def relation_spec(relation: catalog.Relation) -> dg.AssetSpec:
    return dg.AssetSpec(
        relation.name,
        group_name=group_of(relation),
        description=relation.description,
        kinds={"duckdb", relation.kind},
        owners=["team:huibao"],
        code_version="1",
        # A table is loaded into the built file; a view selects from tables and views.
        deps=list(relation.depends_on) or [WAREHOUSE_KEY],
        metadata={
            COLUMN_SCHEMA: column_schema(relation),
            TABLE_NAME: relation.name,
        },
    )


WAREHOUSE_SPEC = dg.AssetSpec(
    WAREHOUSE_KEY,
    group_name="warehouse",
    description="The DuckDB warehouse file at WAREHOUSE_PATH, built from all article "
    "partitions in a temporary file and swapped in with os.replace; its tables and public "
    "views are the assets downstream. Articles that repeat another article are folded into "
    "it here (duplicate_article).",
    kinds={"duckdb"},
    owners=["team:huibao"],
    code_version="1",
    deps=[dg.AssetDep(name, partition_mapping=ALL_ARTICLES) for name in UPSTREAM],
)
RELATIONS = catalog.relations()
SPECS = [WAREHOUSE_SPEC, *(relation_spec(r) for r in RELATIONS)]
WAREHOUSE_KEYS = [spec.key for spec in SPECS]
SQL_CHECKS = catalog.checks()
CHECK_SPECS = [
    *(dg.AssetCheckSpec(c.name, asset=c.relation, description=c.description) for c in SQL_CHECKS),
    *(
        dg.AssetCheckSpec(
            "selects", asset=r.name, description="Selects in the published file, opened read-only."
        )
        for r in RELATIONS
        if r.kind == "view"
    ),
]


@dg.multi_asset(
    name="warehouse",
    specs=SPECS,
    check_specs=CHECK_SPECS,
    # The partition mapping is on WAREHOUSE_SPEC's deps; these only name the inputs.
    ins={name: dg.AssetIn(name) for name in UPSTREAM},
    # One build, one file: its tables and views are published together or not at all.
    can_subset=False,
)
def warehouse(
    context: dg.AssetExecutionContext,
    deduplicated_article: StoredPartitions,
    article_facts: StoredPartitions,
    raw_dir: RawFolder,
    warehouse_files: WarehouseFiles,
):
    files = raw_dir.scan()
    store = deduplicated_article.store
    ready = store.stored_partitions(deduplicated_article.asset_key) & store.stored_partitions(
        article_facts.asset_key
    )
    keys = [k for k in deduplicated_article if k in ready]
    if len(keys) < len(deduplicated_article):
        # Articles whose per-article steps have not run (yet) or failed: the warehouse is
        # built from the others rather than not at all; `make run` processes them first.
        context.log.warning(
            f"{len(deduplicated_article) - len(keys)} article partition(s) have no stored "
            "results and are left out; materialize their per-article assets to add them"
        )
    fingerprints = {
        k: fingerprint(deduplicated_article.path(k), article_facts.path(k)) for k in keys
    }
    target = Path(warehouse_files.path)
    staged = Staging(Path(warehouse_files.staging_path))

    def progress(done: int, total: int) -> None:
        context.log.info(f"staged {done}/{total} changed article(s)")

    # One build at a time per staging database (a UI run beside `make run`); the published
    # file is read back under the same lock, so the counts are of this build.
    with run_lock(staged.path):
        stats = staged.refresh(
            fingerprints, lambda k: (deduplicated_article[k], article_facts[k]), progress
        )
        build = publish_staged(
            target, staged.path, files, warehouse_files.allow_shrink, f"RAW_DIR {raw_dir.path}"
        )
        published = read_published(target)
    context.log.info(
        f"published {target}: {stats.staged} article(s) restaged, {stats.unchanged} unchanged, "
        f"{stats.dropped} dropped"
    )
    yield dg.MaterializeResult(
        asset_key=WAREHOUSE_KEY,
        metadata={
            "path": dg.MetadataValue.path(str(target)),
            "articles": build.articles,
            "articles_restaged": stats.staged,
            "articles_without_results": len(deduplicated_article) - len(keys),
            "duplicate_articles": build.duplicate_articles,
            "rejected_files": build.rejected_files,
            "facts_per_unit_category": facts_per_category_chart(published.facts_per_category),
            **{f"rows_{k}": v for k, v in build.view_rows.items()},
        },
    )
    for relation in RELATIONS:
        rows = published.rows.get(relation.name)
        metadata = {TABLE_NAME: relation.name}
        if rows is not None:
            metadata[ROW_COUNT] = dg.MetadataValue.int(rows)
        yield dg.MaterializeResult(asset_key=relation.name, metadata=metadata)
    yield from published.check_results


class Published:
    """What the published file says about itself, read as a BI tool would (read-only)."""

    def __init__(self) -> None:
        self.rows: dict[str, int] = {}
        self.facts_per_category: Counter = Counter()
        self.check_results: list[dg.AssetCheckResult] = []


def read_published(path: Path) -> Published:
    out = Published()
    with duckdb.connect(str(path), read_only=True) as con:
        for relation in RELATIONS:
            try:
                (out.rows[relation.name],) = con.execute(
                    f'SELECT count(*) FROM "{relation.name}"'
                ).fetchone()
                error = None
            except duckdb.Error as exc:
                error = str(exc)
            if relation.kind == "view":
                out.check_results.append(
                    dg.AssetCheckResult(
                        asset_key=relation.name,
                        check_name="selects",
                        passed=error is None,
                        metadata={"error": error} if error else {"rows": out.rows[relation.name]},
                    )
                )
        for check in SQL_CHECKS:
            count, examples = catalog.problems(con, check)
            out.check_results.append(
                dg.AssetCheckResult(
                    asset_key=check.relation,
                    check_name=check.name,
                    passed=count == 0,
                    severity=dg.AssetCheckSeverity.ERROR,
                    metadata={"problems": count, "examples": "; ".join(map(str, examples))},
                )
            )
        rows = con.execute(
            "SELECT unit_category, count(*) FROM v_metric_facts GROUP BY unit_category"
        ).fetchall()
        out.facts_per_category = Counter(dict(rows))
    return out
