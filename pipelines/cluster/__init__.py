"""Cluster mode: the same assets on Dagster's celery executor, with PostgreSQL as the
Dagster instance storage and Redis as celery's broker and result backend.

``python -m pipelines.cluster up|run|down|worker|status`` (``make cluster-up`` …):
config.py names the places and URLs, services.py starts and stops the local processes,
jobs.py defines the celery job, runner.py spreads one ``make run`` over the workers.
"""
