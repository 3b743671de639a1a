"""Cluster tests start PostgreSQL, Redis, a Dagster daemon and two celery workers: they
run only under ``make test-cluster`` (HUIBAO_TEST_CLUSTER=1), which CI calls after
``make test``, on their own ports and in a temporary cluster folder."""

import os

import pytest


def pytest_collection_modifyitems(config, items):
    if os.environ.get("HUIBAO_TEST_CLUSTER") == "1":
        return
    skip = pytest.mark.skip(reason="needs services: run `make test-cluster`")
    for item in items:
        if "tests/cluster/" in str(item.fspath):
            item.add_marker(skip)
