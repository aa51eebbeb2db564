"""Language: identification, sentences and tokens (spaCy's rule-based tokenizer plus newsprobe's
rules), part-of-speech tags, lemmas and verb mood."""
