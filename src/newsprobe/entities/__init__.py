"""Entities: persons, organisations, places and other names in an article, merged into
in-article entities and linked to a small shipped knowledge base.

Modules, in the order the component uses them:

``recognise``   names in a sentence: the CRF tagger (``crf``, ``features``), the knowledge-base
                gazetteer and patterns, merged; ``english`` does the same without a model
``roles``       role nouns ("Kremlchef", "Syriens Machthaber") and the office they name
``aliases``     which name mentions are one entity (surnames, genitives, acronyms)
``component``   the pipeline component: mentions, derived forms, compounds, clusters, ids
``kb``          the knowledge base (data files) and its lookup API for other components
``train``       trains the shipped model ``model/ner-de.crfsuite`` (``germeval``, ``scoring``)

Credits: the tagger is trained on GermEval 2014 NER (NoSta-D; Benikova, Biemann, Reznicek,
LREC 2014), licensed CC BY 4.0.  ``kb/countries.tsv`` is generated with pycountry (ISO 3166
names and their translations from Debian's iso-codes).
"""
