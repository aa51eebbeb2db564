"""Entities: persons, organisations, places and other names in an article, merged into
in-article entities and linked to a small shipped knowledge base (:mod:`newsprobe.entities.kb`).
"""
