"""Quotation marks: the ambiguous marks settled by the text's own style, and quotes that
are not closed where they should be (lost marks, ditto marks, elisions)."""

from __future__ import annotations

from newsprobe.attribution.marks import find_quotes


def outer(text: str, paragraphs: list[tuple[int, int]] | None = None) -> list[str]:
    return [
        text[q.inner_start : q.inner_end] for q in find_quotes(text, paragraphs) if q.depth == 0
    ]


def test_german_closing_mark_never_opens() -> None:
    # „…“ style: the “ after the first quote closes it and opens nothing.
    text = "„Wir bleiben“, sagte sie. Danach ging sie. „Morgen kommen wir wieder“, sagte er."
    assert outer(text) == ["Wir bleiben", "Morgen kommen wir wieder"]


def test_guillemets_point_the_way_the_text_uses_them() -> None:
    assert outer("Er sagte: »Wir bleiben hier.« Dann ging er.") == ["Wir bleiben hier."]
    assert outer("Er sagte: «Wir bleiben hier.» Dann ging er.") == ["Wir bleiben hier."]


def test_a_new_sentence_opening_a_quote_ends_one_that_lost_its_mark() -> None:
    text = "„Wir bleiben hier. Das ist sicher. Dann gehen wir. „Das ist neu“, sagte er."
    quotes = outer(text)
    assert quotes == ["Wir bleiben hier. Das ist sicher. Dann gehen wir.", "Das ist neu"]
    assert [q.closed for q in find_quotes(text) if q.depth == 0] == [False, True]


def test_a_closing_mark_alone_closes_a_quote_from_the_paragraph_start() -> None:
    # The second paragraph carries a quote on without an opening mark of its own.
    text = "Er sagte: „Wir bleiben.\n\nUnd wir kommen wieder.“ Dann ging er."
    paragraphs = [(0, 23), (25, len(text))]
    quotes = find_quotes(text, paragraphs)
    last = [q for q in quotes if q.depth == 0][-1]
    assert text[last.inner_start : last.inner_end] == "Und wir kommen wieder."
    assert not last.opened


def test_one_mark_closing_two_quotes() -> None:
    # The nested quote's mark also ends the outer one (which never got its own).
    text = "„Er nannte es das „absolute Ich“. Die Leute lachten darüber. Dann war Ruhe."
    quotes = [q for q in find_quotes(text) if q.depth == 0]
    assert len(quotes) == 1
    assert text[quotes[0].start : quotes[0].end] == "„Er nannte es das „absolute Ich“"


def test_ditto_marks_and_elisions_are_no_quotes() -> None:
    assert outer("Rente 4 % „ „ „ 56 1/2 „„ 3 % 101") == []
    assert outer("Wie geht 's dir? So 'n Zufall, sagte er.") == []


def test_a_straight_mark_opens_only_where_one_closes_it() -> None:
    # A stray straight mark in German text (a closing „…" whose opening got lost).
    text = 'Die „Zeitung" schrieb das. Er kam ohne Gepäck." Dann ging er.'
    assert outer(text) == ["Zeitung"]
    assert outer('Sie sagte: "Wir bleiben hier." Dann ging sie.') == ["Wir bleiben hier."]


def test_open_single_marks_do_not_run_to_the_paragraph_end() -> None:
    assert outer("Die ‚Reform kommt, sagte er. Dann war Schluss.") == []


def test_the_named_mark_sets_are_subsets_of_every_mark() -> None:
    from newsprobe.attribution import marks

    assert marks.QUOTE_MARKS == marks.DOUBLE_MARKS | marks.SINGLE_MARKS
    assert marks.GERMAN_MARKS < marks.DOUBLE_MARKS and "”" not in marks.GERMAN_MARKS
    assert marks.GERMAN_OPENING | marks.GERMAN_CLOSING | {'"'} == marks.GERMAN_MARKS
    assert marks.OPENING_MARKS | marks.CLOSING_MARKS <= marks.QUOTE_MARKS
    # every mark is found: a quote in each pair of marks
    for opening, closing in [("„", "“"), ("»", "«"), ("«", "»"), ("‚", "‘"), ('"', '"')]:
        found = find_quotes(f"Er sagte {opening}Nein{closing}.")
        assert [q.mark for q in found] == [opening], opening


def test_a_short_quoted_name() -> None:
    from newsprobe.attribution.marks import short_quoted_name

    assert short_quoted_name(["Aktion", "Deutschland", "hilft"])
    assert not short_quoted_name([])
    assert not short_quoted_name(["Das", "ist", "ein", "sehr", "langer", "Satz"])  # six words
    assert not short_quoted_name(["heise", "online"])  # lower case: no name
    assert short_quoted_name(["heise", "online"], capital=False)  # where only a name can stand
