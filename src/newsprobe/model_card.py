"""The card beside a shipped model file, and the error a model that cannot be used raises.

A trained tagger (the name tagger ``entities/model/ner-de.crfsuite``, the cue tagger
``attribution/cue_model/model/cues-de.crfsuite``) ships with a ``.json`` card written by its
training script (:mod:`newsprobe.training.crf`): the data, the settings, the scores, and the
version of the features it was trained on.  A model trained on other features than the code
computes would tag nonsense without a word, so loading it refuses instead.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any


class ModelError(RuntimeError):
    """A shipped model is missing, unreadable, or was trained on other features."""


def read_card(path: Path, feature_version: str, retrain: str) -> dict[str, Any]:
    """The card of the model at ``path`` (``{}`` where it has none).

    :class:`ModelError` where the card names another feature version than ``feature_version``;
    the message says to run ``retrain``."""
    card_path = path.with_suffix(".json")
    if not card_path.is_file():
        return {}
    card: dict[str, Any] = json.loads(card_path.read_text("utf-8"))
    trained = str(card.get("feature_version", feature_version))
    if trained != feature_version:
        raise ModelError(
            f"{path.name} was trained on features v{trained}, code has v{feature_version}: "
            f"retrain with {retrain}"
        )
    return card
