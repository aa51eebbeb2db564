"""Whole-page metadata (byline, date, headline) and the re-admission of doubted prose.

The pages are texts written for these tests; a stand-in line model gives fixed probabilities
so that each mechanism is tested on its own, independent of the shipped model's judgement.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from newsprobe.api import analyze_text
from newsprobe.layout import line_decode as D
from newsprobe.layout import line_model
from newsprobe.layout import lines as L
from newsprobe.layout.lexicon import furniture
from newsprobe.layout.lines import split_lines
from newsprobe.layout.metadata import parse_authors, split_names
from newsprobe.layout.page_meta import byline_names, date_score, find_page_meta, is_stamp
from newsprobe.model import BlockKind
from page_fixture import FOOTER, HEADLINE, MENU, PARAGRAPHS

SECOND_PART = (
    "Anwohner hatten sich seit Jahren für den Radweg eingesetzt und mehrere Petitionen bei der "
    "Stadt eingereicht."
)


class Fixed:
    """A stand-in line model: probabilities by the line's text."""

    def __init__(self, table: dict[str, dict[str, float]], default: dict[str, float]) -> None:
        self.table, self.default = table, default

    def marginals(self, lines: Sequence[L.Line], links=()) -> list[dict[str, float]]:  # type: ignore[no-untyped-def]
        return [self.table.get(ln.text, self.default) for ln in lines]


FURNITURE = {"B": 0.01, "H": 0.0, "O": 0.99}
ARTICLE = {"B": 0.95, "H": 0.01, "O": 0.04}
DOUBTED = {"B": 0.1, "H": 0.0, "O": 0.9}


def _page(byline: str, date: str) -> tuple[str, Fixed]:
    parts = [*MENU, HEADLINE, byline, date, *PARAGRAPHS, "Bildergalerie", SECOND_PART, *FOOTER]
    table = {p: ARTICLE for p in PARAGRAPHS}
    table[HEADLINE] = {"B": 0.1, "H": 0.8, "O": 0.1}
    table[byline] = table[date] = DOUBTED
    table["Bildergalerie"] = FURNITURE
    table[SECOND_PART] = DOUBTED
    return "\n\n".join(parts) + "\n", Fixed(table, FURNITURE)


def test_names_alone_beside_a_date_are_the_byline_of_a_whole_page() -> None:
    text, model = _page("Jasper Riemann", "Publiziert: 22.04.2024, 17:26 Uhr")
    with line_model.use(model):  # type: ignore[arg-type]
        analysis = analyze_text(text, only=["layout"])
    assert analysis.headline is not None and analysis.headline.text == HEADLINE
    assert analysis.meta.authors == ["Jasper Riemann"]
    assert analysis.meta.published == datetime(2024, 4, 22, 17, 26)
    kinds = {b.text: b.kind for b in analysis.blocks}
    assert kinds["Jasper Riemann"] is BlockKind.BYLINE
    assert kinds["Publiziert: 22.04.2024, 17:26 Uhr"] is BlockKind.DATELINE


def test_names_and_date_on_one_line() -> None:
    text, model = _page("Stefan Brandt , 26.04.2024 10:00 Uhr", "Lesedauer: 3 Minuten")
    with line_model.use(model):  # type: ignore[arg-type]
        analysis = analyze_text(text, only=["layout"])
    assert analysis.meta.authors == ["Stefan Brandt"]
    assert analysis.meta.published == datetime(2024, 4, 26, 10, 0)


def test_doubted_prose_next_to_the_article_is_kept() -> None:
    text, model = _page("Jasper Riemann", "22.04.2024")
    with line_model.use(model):  # type: ignore[arg-type]
        analysis = analyze_text(text, only=["layout"])
    assert SECOND_PART not in analysis.text  # a sure furniture line between: not next to it
    text = text.replace("Bildergalerie\n\n", "")  # the second part right below the article
    with line_model.use(model):  # type: ignore[arg-type]
        analysis = analyze_text(text, only=["layout"])
    assert SECOND_PART in analysis.text


def test_readmission_needs_prose_and_doubt() -> None:
    lines = split_lines("Ein kurzer Satz.\n\n" + PARAGRAPHS[0] + "\n\n" + SECOND_PART + "\n")
    probs = [DOUBTED, ARTICLE, DOUBTED]
    out, keep = [True, False, True], [False, True, False]
    D._readmit_prose(lines, probs, out, keep)
    assert out == [True, False, False]  # the short line stays out, the prose line comes back
    out, keep = [True, False, True], [False, True, False]
    D._readmit_prose(lines, [DOUBTED, ARTICLE, FURNITURE], out, keep)
    assert out == [True, False, True]  # the model is sure: it stays out


def test_a_caption_is_no_headline_candidate() -> None:
    fur = furniture()
    caption, headline = split_lines(
        "Der neue Radweg am Fluss. Foto: Anna Beck/dpa\n\nStadtrat beschließt neuen Radweg\n"
    )
    assert L._headline_fit(caption, fur) < 0.5
    assert L._headline_fit(headline, fur) == 1.0
    (count,) = split_lines("12 Kommentare\n")
    assert L._headline_fit(count, fur) < 0.5


def test_find_page_meta_prefers_the_stamp_near_the_headline() -> None:
    top = [HEADLINE, "Von Anna Beck", "3. Mai 2024, 17:47"]
    text = "\n".join([*top, *PARAGRAPHS, "Mehr zum Thema", "Ältere Meldung vom 19.03.2024"])
    lines = split_lines(text)
    found: dict[str, object] = {}
    find_page_meta(lines, furniture(), 0, found)
    assert found["authors"] == ["Anna Beck"]
    assert found["published"] == datetime(2024, 5, 3, 17, 47)
    assert not lines[-1].typed  # a date far below the top is not the article's


