"""Limits shared by the ingest, its workers and the commands that start them."""

from __future__ import annotations

__all__ = ["DEFAULT_TIMEOUT"]

#: Seconds one record may take to read and analyse during an ingest.
DEFAULT_TIMEOUT = 120.0
