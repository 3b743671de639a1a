"""An IO manager that stores one pickle per article partition.

Dagster's filesystem IO manager refuses outputs that cover several partitions, which is
exactly what a single-run backfill over thousands of articles produces. Here a
partitioned asset returns ``{partition_key: value}`` and gets its partitioned inputs as
the same kind of dict, whether the run covers one article or all of them.
"""

import os
import pickle
from pathlib import Path
from typing import Any

import dagster as dg

from pipelines import settings


class ArticleStoreIOManager(dg.ConfigurableIOManager):
    base_dir: str = ""

    def _root(self) -> Path:
        return Path(self.base_dir) if self.base_dir else settings.state_dir() / "assets"

    def _path(self, asset_key: dg.AssetKey, partition: str | None) -> Path:
        root = self._root().joinpath(*asset_key.path)
        return root / f"{partition}.pkl" if partition is not None else root.with_suffix(".pkl")

    def has_partition(self, asset_key: dg.AssetKey, partition: str) -> bool:
        """Whether the store still holds this partition's value (a wiped store does not)."""
        return self._path(asset_key, partition).exists()

    @staticmethod
    def _write(path: Path, obj: Any) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        with tmp.open("wb") as fh:
            pickle.dump(obj, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)  # a killed run never leaves a half-written pickle

    @staticmethod
    def _read(path: Path) -> Any:
        with path.open("rb") as fh:
            return pickle.load(fh)

    def handle_output(self, context: dg.OutputContext, obj: Any) -> None:
        if obj is None:
            return
        if not context.has_asset_partitions:
            self._write(self._path(context.asset_key, None), obj)
            return
        expected = set(context.asset_partition_keys)
        if not isinstance(obj, dict) or set(obj) != expected:
            raise TypeError(
                f"{context.asset_key.to_user_string()} must return a dict keyed by its "
                f"{len(expected)} partition key(s)"
            )
        for key, value in obj.items():
            self._write(self._path(context.asset_key, key), value)

    def load_input(self, context: dg.InputContext) -> Any:
        key = context.asset_key
        if not context.has_asset_partitions:
            return self._read(self._path(key, None))
        return {p: self._read(self._path(key, p)) for p in context.asset_partition_keys}
