"""Claims and certainty, the headline check and the sourcing verdict."""
