"""Benchmarks: ``python -m bench`` (``make bench``) and the corpus generator ``bench.corpus``."""
