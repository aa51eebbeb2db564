"""The ``language`` component: ISO 639-1 language of the article (py3langid), or as forced."""

from __future__ import annotations

from functools import cache
from typing import Any

from newsprobe.model import Analysis, BlockKind
from newsprobe.options import Options

#: Languages the pipeline has dedicated resources for; others are analysed generically.
SUPPORTED = ("de", "en")

_SKIP = {BlockKind.CREDIT, BlockKind.BYLINE, BlockKind.DATELINE, BlockKind.RELATED}


@cache
def _identifier() -> Any:
    from newsprobe.language.langid_scan import load_identifier

    return load_identifier()


def identify(text: str) -> tuple[str, float]:
    """``(language, probability)`` for ``text``."""
    lang, prob = _identifier().classify(text[:20000])
    return str(lang), float(prob)


class LanguageComponent:
    name = "language"
    requires: tuple[str, ...] = ("layout",)

    def __call__(self, analysis: Analysis, options: Options) -> None:
        if options.lang != "auto":
            analysis.meta.language = options.lang
            analysis.meta.language_confidence = None
            return
        body = " ".join(b.text for b in analysis.blocks if b.kind not in _SKIP) or analysis.text
        if not body.strip():
            return
        lang, prob = identify(body)
        analysis.meta.language = lang
        analysis.meta.language_confidence = round(prob, 4)
        if lang not in SUPPORTED:
            analysis.warnings.append(
                f"language {lang!r} has no dedicated resources; analysed with generic rules"
            )
