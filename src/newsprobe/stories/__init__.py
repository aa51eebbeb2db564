"""Stories across outlets: agency copies, story clustering, and the story view.

``features`` (computed per article in the ingest workers), ``minhash`` (copies), ``cluster``
(the incremental clusterer), ``update`` (keeps a store's stories current), ``view`` (how each
outlet told a story).  Nothing here is imported by the analysis pipeline.
"""
