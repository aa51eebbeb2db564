"""A trained cue tagger (CRF over tokens) beside the cue rules: it proposes cue words the
lexicon lacks; the rules then decide whether a full attribution can be built from them."""
