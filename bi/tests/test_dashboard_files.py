"""The exported dashboard in bi/dashboard/ is consistent, and provisioning can drop a chart."""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from provision import DASHBOARD_DIR, dashboard_files, dataset_uuid, without_charts

CHARTS = sorted((DASHBOARD_DIR / "charts").glob("*.yaml"))
LAYOUT = yaml.safe_load((DASHBOARD_DIR / "dashboards" / "huibao.yaml").read_text())["position"]


def chart_nodes(position: dict) -> dict[str, str]:
    return {
        key: node["meta"]["uuid"] for key, node in position.items()
        if isinstance(node, dict) and node.get("type") == "CHART"
    }  # fmt: skip


def test_every_chart_file_is_on_the_dashboard_and_names_its_view():
    on_dashboard = set(chart_nodes(LAYOUT).values())
    for path in CHARTS:
        chart = yaml.safe_load(path.read_text())
        view = path.read_text().splitlines()[0].removeprefix("# ")
        assert chart["uuid"] in on_dashboard, path.name
        assert chart["dataset_uuid"] == dataset_uuid(view), path.name


def test_a_chart_whose_view_is_missing_leaves_no_trace_in_the_layout():
    every_view = {dataset_uuid(p.read_text().splitlines()[0][2:]) for p in CHARTS}
    files, skipped = dashboard_files(every_view - {dataset_uuid("v_indicator_series")})
    assert len(skipped) == 1
    layout = files["dashboards/huibao.yaml"]["position"]
    assert skipped[0] not in chart_nodes(layout).values()
    referenced = {child for node in layout.values() if isinstance(node, dict)
                  for child in node.get("children", [])}  # fmt: skip
    assert referenced <= set(layout)  # no child that is not in the layout
    assert all(layout[row]["children"] for row in layout["GRID_ID"]["children"])  # no empty row


def test_without_charts_keeps_everything_when_nothing_is_missing():
    assert without_charts(dict(LAYOUT), set(chart_nodes(LAYOUT).values())) == LAYOUT
