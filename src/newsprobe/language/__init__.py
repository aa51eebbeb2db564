"""Language: identification, sentences and tokens (SoMaJo)."""
