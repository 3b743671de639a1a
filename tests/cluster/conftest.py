"""test_cluster.py starts PostgreSQL, Redis, a Dagster daemon and two celery workers: it
runs only under ``make test-cluster`` (HUIBAO_TEST_CLUSTER=1), which CI calls after
``make test``, on its own ports and in a temporary cluster folder. The other tests here
need no service and run in ``make test``."""

import os

import pytest


def pytest_collection_modifyitems(config, items):
    if os.environ.get("HUIBAO_TEST_CLUSTER") == "1":
        return
    skip = pytest.mark.skip(reason="needs services: run `make test-cluster`")
    for item in items:
        if item.fspath.basename == "test_cluster.py":
            item.add_marker(skip)
