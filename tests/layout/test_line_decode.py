"""Decoding the line model (``layout/line_decode.py``) on texts of our own."""

from __future__ import annotations

from newsprobe.layout import line_decode as D
from newsprobe.layout.lines import split_lines
from page_fixture import HEADLINE, PARAGRAPHS

FURNITURE = {"B": 0.01, "H": 0.0, "O": 0.99}
DOUBTED = {"B": 0.3, "H": 0.0, "O": 0.7}
ARTICLE = {"B": 0.95, "H": 0.01, "O": 0.04}
SHORT_MENU = ["Home", "Projekte", "Team", "Kontakt", "Impressum", "Datenschutz"]


def _out(parts: list[str], probs: dict[str, dict[str, float]]) -> list[bool] | None:
    lines = split_lines("\n\n".join(parts) + "\n")
    return D.furniture_out(lines, [probs.get(ln.text, ARTICLE) for ln in lines])


def test_a_short_page_of_sure_furniture_around_a_few_paragraphs_is_a_whole_page() -> None:
    parts = [*SHORT_MENU[:3], HEADLINE, *PARAGRAPHS, *SHORT_MENU[3:]]
    assert len(SHORT_MENU) < D.MIN_PAGE_FURNITURE
    out = _out(parts, dict.fromkeys(SHORT_MENU, FURNITURE))
    assert out is not None
    assert [p for p, o in zip(parts, out, strict=True) if o] == SHORT_MENU


def test_a_scraped_article_with_a_few_stray_lines_is_left_to_the_rules() -> None:
    # too few sure lines for the page's size: an article with some stray lines
    long_article = [HEADLINE, *PARAGRAPHS * 6]
    stray = SHORT_MENU[: D.SHORT_PAGE_LINES]
    assert _out([*long_article, *stray], dict.fromkeys(stray, FURNITURE)) is None
    # lines the model only doubts do not make a whole page
    parts = [*SHORT_MENU[:3], HEADLINE, *PARAGRAPHS, *SHORT_MENU[3:]]
    assert _out(parts, dict.fromkeys(SHORT_MENU, DOUBTED)) is None
    # nor do fewer than SHORT_PAGE_LINES sure lines on a tiny page
    few = SHORT_MENU[: D.SHORT_PAGE_LINES - 1]
    assert _out([*few, HEADLINE, PARAGRAPHS[0]], dict.fromkeys(few, FURNITURE)) is None


def test_prose_is_readmitted_past_a_credit_or_a_placeholder_but_not_past_a_label() -> None:
    note = "Das Buch zum Thema ist im Verlag am Fluss erschienen und kostet zwanzig Euro."
    menu = [f"Rubrik {k}" for k in range(D.MIN_PAGE_FURNITURE)]
    for between, readmitted in (
        (["© Verlag am Fluss"], True),
        (["*", "Foto: Anna Beck"], True),
        (["Anzeige"], False),  # a label with letters parts them
        (["*", "*", "*"], False),  # more than SEE_THROUGH lines
    ):
        parts = [HEADLINE, *PARAGRAPHS, *between, note, *menu]
        probs = {**dict.fromkeys(menu, FURNITURE), **dict.fromkeys(between, FURNITURE),
                 note: DOUBTED}  # fmt: skip
        out = _out(parts, probs)
        assert out is not None
        assert out[parts.index(note)] is not readmitted, between


POINTS = [
    "1. Nimm dir Zeit für Träume",
    "Wer träumt, findet heraus, was ihm wichtig ist.",
    "2. Bleib in Bewegung",
    "3. Achte auf dich",
]


def _list_page(points: list[str], above: list[str]) -> tuple[list[str], list[bool] | None]:
    menu = [f"Rubrik {k}" for k in range(D.MIN_PAGE_FURNITURE)]
    parts = [*menu, HEADLINE, *PARAGRAPHS, *above, *points, *menu]
    probs = {**dict.fromkeys(menu, FURNITURE), **dict.fromkeys(above, FURNITURE),
             **dict.fromkeys(points, DOUBTED)}  # fmt: skip
    return parts, _out(parts, probs)


def test_a_list_numbered_from_one_below_the_article_is_article() -> None:
    parts, out = _list_page(POINTS, [])
    assert out is not None
    assert not any(out[parts.index(p)] for p in POINTS)  # the points and the line between


def test_a_numbered_list_apart_from_the_article_or_not_counting_stays_out() -> None:
    # under a heading of its own (a most-read list)
    parts, out = _list_page(POINTS, ["Meistgelesen", "Alle Artikel"])
    assert out is not None and all(out[parts.index(p)] for p in POINTS)
    # numbers that do not count 1, 2, 3
    jumbled = ["1. Nimm dir Zeit", "3. Achte auf dich", "7. Lies mehr"]
    parts, out = _list_page(jumbled, [])
    assert out is not None and all(out[parts.index(p)] for p in jumbled)
    # two items are no list
    parts, out = _list_page(POINTS[:3], [])
    assert out is not None and all(out[parts.index(p)] for p in (POINTS[0], POINTS[2]))
