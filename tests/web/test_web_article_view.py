"""The article markup: every layer marked, crossing spans cut (never dropped), text intact."""

from __future__ import annotations

import html
from html.parser import HTMLParser

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from web_payloads import RAW, hostile, unsafe_markup

from newsprobe.model import Analysis, Block, BlockKind, Claim, ClaimStatus, Sentence
from newsprobe.report.html import nest_spans
from newsprobe.store.examples import kreml
from newsprobe.web.article_view import _Planner, build_view


class _Text(HTMLParser):
    """The text content of markup, checking that every element is closed in order."""

    VOID = frozenset({"br", "hr", "img", "input", "meta", "link", "wbr"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.stack: list[str] = []
        self.elements: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, dict(attrs)))
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        assert self.stack and self.stack.pop() == tag, f"misnested </{tag}>"

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def parse(markup: str) -> _Text:
    parser = _Text()
    parser.feed(markup)
    parser.close()
    assert parser.stack == []
    return parser


def classes(parser: _Text, name: str) -> list[dict[str, str | None]]:
    return [a for _, a in parser.elements if name in (a.get("class") or "").split()]


def test_every_layer_is_marked_and_the_text_is_intact() -> None:
    analysis = kreml()
    view = build_view(analysis)
    parsed = parse(str(view.markup))
    assert "".join(parsed.parts) == analysis.text
    # one element (at least) per span of each layer, carrying what the page needs
    assert len(classes(parsed, "w-claim")) >= len(analysis.claims)
    assert {a["id"] for a in classes(parsed, "w-claim") if a.get("id")} == {
        f"c-{c.id}" for c in analysis.claims
    }
    assert {a["id"] for a in classes(parsed, "w-attr") if a.get("id")} == {"q-0", "q-1", "q-2"}
    msgs = classes(parsed, "w-msg")
    assert [m["data-sp"] for m in msgs] == ["S1", "S2", "S3"]
    assert [m["data-et"] for m in classes(parsed, "w-ment")] == [
        "ORG",
        "PER",
        "LOC",
        "ORG",
        "PER",
        "LOC",
    ]  # in text order ("Kreml" in Kremlsprecher)
    hedged = classes(parsed, "w-st-hedged")
    assert hedged and hedged[0]["data-st"] == "hedged"
    assert "w-weak" in (hedged[0]["class"] or "")  # claim 3 rests on the anonymous insider
    cues = classes(parsed, "w-cue")
    assert {c["class"] for c in cues} >= {"w-cue w-cue-hedge", "w-cue w-cue-intensifier"}
    # the finding's evidence and the checked headline are addressable
    evidence = classes(parsed, "w-ev")
    assert [(e["id"], e["data-finding"]) for e in evidence] == [("ev-0-0", "0")]
    assert classes(parsed, "w-fspan")[0]["id"] == "finding-0"
    # blocks keep their role
    assert [t for t, a in parsed.elements if "w-block" in (a.get("class") or "")] == [
        "h2",
        "p",
        "p",
    ]


def test_side_panel_data() -> None:
    view = build_view(kreml())
    assert [(s.label, s.name, s.source_type, s.named) for s in view.speakers] == [
        ("S1", "Wladimir Putin", "politician", True),
        ("S2", "Dmitri Peskow", "official", True),
        ("S3", "Insider", "anonymous", False),
    ]
    assert view.speakers[0].quotes[0].message == "die Ukraine habe den Angriff begonnen"
    assert view.speakers[0].corpus_link == "/speakers?speaker=Wladimir%20Putin"
    [finding] = view.findings
    assert (finding.verdict, finding.mark, finding.role) == ("overstated", "!", "headline")
    assert finding.evidence[0].anchor == "ev-0-0"
    assert finding.evidence[0].sources == ["Wladimir Putin"]
    assert finding.cues == ["alle"]
    assert view.weak_only == 1 and view.claim_chart is not None
    assert dict(view.claim_counts)["hedged"] == 1
    putin = next(e for e in view.entities if e.name == "Wladimir Putin")
    assert (putin.link, putin.mentions, putin.anchor) == ("/entities/Q7747", 1, "m-1")


def test_same_speaker_keeps_one_colour_and_number() -> None:
    analysis = kreml()
    second = analysis.attributions[0].model_copy(update={"id": 3})
    analysis.attributions.append(second)
    view = build_view(analysis)
    assert [s.label for s in view.speakers] == ["S1", "S2", "S3"]
    assert len(view.speakers[0].quotes) == 2


def test_crossing_spans_are_cut_not_dropped() -> None:
    text = "Erster Satz hier. Zweiter Satz dort."
    plan = _Planner(text)
    assert plan.add(0, 17, "a", {"id": "a"}) == 1
    # crosses the first span: cut at its end, first piece keeps the id
    assert plan.add(7, 26, "b", {"id": "b", "tabindex": "-1"}) == 2
    markup = str(nest_spans(text, plan.marks))
    parsed = parse(markup)
    assert "".join(parsed.parts) == text
    pieces = classes(parsed, "b")
    assert [p.get("id") for p in pieces] == ["b", None]
    assert "w-cont" in (pieces[1]["class"] or "") and "tabindex" not in pieces[1]


def test_spans_across_blocks_never_wrap_a_block() -> None:
    text = "Kicker: Schlagzeile\n\nAbsatz eins."
    analysis = Analysis(
        text=text,
        blocks=[
            Block.of(text, 0, 6, id=0, kind=BlockKind.KICKER),
            Block.of(text, 8, 19, id=1, kind=BlockKind.HEADLINE),
            Block.of(text, 21, 33, id=2, kind=BlockKind.PARAGRAPH),
        ],
        sentences=[Sentence.of(text, 0, 33)],
        claims=[Claim.of(text, 0, 33, id=0, role="headline", status=ClaimStatus.OPINION)],
    )
    parsed = parse(str(build_view(analysis).markup))
    assert "".join(parsed.parts) == text
    # the claim is cut into one piece per block; the colon between blocks is a separator
    pieces = classes(parsed, "w-claim")
    assert len(pieces) == 4 and pieces[0]["id"] == "c-0"
    assert len(classes(parsed, "w-sep")) == 1
    assert "outside any block" not in str(build_view(analysis).markup)


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_any_spans_give_wellformed_markup_with_the_same_text(data: st.DataObject) -> None:
    text = data.draw(st.text(alphabet="ab <&>\"'\n", min_size=1, max_size=40))
    n = len(text)
    plan = _Planner(text)
    for k in range(data.draw(st.integers(0, 12))):
        start = data.draw(st.integers(0, n))
        end = data.draw(st.integers(start, n))
        plan.add(start, end, f"s{k}", {"id": f"x{k}", "title": text[start:end]})
    parsed = parse(str(nest_spans(text, plan.marks)))
    assert "".join(parsed.parts) == text


def test_hostile_text_is_escaped_in_the_markup() -> None:
    view = build_view(hostile())
    markup = str(view.markup)
    for raw in RAW:
        assert raw not in markup
    assert html.escape("<script>", quote=False) in markup
    assert unsafe_markup(markup) == []


@pytest.mark.parametrize("layers", [("blocks",), ()])
def test_bare_text_still_renders(layers: tuple[str, ...]) -> None:
    text = "Nur ein Satz ohne Schichten."
    blocks = [Block.of(text, 0, len(text), id=0, kind=BlockKind.PARAGRAPH)] if layers else []
    view = build_view(Analysis(text=text, blocks=blocks))
    parsed = parse(str(view.markup))
    assert "".join(parsed.parts) == text
    assert view.findings == [] and view.speakers == [] and view.claim_chart is None
