"""Bridges from newsprobe's analysis to other libraries' objects: :func:`to_spacy` (a spaCy
``Doc``; spaCy is imported only when it is called)."""

from newsprobe.interop.spacy_doc import to_spacy

__all__ = ["to_spacy"]
