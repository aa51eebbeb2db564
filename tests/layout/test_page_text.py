"""Whole-page texts: the removal bar for long prose, a byline split over lines, a date behind
image placeholders and a headline that shares words with the article's lead."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from newsprobe.api import analyze_text
from newsprobe.layout import line_decode as D
from newsprobe.layout import line_model
from newsprobe.layout import lines as L
from newsprobe.layout.lexicon import furniture
from newsprobe.layout.lines import split_lines
from newsprobe.layout.page_meta import find_page_meta
from page_fixture import FOOTER, HEADLINE, MENU, PARAGRAPHS

#: A long sentence the model doubts, away from the article (a sure furniture line between).
INTRO = (
    "Seit Jahren warten die Radfahrer in der Stadt auf eine sichere Verbindung zwischen der "
    "Altstadt und dem Hafen, nun kommt sie endlich."
)
FURNITURE = {"B": 0.01, "H": 0.0, "O": 0.99}
ARTICLE = {"B": 0.95, "H": 0.01, "O": 0.04}


class Fixed:
    """A stand-in line model: probabilities by the line's text."""

    def __init__(self, table: dict[str, dict[str, float]], default: dict[str, float]) -> None:
        self.table, self.default = table, default

    def marginals(self, lines: Sequence[L.Line], links=()) -> list[dict[str, float]]:  # type: ignore[no-untyped-def]
        return [self.table.get(ln.text, self.default) for ln in lines]


def _analyse(parts: list[str], table: dict[str, dict[str, float]]):  # type: ignore[no-untyped-def]
    model = Fixed({**{p: ARTICLE for p in PARAGRAPHS}, **table}, FURNITURE)
    with line_model.use(model):  # type: ignore[arg-type]
        return analyze_text("\n\n".join(parts) + "\n", only=["layout"])


def test_a_long_sentence_is_removed_only_when_the_model_is_sure() -> None:
    parts = [*MENU, INTRO, "Bildergalerie", HEADLINE, *PARAGRAPHS, *FOOTER]
    head = {HEADLINE: {"B": 0.1, "H": 0.8, "O": 0.1}}
    for p_out, kept in ((0.8, True), (D.PROSE_P + 0.05, False)):
        a = _analyse(parts, {**head, INTRO: {"B": 1 - p_out, "H": 0.0, "O": p_out}})
        assert (INTRO in a.text) is kept
    # a short line is removed at the usual bar
    label = "Alle Meldungen im Überblick"
    a = _analyse([*parts, label], {**head, label: {"B": 0.2, "H": 0.0, "O": 0.8}})
    assert label not in a.text
    # a page whose article the model is sure of: the doubted sentence goes at the usual bar
    sure = {p: {"B": 0.99, "H": 0.0, "O": 0.01} for p in PARAGRAPHS}
    more = [" ".join([p] * 4) for p in PARAGRAPHS]  # over SURE_WORDS sure words
    assert sum(len(p.split()) for p in more) >= D.SURE_WORDS
    a = _analyse([*MENU, INTRO, "Bildergalerie", HEADLINE, *more, *FOOTER],
                 {**head, **sure, **{p: sure[PARAGRAPHS[0]] for p in more},
                  INTRO: {"B": 0.2, "H": 0.0, "O": 0.8}})  # fmt: skip
    assert INTRO not in a.text


def test_a_bare_von_with_the_names_on_the_lines_below_is_the_byline() -> None:
    parts = [*MENU, HEADLINE, "22.04.2024", "Foto: Anna Beck/dpa", "Bildergalerie", "Von",
             "Jasper Riemann", "Barbara Schneider", *PARAGRAPHS, *FOOTER]  # fmt: skip
    a = _analyse(parts, {HEADLINE: {"B": 0.1, "H": 0.8, "O": 0.1}})
    assert a.meta.authors == ["Jasper Riemann", "Barbara Schneider"]
    assert a.meta.published == datetime(2024, 4, 22)


def test_image_placeholders_do_not_push_the_date_away_from_the_article() -> None:
    text = "\n".join([*MENU, "22.04.2024, 17:26 Uhr", *["*"] * 8, *PARAGRAPHS])
    lines = split_lines(text)
    for line in lines[: len(MENU)]:
        line.set(removed=L.RemovedKind.BOILERPLATE, reason=L._MODEL_REASON)
    found: dict[str, object] = {}
    find_page_meta(lines, furniture(), None, found)
    assert found["published"] == datetime(2024, 4, 22, 17, 26)
    # eight lines with letters between are too far
    text = text.replace("*", "Anzeige")
    lines = split_lines(text)
    found = {}
    find_page_meta(lines, furniture(), None, found)
    assert "published" not in found


def test_the_headline_shares_words_with_the_lead() -> None:
    menu_item = "Hilfe und Service"
    parts = [*MENU, menu_item, "Teilen", HEADLINE, "22.04.2024", *PARAGRAPHS, *FOOTER]
    table = {menu_item: {"B": 0.1, "H": 0.8, "O": 0.1}, HEADLINE: FURNITURE}
    a = _analyse(parts, table)
    assert a.headline is not None and a.headline.text == HEADLINE
    # a headline that shares words with the lead stays, whatever stands above it
    other = "Neuer Radweg für die Altstadt"
    table = {HEADLINE: {"B": 0.1, "H": 0.8, "O": 0.1}, other: FURNITURE}
    a = _analyse([*MENU, other, HEADLINE, "22.04.2024", *PARAGRAPHS, *FOOTER], table)
    assert a.headline is not None and a.headline.text == HEADLINE


