"""The span model: surfaces always match offsets; JSON round-trips; the schema is printable."""

from __future__ import annotations

import itertools
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsprobe import SCHEMA_VERSION, Analysis, analyze_text
from newsprobe.model import Block, BlockKind, Sentence, SpanError, json_schema

# Text that looks like scraped articles: words, quotes, bullets, line breaks, odd unicode.
_PIECES = st.sampled_from(
    [
        "Putin",
        "habe",
        "laut",
        "ISW",
        "„Zitat“",
        '"quoted"',
        "»Wort«",
        "z. B.",
        "Dr.",
        "...",
        "•",
        "  • Punkt",
        "- item",
        "Bild: picture alliance / dpa",
        "(Foto) Suche",
        "\n",
        "\n\n",
        "Erstellt von - Uhr",
        "@handle",
        "https://example.org/x?y=1",
        "ß",
        "Ä",
        "é",
        "🙂",
        "\u00a0",
        "\u200b",
        "\t",
        "\r\n",
        ":",
        ".",
        "?",
        "!",
        "Ebenfalls interessant:",
        "/bua/news.de/dpa",
        "Folgen Sie uns bei WhatsApp",
        "12.03.2025, 09:41 Uhr",
        "<b>",
        "&amp;",
        "Der",
        "Sprecher",
        "sagte",
        "es",
        "sei",
        "offenbar",
        "so",
        "The",
        "spokesperson",
        "said",
        "reportedly",
    ]
)
_TEXTS = st.lists(
    st.one_of(_PIECES, st.text(min_size=1, max_size=12)), min_size=1, max_size=80
).map(" ".join)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_TEXTS)
def test_every_span_matches_its_surface(text: str) -> None:
    if not text.strip() or all(not c.isprintable() or c.isspace() for c in text):
        return
    try:
        analysis = analyze_text(text, lang="de")
    except ValueError as exc:  # InputError: e.g. only invisible characters
        assert "empty" in str(exc) or "no text" in str(exc) or "binary" in str(exc)
        return
    for layer, span in analysis.spans():
        assert analysis.text[span.start : span.end] == span.text, layer
    # blocks never overlap and sentences never cross a block boundary
    ends = [(b.start, b.end) for b in analysis.blocks]
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(ends))
    for sentence in analysis.sentences:
        block = analysis.blocks[sentence.block] if sentence.block is not None else None
        assert block is None or block.start <= sentence.start <= sentence.end <= block.end
    again = Analysis.from_json(analysis.to_json())
    assert again == analysis


def test_check_spans_rejects_a_wrong_surface() -> None:
    text = "Kremlchef spricht."
    analysis = Analysis(text=text, blocks=[Block.of(text, 0, 9, id=0, kind=BlockKind.HEADLINE)])
    analysis.check_spans()
    analysis.sentences.append(Sentence(start=0, end=9, text="Putin", block=0))
    with pytest.raises(SpanError, match="surface 'Putin'"):
        analysis.check_spans()


def test_span_of_rejects_offsets_outside_the_text() -> None:
    with pytest.raises(SpanError):
        Sentence.of("kurz", 2, 10)


def test_from_json_validates_spans() -> None:
    text = "Ein Satz."
    bad = {"text": text, "sentences": [{"start": 0, "end": 3, "text": "Zwei"}]}
    with pytest.raises(SpanError):
        Analysis.from_json(json.dumps(bad))


def test_schema_is_versioned_json_schema() -> None:
    schema = json.loads(json_schema())
    assert schema["title"] == "newsprobe Analysis"
    assert SCHEMA_VERSION in schema["$id"]
    assert {"text", "meta", "blocks", "sentences", "tokens", "removed"} <= set(schema["properties"])
    assert "headline" in json.dumps(schema["$defs"]["BlockKind"])


def test_check_spans_finds_a_wrong_span_at_any_depth() -> None:
    """Every span :meth:`Analysis.spans` lists (an attribution's cue and message, a source's
    mentions, a finding's evidence…) is checked: one wrong surface anywhere is an error."""
    from support import SAMPLES, analysed

    analysis = analysed(SAMPLES / "de_klinik.txt")
    listed = list(analysis.spans(nested=True))
    layers = {layer for layer, _ in listed}
    assert {"tokens", "attributions", "sources", "claims"} <= layers
    picked: dict[str, int] = {}
    for i, (layer, _span) in enumerate(listed):  # the first and the last span of each layer
        picked.setdefault(layer, i)
        picked[layer + "/last"] = i
    for i in sorted(set(picked.values())):
        broken = analysis.model_copy(deep=True)
        layer, span = list(broken.spans(nested=True))[i]
        span.text = span.text + "x"
        with pytest.raises(SpanError, match=f"^{layer}: "):
            broken.check_spans()
        span.text = span.text[:-1]
        span.end = len(broken.text) + 1
        with pytest.raises(SpanError, match="outside text"):
            broken.check_spans()
