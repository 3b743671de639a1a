"""huibao: raw Chinese news articles → clean text and metric facts in DuckDB.

``pipelines.defs`` is loaded lazily so the pure modules (``pipelines.text``,
``pipelines.facts``) import without pulling in Dagster.
"""

from __future__ import annotations

__all__ = ["defs"]


def __getattr__(name: str):
    if name == "defs":
        from pipelines.definitions import defs

        return defs
    raise AttributeError(f"module 'pipelines' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted([*globals(), "defs"])
