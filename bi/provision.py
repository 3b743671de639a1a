"""Provision a running Superset with the huibao warehouse (run by bi/ctl.py in Superset's venv).

Everything goes through Superset's documented REST import endpoints, each with overwrite, so a
second run updates in place instead of duplicating:

1. the warehouse at WAREHOUSE_PATH as the DuckDB database "huibao", opened read-only;
2. one dataset per public ``v_*`` view, read from the warehouse's information_schema (new views
   are picked up), with the view and column COMMENTs as descriptions;
3. the charts and the starter dashboard exported in bi/dashboard/ (charts whose view the
   warehouse does not have yet, e.g. v_indicator_series before it exists, are left out).

Database and datasets get fixed UUIDs derived from their names, which the chart files in
bi/dashboard/ refer to; that is how the exported dashboard finds them on any machine.
"""

from __future__ import annotations

import copy
import io
import os
import sys
import uuid
import zipfile
from pathlib import Path

import duckdb
import requests
import yaml

DASHBOARD_DIR = Path(__file__).resolve().parent / "dashboard"
DATABASE_NAME = "huibao"
NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "https://github.com/huibao/superset")
DATABASE_UUID = str(uuid.uuid5(NAMESPACE, "database"))
EXPORT_VERSION = "1.0.0"
COUNT_METRIC = {
    "metric_name": "count", "verbose_name": "COUNT(*)", "metric_type": "count",
    "expression": "COUNT(*)", "description": None, "d3format": None, "extra": {},
}  # fmt: skip

PUBLIC_VIEWS_SQL = r"""
    SELECT v.view_name, v.comment
    FROM duckdb_views() v
    JOIN information_schema.tables t
      ON t.table_schema = v.schema_name AND t.table_name = v.view_name
    WHERE NOT v.internal AND v.schema_name = 'main' AND t.table_type = 'VIEW'
      AND v.view_name LIKE 'v\_%' ESCAPE '\'
    ORDER BY v.view_name
"""
COLUMNS_SQL = """
    SELECT column_name, data_type, comment
    FROM duckdb_columns()
    WHERE schema_name = 'main' AND table_name = ?
    ORDER BY column_index
"""


def dataset_uuid(view: str) -> str:
    return str(uuid.uuid5(NAMESPACE, f"dataset:{view}"))


def database_config(warehouse: Path) -> dict:
    # read_only reaches duckdb.connect() through duckdb-engine. Superset opens its engines with
    # NullPool (its default, stated here so it stays): no connection outlives a query, so the
    # next query opens the file the last pipeline run atomically put in place.
    extra = {
        "engine_params": {"connect_args": {"read_only": True}},
        "metadata_params": {},
        "schemas_allowed_for_csv_upload": [],
    }
    return {
        "database_name": DATABASE_NAME,
        "sqlalchemy_uri": f"duckdb:///{warehouse}",
        "cache_timeout": None,
        "expose_in_sqllab": True,
        "allow_run_async": False,
        "allow_ctas": False,
        "allow_cvas": False,
        "allow_dml": False,
        "allow_csv_upload": False,
        "extra": extra,
        "uuid": DATABASE_UUID,
        "version": EXPORT_VERSION,
    }


def dataset_configs(warehouse: Path) -> dict[str, dict]:
    """One dataset per public view, keyed by view name, described from the COMMENTs."""
    with duckdb.connect(str(warehouse), read_only=True) as con:
        views = con.execute(PUBLIC_VIEWS_SQL).fetchall()
        configs = {}
        for view, comment in views:
            columns = con.execute(COLUMNS_SQL, [view]).fetchall()
            configs[view] = {
                "table_name": view,
                "schema": "main",
                "description": comment,
                "main_dttm_col": None,
                "sql": None,
                "params": None,
                "template_params": None,
                "filter_select_enabled": True,
                "extra": None,
                "uuid": dataset_uuid(view),
                "database_uuid": DATABASE_UUID,
                "version": EXPORT_VERSION,
                "metrics": [COUNT_METRIC],
                "columns": [
                    {
                        "column_name": name,
                        "type": data_type,
                        "description": col_comment,
                        "is_dttm": False,
                        "is_active": True,
                        "groupby": True,
                        "filterable": True,
                        "expression": None,
                        "verbose_name": None,
                        "python_date_format": None,
                        "extra": {},
                    }
                    for name, data_type, col_comment in columns
                ],
            }
    return configs


