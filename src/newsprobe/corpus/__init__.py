"""The corpus: batch ingest into the store (parallel, resumable), queries and exports.

``from newsprobe import Corpus`` is the entry point (:mod:`newsprobe.corpus.api`).
"""
