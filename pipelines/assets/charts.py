"""A small PNG chart for the warehouse materialization (shown inline in the Dagster UI)."""

import base64
import io
from collections import Counter

import dagster as dg


def facts_per_category_chart(categories: Counter) -> dg.MetadataValue:
    # A Figure drawn by the Agg canvas directly: headless (no display on servers or in
    # CI), and without pyplot, whose import and backend set-up took most of a second of
    # every run.
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    labels = sorted(categories, key=lambda c: (-categories[c], c))
    fig = Figure(figsize=(6, 3), dpi=100)
    FigureCanvasAgg(fig)
    ax = fig.subplots()
    ax.barh(labels[::-1], [categories[c] for c in labels[::-1]], color="#4c72b0")
    ax.set_xlabel("facts")
    ax.set_title("Metric facts per unit category")
    fig.tight_layout()
    buf = io.BytesIO()
    fig.savefig(buf, format="png")
    encoded = base64.b64encode(buf.getvalue()).decode("ascii")
    return dg.MetadataValue.md(f"![facts per unit category](data:image/png;base64,{encoded})")