def bundle(kind: str, files: dict[str, dict]) -> bytes:
    """A Superset export ZIP: metadata.yaml plus the given YAML files under one root folder."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        meta = {"version": EXPORT_VERSION, "type": kind, "timestamp": "2026-01-01T00:00:00+00:00"}
        zf.writestr("huibao_export/metadata.yaml", yaml.safe_dump(meta))
        for name, config in files.items():
            zf.writestr(f"huibao_export/{name}", yaml.safe_dump(config, allow_unicode=True))
    return buf.getvalue()


def dashboard_files(available: set[str]) -> tuple[dict[str, dict], list[str]]:
    """The exported dashboard, without the charts whose dataset the warehouse lacks."""
    files: dict[str, dict] = {}
    skipped: list[str] = []
    for path in sorted((DASHBOARD_DIR / "charts").glob("*.yaml")):
        chart = yaml.safe_load(path.read_text(encoding="utf-8"))
        if chart["dataset_uuid"] in available:
            files[f"charts/{path.name}"] = chart
        else:
            skipped.append(chart["uuid"])
    kept = {c["uuid"] for c in files.values()}
    for path in sorted((DASHBOARD_DIR / "dashboards").glob("*.yaml")):
        dashboard = yaml.safe_load(path.read_text(encoding="utf-8"))
        dashboard["position"] = without_charts(dashboard["position"], kept)
        files[f"dashboards/{path.name}"] = dashboard
    return files, skipped


def without_charts(position: dict, kept: set[str]) -> dict:
    """Drop CHART nodes not in ``kept`` from a dashboard layout, and the rows left empty:
    Superset's importer fails on a layout that names a chart the bundle does not have."""
    position = copy.deepcopy(position)
    gone = {
        key for key, node in position.items()
        if isinstance(node, dict) and node.get("type") == "CHART"
        and node.get("meta", {}).get("uuid") not in kept
    }  # fmt: skip
    changed = True
    while changed:
        changed = False
        for key, node in position.items():
            if key in gone or not isinstance(node, dict) or "children" not in node:
                continue
            children = [c for c in node["children"] if c not in gone]
            if children != node["children"]:
                node["children"] = children
                changed = True
                if not children and node.get("type") == "ROW":
                    gone.add(key)
    return {k: v for k, v in position.items() if k not in gone}


class Superset:
    """A logged-in REST session (JWT for the API, plus the CSRF token its POSTs need)."""

    def __init__(self, base: str, user: str, password: str) -> None:
        self.base = base
        self.http = requests.Session()
        login = {"username": user, "password": password, "provider": "db", "refresh": True}
        r = self.http.post(f"{base}/api/v1/security/login", json=login, timeout=60)
        r.raise_for_status()
        self.http.headers["Authorization"] = f"Bearer {r.json()['access_token']}"
        r = self.http.get(f"{base}/api/v1/security/csrf_token/", timeout=60)
        r.raise_for_status()
        self.http.headers.update({"X-CSRFToken": r.json()["result"], "Referer": base})

    def import_bundle(self, resource: str, kind: str, files: dict[str, dict]) -> None:
        r = self.http.post(
            f"{self.base}/api/v1/{resource}/import/",
            files={"formData": ("huibao_export.zip", bundle(kind, files), "application/zip")},
            data={"overwrite": "true"},
            timeout=300,
        )
        if r.status_code != 200:
            raise SystemExit(f"importing {resource} failed ({r.status_code}): {r.text[:2000]}")


def main() -> int:
    warehouse = Path(os.environ["WAREHOUSE_PATH"]).resolve()
    # SUPERSET_URL: provision another Superset (one that can open WAREHOUSE_PATH) instead.
    base = os.environ.get("SUPERSET_URL") or f"http://127.0.0.1:{os.environ.get('BI_PORT', '8088')}"
    base = base.rstrip("/")
    api = Superset(base, os.environ["BI_ADMIN_USER"], os.environ["BI_ADMIN_PASSWORD"])

    database = {f"databases/{DATABASE_NAME}.yaml": database_config(warehouse)}
    api.import_bundle("database", "Database", database)
    datasets = dataset_configs(warehouse)
    dataset_files = {f"datasets/{DATABASE_NAME}/{v}.yaml": c for v, c in datasets.items()}
    api.import_bundle("dataset", "SqlaTable", {**database, **dataset_files})
    charts_and_dashboard, skipped = dashboard_files({c["uuid"] for c in datasets.values()})
    charts = {k: v for k, v in charts_and_dashboard.items() if k.startswith("charts/")}
    # The dashboard import reuses charts that exist already, so an edited chart file reaches
    # an existing Superset only through the chart import, which overwrites.
    api.import_bundle("chart", "Slice", {**database, **dataset_files, **charts})
    api.import_bundle(
        "dashboard", "Dashboard", {**database, **dataset_files, **charts_and_dashboard}
    )
    print(f"superset: database {DATABASE_NAME} -> {warehouse} (read-only)")
    print(f"superset: {len(datasets)} datasets: {', '.join(datasets)}")
    if skipped:
        print(f"superset: dashboard imported without {len(skipped)} chart(s) whose view is missing")
    return 0


if __name__ == "__main__":
    sys.exit(main())
