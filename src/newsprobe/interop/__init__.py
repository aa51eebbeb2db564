"""Bridges from newsprobe's analysis to other libraries' data structures (spaCy)."""