def test_credits_are_no_headline_candidates() -> None:
    fur = furniture()
    for text in ("Bildrechte: picture alliance/dpa | Anna Beck",
                 "Die Wolken über der Stadt am Freitag (Wetterdienst/Archiv)"):  # fmt: skip
        (line,) = split_lines(text + "\n")
        assert L._headline_fit(line, fur) < 0.5, text


def test_a_markdown_heading_loses_its_marker_but_a_hashtag_keeps_it() -> None:
    parts = [*MENU, f"# {HEADLINE}", "22.04.2024", *PARAGRAPHS, "## Wie es weitergeht",
             "#Radweg ist das Stichwort der Woche in der Stadt.", *FOOTER]  # fmt: skip
    table = {f"# {HEADLINE}": {"B": 0.1, "H": 0.8, "O": 0.1}, **{p: ARTICLE for p in parts[-8:-6]}}
    a = _analyse(parts, table)
    assert a.headline is not None and a.headline.text == HEADLINE
    texts = {b.text for b in a.blocks}
    assert "Wie es weitergeht" in texts
    assert "#Radweg ist das Stichwort der Woche in der Stadt." in texts


def test_a_line_above_a_photo_credit_is_a_caption_not_the_headline() -> None:
    caption = "Der Bürgermeister stellt die Pläne für den Radweg im Rathaus vor"
    parts = [*MENU, caption, "Foto: Anna Beck/dpa", HEADLINE, "22.04.2024", *PARAGRAPHS,
             *FOOTER]  # fmt: skip
    lines = split_lines("\n".join(parts))
    fits = L._headline_fits(lines, furniture())
    at = {ln.text: f for ln, f in zip(lines, fits, strict=True)}
    assert at[caption] == L.ABOVE_CREDIT_FIT
    assert at[HEADLINE] == 1.0
    # the model doubts both, a little more the headline: the caption is still passed over
    table = {caption: {"B": 0.1, "H": 0.6, "O": 0.3}, HEADLINE: {"B": 0.1, "H": 0.5, "O": 0.4}}
    a = _analyse(parts, table)
    assert a.headline is not None and a.headline.text == HEADLINE


def test_the_byline_is_read_beside_a_headline_found_by_the_lead() -> None:
    # the model finds no headline: the one that shares words with the lead anchors the byline,
    # which stands too far above the article's first paragraph to be read from there
    photo = "Radfahrer am Fluss"
    tools = ["Teilen", "Merken", "Drucken", "Artikel anhören", "Kommentare"]
    parts = [*MENU, HEADLINE, "Von Anna Beck", "22.04.2024", photo, "Foto: Jan Ott/dpa",
             *tools, *PARAGRAPHS, *FOOTER]  # fmt: skip
    a = _analyse(parts, {HEADLINE: FURNITURE})
    assert a.headline is not None and a.headline.text == HEADLINE
    assert a.meta.authors == ["Anna Beck"]
    assert a.meta.published == datetime(2024, 4, 22)


def test_a_kicker_rendered_apart_is_joined_to_the_title_without_a_space_before_its_colon() -> None:
    a = analyze_text(f"Radverkehr : {HEADLINE}\n\n" + "\n\n".join(PARAGRAPHS) + "\n",
                     only=["layout"])  # fmt: skip
    assert a.meta.title == f"Radverkehr: {HEADLINE}"
    a = analyze_text(f"Radverkehr: {HEADLINE}\n\n" + "\n\n".join(PARAGRAPHS) + "\n",
                     only=["layout"])  # fmt: skip
    assert a.meta.title == f"Radverkehr: {HEADLINE}"


def test_a_date_with_slashes_is_read_day_first() -> None:
    from newsprobe.layout.metadata import parse_date
    from newsprobe.layout.page_meta import date_score

    stamp = "Zuerst veröffentlicht am 30/04/2024 - 16:17"
    assert date_score(stamp) >= 0.5
    assert parse_date(stamp) == datetime(2024, 4, 30)
    assert parse_date("Veröffentlicht 06/01/2026") == datetime(2026, 1, 6)
    assert date_score("Hilfe rund um die Uhr: 24/7 erreichbar") == 0.0


def test_a_von_byline_below_wins_over_names_alone_beside_the_date() -> None:
    tools = ["Anhören", "Merken", "Teilen", "Feedback"]
    byline = "Kolumne von Lars Brunckhorst"
    text = "\n".join([*MENU, HEADLINE, "Schwabinger Tor", "28. April 2023, 19:50 Uhr",
                      "Lesezeit: 2 min", *tools, byline, *PARAGRAPHS])  # fmt: skip
    lines = split_lines(text)
    for line in lines[: len(MENU)]:
        line.set(removed=L.RemovedKind.BOILERPLATE, reason=L._MODEL_REASON)
    found: dict[str, object] = {}
    find_page_meta(lines, furniture(), len(MENU), found)
    assert found["authors"] == ["Lars Brunckhorst"]
    # names alone beside the date are the byline when no "Von" line is there
    lines = split_lines(text.replace(byline, "Drucken"))
    found = {}
    find_page_meta(lines, furniture(), len(MENU), found)
    assert found["authors"] == ["Schwabinger Tor"]