def test_byline_shapes() -> None:
    fur = furniture()
    assert split_names("Anna Beck und Jan Ott") == ["Anna Beck", "Jan Ott"]
    assert split_names("Adam Vidler and AP", fur.agencies) == ["Adam Vidler"]
    assert split_names("Latest News") == []
    assert split_names("Der Stadtrat tagt") == []
    assert split_names("Teilen Merken Drucken") == []
    assert parse_authors("Von Sina Berg Landespolitische Korrespondentin") == ["Sina Berg"]
    assert parse_authors("Von Johanna Ritter, Zürich") == ["Johanna Ritter"]
    assert parse_authors("Kolumne von Lars Brand") == ["Lars Brand"]
    assert parse_authors("Von Diana Reis mit AP") == ["Diana Reis"]
    assert byline_names("Anna Sommer / NEWS.EXAMPLE / Sep 2, 2024, 17:07 IST", fur) == [
        "Anna Sommer"
    ]
    assert date_score("Published Jun 05, 2026 • 3 minute read") == 1.0
    assert date_score("Archivbild (16.08.2024): Polizisten vor dem Rathaus der Stadt") < 0.3
    assert date_score("Der Stadtrat tagt wieder") == 0.0


def test_the_headline_stands_above_the_byline_when_the_model_finds_none() -> None:
    text, model = _page("Jasper Riemann", "22.04.2024, 17:26 Uhr")
    model.table[HEADLINE] = {"B": 0.05, "H": 0.0, "O": 0.95}  # the model sees no headline
    with line_model.use(model):  # type: ignore[arg-type]
        analysis = analyze_text(text, only=["layout"])
    assert analysis.headline is not None and analysis.headline.text == HEADLINE
    assert analysis.meta.title == HEADLINE


def test_a_dated_byline_far_from_a_wrong_headline_finds_the_article_top() -> None:
    promo = "Unsere Produkte im Überblick"  # a menu line the model takes for the headline
    filler = [f"Rubrik {name}" for name in MENU] + ["Magazin", "Archiv", "Podcasts A-Z"]
    top = [HEADLINE, "Von", "Anna Beck", "15.04.2025, 17:59 Lesezeit: 5 Min."]
    parts = [promo, *filler, *top, *PARAGRAPHS, *FOOTER]
    table = {p: ARTICLE for p in PARAGRAPHS}
    table[promo] = {"B": 0.1, "H": 0.8, "O": 0.1}
    model = Fixed(table, FURNITURE)
    with line_model.use(model):  # type: ignore[arg-type]
        analysis = analyze_text("\n\n".join(parts) + "\n", only=["layout"])
    assert analysis.meta.authors == ["Anna Beck"]
    assert analysis.meta.published == datetime(2025, 4, 15, 17, 59)
    assert analysis.headline is not None and analysis.headline.text == HEADLINE


def test_a_byline_with_its_date_on_one_line() -> None:
    line = "by Anna Sommer Apr. 28, 2023 1:15 pm"
    assert parse_authors(line) == ["Anna Sommer"]  # the names end at the date
    assert date_score(line) >= 0.8
    assert date_score("by the river on May 2, 2023, a crowd") < 0.5


def test_a_kicker_rendered_apart_loses_the_space_before_its_colon() -> None:
    from newsprobe.layout.component import _title
    from newsprobe.model import Block

    text = "Radweg am Fluss : Stadtrat sagt Ja"  # one headline line, kicker not split off
    head = Block(id=0, kind=BlockKind.HEADLINE, start=0, end=len(text), text=text)
    assert _title(text, None, head) == "Radweg am Fluss: Stadtrat sagt Ja"
    plain = "Stadtrat sagt Ja zum Radweg"
    head = Block(id=0, kind=BlockKind.HEADLINE, start=0, end=len(plain), text=plain)
    assert _title(plain, None, head) == plain


def test_a_date_stamp_taken_for_the_headline_is_the_dateline() -> None:
    stamp = "28. Juni 2025 - 16.03 Uhr"
    parts = [*MENU, stamp, HEADLINE, *PARAGRAPHS, *FOOTER]
    table = {p: ARTICLE for p in PARAGRAPHS}
    table[stamp] = {"B": 0.1, "H": 0.8, "O": 0.1}  # the model calls the stamp the headline
    with line_model.use(Fixed(table, FURNITURE)):  # type: ignore[arg-type]
        analysis = analyze_text("\n\n".join(parts) + "\n", only=["layout"])
    assert analysis.headline is not None and analysis.headline.text == HEADLINE
    assert analysis.meta.published is not None
    assert analysis.meta.published.date() == datetime(2025, 6, 28).date()
    assert is_stamp(stamp) and is_stamp("Wed, Oct 16, 2024 page1")
    assert not is_stamp("Am 5. Juni 2025 beschließt der Stadtrat einen neuen Radweg am Fluss")


def test_names_lose_footnote_marks_and_dates_take_a_comma() -> None:
    assert split_names("Anna Beck1, Jan Ott2") == ["Anna Beck", "Jan Ott"]
    assert split_names("Top 10") == []
    assert date_score("20 February, 2024") == 1.0


def test_a_by_sentence_is_no_byline() -> None:
    consent = (
        "By submitting your information you agree to the Terms & Conditions and Privacy Policy"
    )
    assert parse_authors(consent) == []
    assert parse_authors("Von dpa und Anna Beck") == ["Anna Beck"]
