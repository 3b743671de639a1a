"""The article store files values under their asset's code version."""

import dagster as dg

from pipelines.assets.storage import ArticleStoreIOManager

KEY = dg.AssetKey("cleaned_article")


def test_a_new_code_version_sees_nothing_stored_and_clears_the_old(tmp_path) -> None:
    v1 = ArticleStoreIOManager(base_dir=str(tmp_path), code_versions={KEY.to_user_string(): "1"})
    for key in ("甲", "乙"):
        v1.write(KEY, key, {"文章": key})
    assert v1.stored_partitions(KEY) == {"甲", "乙"}
    assert v1.stored(KEY, ["乙"])["乙"] == {"文章": "乙"}

    v2 = ArticleStoreIOManager(base_dir=str(tmp_path), code_versions={KEY.to_user_string(): "2"})
    assert v2.stored_partitions(KEY) == set()
    v2.write(KEY, "甲", {"文章": "新"})
    assert v2.remove_other_versions(KEY) == [tmp_path / "cleaned_article" / "v1"]
    assert v1.stored_partitions(KEY) == set()
    assert v2.stored_partitions(KEY) == {"甲"}


def test_an_unversioned_store_never_deletes_its_values(tmp_path) -> None:
    store = ArticleStoreIOManager(base_dir=str(tmp_path))
    store.write(KEY, "甲", 1)
    assert store.remove_other_versions(KEY) == []
    assert store.stored_partitions(KEY) == {"甲"}
