"""An IO manager that stores one pickle per article partition, read back lazily.

Dagster's filesystem IO manager refuses outputs that cover several partitions, which is
exactly what a single-run backfill over thousands of articles produces. Here a
partitioned asset gets its partitioned inputs as a read-on-access mapping
(``StoredPartitions``); its pool workers read each input and write each result at the
store's paths themselves (assets/partitions.py), and the asset returns the mapping of
what was written: a 10,000-article run never holds 10,000 articles in memory. A plain
``{partition_key: value}`` dict is stored too.
"""

import os
import pickle
import shutil
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import dagster as dg
from pydantic import Field

from pipelines.atomic import replacing


def write_pickle(path: Path, obj: Any) -> None:
    with replacing(path) as tmp, tmp.open("wb") as fh:  # never a half-written pickle
        pickle.dump(obj, fh, protocol=pickle.HIGHEST_PROTOCOL)


def read_pickle(path: Path) -> Any:
    with path.open("rb") as fh:
        return pickle.load(fh)


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
    """Pickles under ``<base_dir>/<asset>/v<code version>/<partition>.pkl``.

    The code version in the path makes "stored by the current code" a directory listing
    (``stored_partitions``) instead of reading thousands of Dagster events.
    """

    base_dir: str = Field(description="Folder of the stored per-article values.")
    # asset key (user string) → code version
    code_versions: dict[str, str] = Field(default_factory=dict)

    def _root(self) -> Path:
        return Path(self.base_dir)

    def _dir(self, asset_key: dg.AssetKey) -> Path:
        version = self.code_versions.get(asset_key.to_user_string())
        root = self._root().joinpath(*asset_key.path)
        return root / f"v{version}" if version else root

    def path(self, asset_key: dg.AssetKey, partition: str | None) -> Path:
        if partition is None:
            return self._root().joinpath(*asset_key.path).with_suffix(".pkl")
        return self._dir(asset_key) / f"{partition}.pkl"

    def stored_partitions(self, asset_key: dg.AssetKey) -> set[str]:
        """Partitions whose value the current code stored (a wiped store has none)."""
        try:
            names = os.listdir(self._dir(asset_key))
        except FileNotFoundError:
            return set()
        return {n[:-4] for n in names if n.endswith(".pkl")}

    def remove_other_versions(self, asset_key: dg.AssetKey) -> list[Path]:
        """Delete what older code stored for ``asset_key`` (it is never read again)."""
        current, root = self._dir(asset_key), self._root().joinpath(*asset_key.path)
        removed: list[Path] = []
        if current == root or not root.is_dir():  # unversioned: nothing is "other"
            return removed
        for path in root.iterdir():
            if path != current:
                if path.is_dir():
                    shutil.rmtree(path, ignore_errors=True)
                else:
                    path.unlink(missing_ok=True)
                removed.append(path)
        return removed

    def write(self, asset_key: dg.AssetKey, partition: str | None, obj: Any) -> None:
        write_pickle(self.path(asset_key, partition), obj)

    def read(self, asset_key: dg.AssetKey, partition: str | None) -> Any:
        return read_pickle(self.path(asset_key, partition))

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


# How an asset asks for the store itself (an IO manager is a resource too): a typed
# parameter, not a look-up by resource key.
ArticleStore = dg.ResourceParam[ArticleStoreIOManager]
