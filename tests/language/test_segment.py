"""Sentences and tokens (language/segment.py, language/tokenizer.py): spaCy's rule-based
tokenizer and newsprobe's own rules for the places where it errs on news text."""

from __future__ import annotations

import pytest

from newsprobe.language.segment import spans
from newsprobe.language.tokenizer import KINDS, kind


def sentences(text: str, lang: str = "de") -> list[str]:
    return [text[s[0][0] : s[-1][1]] for s in spans(text, lang)]


def tokens(text: str, lang: str = "de") -> list[str]:
    return [text[a:b] for s in spans(text, lang) for a, b, _, _ in s]


def test_year_before_a_final_period_ends_the_sentence_and_loses_the_period() -> None:
    text = "Er wurde 1930 geboren und starb 2012. Heute erinnert ein Denkmal an ihn."
    assert sentences(text) == [
        "Er wurde 1930 geboren und starb 2012.",
        "Heute erinnert ein Denkmal an ihn.",
    ]
    assert tokens(text)[6:8] == ["2012", "."]
    # a number before a capitalised noun ends the sentence unless its context makes it ordinal
    assert len(sentences("Sie belegten Platz 3. Trainer Meier lobte das Team.")) == 2
    assert len(sentences("Die Feier zum 75. Geburtstag fand statt.")) == 1


def test_ordinals_and_dates_do_not_end_sentences() -> None:
    text = "Am 5. August 1930 kam er, am 12.03. ging er. Die 3. Liga spielt."
    assert sentences(text) == [
        "Am 5. August 1930 kam er, am 12.03. ging er.",
        "Die 3. Liga spielt.",
    ]
    assert "5." in tokens(text) and "12.03." in tokens(text)


def test_decimal_before_a_final_period() -> None:
    assert tokens("Die Quote stieg um 2,5. Das ist viel.")[4:6] == ["2,5", "."]
    assert len(sentences("Die Quote stieg um 2,5. Das ist viel.")) == 2


def test_ellipsis() -> None:
    assert sentences("Er zögerte ... Dann ging er.") == ["Er zögerte ...", "Dann ging er."]
    assert sentences("Er zögerte… Dann ging er.") == ["Er zögerte…", "Dann ging er."]
    # mid-sentence: before a lower-case word or a noun
    assert len(sentences("Er wollte … und dann kam nichts.")) == 1
    assert len(sentences("Wir wollten ... Geld für die Schule.")) == 1


def test_roman_numerals() -> None:
    text = "König Felipe VI. wurde gefeiert. Papst Benedikt XVI. sagte nichts."
    assert sentences(text) == [
        "König Felipe VI. wurde gefeiert.",
        "Papst Benedikt XVI. sagte nichts.",
    ]
    assert "VI." in tokens(text) and "XVI." in tokens(text)
    ended = "Gekrönt wurde Felipe VI. Er regiert seit 2014."
    assert sentences(ended) == ["Gekrönt wurde Felipe VI.", "Er regiert seit 2014."]
    assert tokens(ended)[3:5] == ["VI", "."]


def test_question_in_quotes_followed_by_comma_or_lower_case() -> None:
    assert len(sentences("„Wann?“, fragte sie. ")) == 1
    assert len(sentences("„Wann?“ fragte sie.")) == 1
    assert sentences("„Jetzt!“ Sie ging.") == ["„Jetzt!“", "Sie ging."]
    assert len(sentences('"When?" she asked.', "en")) == 1


def test_url_final_period() -> None:
    text = "Mehr unter www.example.com. Dann lesen Sie https://example.org/a.html. Ende"
    assert sentences(text) == [
        "Mehr unter www.example.com.",
        "Dann lesen Sie https://example.org/a.html.",
        "Ende",
    ]
    assert "www.example.com" in tokens(text) and "https://example.org/a.html" in tokens(text)


def test_sentence_starting_with_a_digit() -> None:
    text = "Armstrong flog zum Mond. 1969 betrat er ihn als erster Mensch."
    assert sentences(text) == ["Armstrong flog zum Mond.", "1969 betrat er ihn als erster Mensch."]


def test_abbreviations() -> None:
    text = "Das kostet z. B. 5 Mio. Euro, sagte Dr. Müller. Hefte usw. Die Regierung schwieg."
    assert sentences(text) == [
        "Das kostet z. B. 5 Mio. Euro, sagte Dr. Müller.",
        "Hefte usw.",
        "Die Regierung schwieg.",
    ]
    # a country's name is no abbreviation
    assert len(sentences("Er reiste nach Italien. Dort blieb er.")) == 2
    en = "Dr. Smith met Mr. Jones at 5 p.m. He left. The U.S. Army came."
    assert sentences(en, "en") == [
        "Dr. Smith met Mr. Jones at 5 p.m.",
        "He left.",
        "The U.S. Army came.",
    ]


def test_blank_line_ends_a_sentence() -> None:
    assert sentences("Erste Zeile ohne Punkt\n\nZweite Zeile") == [
        "Erste Zeile ohne Punkt",
        "Zweite Zeile",
    ]


def test_quotes_without_spaces_are_split_off() -> None:
    assert tokens("Sie sagte:„Nein!“Dann ging sie.")[:7] == [
        "Sie",
        "sagte",
        ":",
        "„",
        "Nein",
        "!",
        "“",
    ]


