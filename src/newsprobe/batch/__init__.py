"""Batch runs on a distributed engine (Dask): inputs cut into shards, each analysed by a task
into Parquet files (:mod:`.run`, :mod:`.shards`), then merged into a store (:mod:`.load`).
``newsprobe batch`` and ``newsprobe load`` are in :mod:`.commands`."""
