"""An IO manager that stores one pickle per article partition, read back lazily.

Dagster's filesystem IO manager refuses outputs that cover several partitions, which is
exactly what a single-run backfill over thousands of articles produces. Here a
partitioned asset gets its partitioned inputs as a read-on-access mapping
(``StoredPartitions``) and writes its results to the store as they come out of the
process pool, returning the mapping of what it wrote: a 10,000-article run never holds
10,000 articles in memory. A plain ``{partition_key: value}`` dict is stored too.
"""

import os
import pickle
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import dagster as dg

from pipelines import settings


class StoredPartitions(Mapping):
    """The values of some partitions of one asset in the article store, unpickled on access."""

    def __init__(self, store: "ArticleStoreIOManager", asset_key: dg.AssetKey, keys) -> None:
        self.store, self.asset_key, self.keys_ = store, asset_key, list(keys)
        self._known = set(self.keys_)

    def __getitem__(self, key: str) -> Any:
        if key not in self._known:
            raise KeyError(key)
        return self.store.read(self.asset_key, key)

    def __iter__(self) -> Iterator[str]:
        return iter(self.keys_)

    def __len__(self) -> int:
        return len(self.keys_)

    def path(self, key: str) -> Path:
        return self.store.path(self.asset_key, key)


class ArticleStoreIOManager(dg.ConfigurableIOManager):
    base_dir: str = ""

    def _root(self) -> Path:
        return Path(self.base_dir) if self.base_dir else settings.state_dir() / "assets"

    def path(self, asset_key: dg.AssetKey, partition: str | None) -> Path:
        root = self._root().joinpath(*asset_key.path)
        return root / f"{partition}.pkl" if partition is not None else root.with_suffix(".pkl")

    def has_partition(self, asset_key: dg.AssetKey, partition: str) -> bool:
        """Whether the store still holds this partition's value (a wiped store does not)."""
        return self.path(asset_key, partition).exists()

    def write(self, asset_key: dg.AssetKey, partition: str | None, obj: Any) -> None:
        path = self.path(asset_key, partition)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        with tmp.open("wb") as fh:
            pickle.dump(obj, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)  # a killed run never leaves a half-written pickle

    def read(self, asset_key: dg.AssetKey, partition: str | None) -> Any:
        with self.path(asset_key, partition).open("rb") as fh:
            return pickle.load(fh)

    def stored(self, asset_key: dg.AssetKey, keys) -> StoredPartitions:
        return StoredPartitions(self, asset_key, keys)

    def handle_output(self, context: dg.OutputContext, obj: Any) -> None:
        if obj is None:
            return
        if not context.has_asset_partitions:
            self.write(context.asset_key, None, obj)
            return
        expected = set(context.asset_partition_keys)
        if not isinstance(obj, Mapping) or set(obj) != expected:
            raise TypeError(
                f"{context.asset_key.to_user_string()} must return a mapping keyed by its "
                f"{len(expected)} partition key(s)"
            )
        if isinstance(obj, StoredPartitions) and obj.asset_key == context.asset_key:
            return  # written by the asset as its results came in
        for key, value in obj.items():
            self.write(context.asset_key, key, value)

    def load_input(self, context: dg.InputContext) -> Any:
        key = context.asset_key
        if not context.has_asset_partitions:
            return self.read(key, None)
        return self.stored(key, context.asset_partition_keys)