def test_offsets_are_exact_and_whitespace_is_never_a_token() -> None:
    text = "  Berlin\u00a0(dpa)\t–  Die\nRegierung hat 5\u202f% mehr.\n\n„Gut“, sagte sie.  "
    for sentence in spans(text, "de"):
        for a, b, k, space in sentence:
            assert text[a:b] and not text[a:b].isspace() and text[a:b] == text[a:b].strip()
            assert k in KINDS
            assert space == (b >= len(text) or text[b].isspace())


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("Haus", "regular"),
        ("75", "number"),
        ("2,5", "number"),
        ("10.000", "number"),
        ("5.", "ordinal"),
        ("VI.", "ordinal"),
        ("12.03.2024", "date"),
        ("14:30", "time"),
        ("Dr.", "abbreviation"),
        ("U.S.", "abbreviation"),
        ("„", "symbol"),
        ("%", "symbol"),
        ("https://example.org/a", "URL"),
        ("www.example.com", "URL"),
        ("news.de", "URL"),
        ("max@example.com", "email_address"),
        ("@dpa", "mention"),
        ("#Wahl2025", "hashtag"),
        (":-)", "emoticon"),
        ("😀", "emoticon"),
    ],
)
def test_token_kinds(word: str, expected: str) -> None:
    assert kind(word) == expected


def test_hashtags_mentions_and_emails_are_one_token() -> None:
    text = "Schreiben Sie an max@example.com oder @dpa_news #Wahl2025."
    found = [(text[a:b], k) for s in spans(text, "de") for a, b, k, _ in s]
    assert ("max@example.com", "email_address") in found
    assert ("@dpa_news", "mention") in found
    assert ("#Wahl2025", "hashtag") in found


def test_other_languages_get_generic_rules() -> None:
    assert sentences("Le président a parlé. Il est parti.", "fr") == [
        "Le président a parlé.",
        "Il est parti.",
    ]
    assert spans("", "de") == ()


def test_news_text_cases() -> None:
    # an abbreviation spaCy does not know, from newsprobe's list
    assert len(sentences("Eine Lawine in Hopfgarten (Bez. Kitzbühel) traf zwei Männer.")) == 1
    # a compound ordinal and an ordinal whose article stands a word before it
    assert len(sentences("Er schlug den Weltranglisten-357. Eric Quigley klar.")) == 1
    assert len(sentences("Es war sein bereits 150. Grand Prix in Monaco.")) == 1
    # a product name with digits, a unit and a doubled period before the end
    assert sentences("Google zeigte das Nexus 6P. Weitere Geräte folgen.") == [
        "Google zeigte das Nexus 6P.",
        "Weitere Geräte folgen.",
    ]
    assert len(sentences("Er fuhr 160 km/h. Eine Streife sah ihn.")) == 2
    assert len(sentences("Das gilt für Android und iOS.. Dass er kam, half.")) == 2
    # "!" and a period after it end one sentence, not two
    assert sentences("Ansonsten gilt: Weitermachen!. Reihen schließen.") == [
        "Ansonsten gilt: Weitermachen!.",
        "Reihen schließen.",
    ]
    # a bracket before a colon is no emoticon; an apostrophe inside a word stays in it
    assert tokens("Bürgermeister Hermann Manahl (VP): Ja.")[4:7] == ["VP", ")", ":"]
    assert "dell’Anima" in tokens("Die Kirche Santa Maria dell’Anima in Rom.")


def test_year_after_a_noun_with_an_article() -> None:
    assert len(sentences("Das geschah im Jahr 2004. Damals war alles anders.")) == 2
    assert len(sentences("Der Bau begann im März 2004. Der Verkäufer war eine Firma.")) == 2
    assert len(sentences("Er feierte im Februar den 60. Der Franzose ist Teamchef.")) == 2


def test_period_after_a_bracketed_ordinal_ends_the_sentence() -> None:
    text = "Das 1:0 erzielte Didavi (59.). Stuttgart blieb ruhig."
    assert sentences(text) == ["Das 1:0 erzielte Didavi (59.).", "Stuttgart blieb ruhig."]
    assert len(sentences("Sie gehen auf die Grundstücke (…). Achtung, sagen sie.")) == 2


@pytest.mark.parametrize("lang", ["de", "en", "xx"])
def test_tokenizer_has_spacy_blank_rules(lang: str) -> None:
    """The tokenizer built directly splits as ``spacy.blank(lang)`` does, where newsprobe's
    additions (quote infixes, abbreviations) do not apply."""
    import spacy

    from newsprobe.language.tokenizer import _tokenizer

    text = (
        "Berlin (dpa) - Die U.S. Army, z. B. Dr. Müller's Team, zahlte 2,5 Mio. Euro (ca. 10 %) "
        "am 3.10.2024 um 14:30 Uhr; see https://example.org/a?b=1 or mail@example.com :-) "
        "don't we? Er kam... Sie ging! #tag @handle 5km $10 3:0-Sieg US-Präsident."
    )
    blank = [t.text for t in spacy.blank(lang).tokenizer(text)]
    assert [t.text for t in _tokenizer(lang)(text)] == blank


def test_ellipsis_before_a_speaker_label_and_a_noun_that_is_no_abbreviation() -> None:
    text = "Salzburg wird Meister, weil ... Zeidler: Ich weiß es nicht."
    assert sentences(text) == ["Salzburg wird Meister, weil ...", "Zeidler: Ich weiß es nicht."]
    assert len(sentences("Er warnte vor dem Aussterben der Art. Bhutan folgte ihm.")) == 2


def test_spacy_is_imported_only_when_text_is_tokenised() -> None:
    import subprocess
    import sys

    code = (
        "import sys, newsprobe.cli, newsprobe.pipeline, newsprobe.language.segment\n"
        "assert 'spacy' not in sys.modules\n"
        "from newsprobe.language.segment import spans\n"
        "spans('Ein Satz.', 'de')\n"
        "assert 'spacy' in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=120)
