"""The ``pos`` component: STTS tags, lemmas and the mood of German finite verbs."""

from __future__ import annotations

import pytest

from newsprobe import analyze_text
from newsprobe.language.pos import guess_tag, tag_german, verb_mood


def _tokens(text: str, lang: str = "de") -> dict[str, tuple[str | None, str | None, str | None]]:
    analysis = analyze_text(text, lang=lang, only=["pos"])
    return {t.text: (t.pos, t.lemma, t.mood) for t in analysis.tokens}


def test_german_tags_lemmas_and_konjunktiv() -> None:
    got = _tokens(
        "Der Minister habe die Truppen abgezogen. Ihrer Meinung nach passe das nicht. "
        "Er sagte, es wäre besser. Die Soldaten seien gekommen."
    )
    assert got["Minister"][0] == "NN"
    assert got["habe"] == ("VAFIN", "haben", "subj1")
    assert got["passe"][2] == "subj1"
    assert got["sagte"][2] == "ind" and got["sagte"][1] == "sagen"
    assert got["wäre"][2] == "subj2"
    assert got["seien"][2] == "subj1"
    assert got["Truppen"][1] == "Truppe"


def test_first_person_is_indicative() -> None:
    got = _tokens("Ich habe das gesagt, und ich passe auf.")
    assert got["habe"][2] == "ind"
    assert got["passe"][2] == "ind"


@pytest.mark.parametrize(
    ("form", "lemma", "ich", "mood"),
    [
        ("gebe", "geben", False, "subj1"),
        ("gebe", "geben", True, "ind"),
        ("könne", "können", False, "subj1"),
        ("sagte", "sagen", False, "ind"),
        ("hätten", "haben", False, "subj2"),
        ("kommt", "kommen", False, "ind"),
    ],
)
def test_verb_mood(form: str, lemma: str, ich: bool, mood: str) -> None:
    assert verb_mood(form, lemma, ich) == mood


def test_relative_pronoun_after_comma() -> None:
    assert tag_german(["Das", "Gesetz", ",", "das", "gilt"])[3] == "PRELS"


def test_english_gets_lemmas_without_tags() -> None:
    analysis = analyze_text(
        "The ministers said the talks were going well.", lang="en", only=["pos"]
    )
    lemmas = {t.text: t.lemma for t in analysis.tokens}
    assert lemmas["ministers"] == "minister" and lemmas["talks"] == "talk"
    assert all(t.pos is None and t.mood is None for t in analysis.tokens)


def test_forms_outside_the_table_get_a_suffix_guess() -> None:
    from newsprobe.language.pos import form_table, lexical_tag

    for form in ("zurückgeschickt", "hinterlasse", "Kremlchefin", "2031"):
        assert form not in form_table()
    assert lexical_tag("zurückgeschickt") == "VVPP"
    assert lexical_tag("hinterlasse") == "VVFIN"
    assert lexical_tag("Kremlchefin") in ("NN", "NE")
    assert lexical_tag("2031") == "CARD"


def test_table_holds_hanta_analyses() -> None:
    from newsprobe.language.pos import form_table

    table = form_table()
    assert len(table) > 20_000
    assert table["sagte"] == "VVFIN" and table["Regierung"] == "NN"


def test_lexicon_konjunktiv_forms_are_finite_verbs() -> None:
    got = _tokens("Die Kosten lägen bei zehn Millionen. Sie hätten das gewusst.")
    assert got["lägen"][0] == "VVFIN" and got["lägen"][2] == "subj2"
    assert got["hätten"][0] == "VAFIN" and got["hätten"][2] == "subj2"


def _tags(sentence: str) -> dict[str, str]:
    words = sentence.split()
    return dict(zip(words, tag_german(words), strict=True))


@pytest.mark.parametrize(
    ("sentence", "word", "tag"),
    [
        ("Die Preise steigen .", "steigen", "VVFIN"),
        ("Sie sagt , dass die Experten einen Anstieg erwarten .", "erwarten", "VVFIN"),
        ("Die Preise steigen und die Löhne sinken .", "sinken", "VVFIN"),
        ("Er sagt , dass die Preise steigen werden .", "werden", "VAFIN"),
        ("Er sagt , dass die Preise steigen werden .", "steigen", "VVINF"),
        ("Die Regierung will die Preise senken .", "senken", "VVINF"),
        ("Sie plant , die Preise zu senken .", "senken", "VVINF"),
        ("Man rät , auf keinen Fall darauf einzugehen .", "einzugehen", "VVIZU"),
        # a Konjunktiv I form the lexicon lacks, guessed an adjective, is the clause's verb
        ("Er sagte , die Stadt brauche mehr Geld .", "brauche", "VVFIN"),
        ("Ihm drohe eine Strafe , sagte sie .", "drohe", "VVFIN"),
        # an adjective's "-e" form stays one, with or without a verb in its clause
        ("Die große Stadt wächst .", "große", "ADJA"),
        ("Die große Stadt .", "große", "ADJA"),
    ],
)
def test_a_clause_gets_a_finite_verb(sentence: str, word: str, tag: str) -> None:
    assert _tags(sentence)[word] == tag


def test_unknown_capitalised_words_are_no_verbs() -> None:
    assert guess_tag("Kanadierinnenverbände") in ("NN", "NE", "ADJA")
    assert guess_tag("ai-Bericht") == "NN"  # the compound's head decides


def test_demonstrative_after_comma_in_verb_second_clause() -> None:
    assert _tags("Er sagt , das sei falsch .")["das"] == "PDS"
    assert _tags("Das Gesetz , das gilt , ist neu .")["das"] == "PRELS"
    assert _tags("Das Gesetz , das gestern beschlossen wurde , gilt .")["das"] == "PRELS"


def test_fields_are_set_as_pydantic_sets_them(monkeypatch: pytest.MonkeyPatch) -> None:
    """Token.fill writes lemma, pos and mood without pydantic's ``__setattr__`` dispatch:
    the tokens come out as with plain assignments — values and fields set alike."""
    import newsprobe.model as model

    text = "Der Minister habe gesagt, die Preise steigen. Ich passe auf. Siehe https://x.de"

    def tokens() -> list[tuple[dict[str, object], set[str]]]:
        analysis = analyze_text(text, lang="de", only=["pos"])
        return [(t.model_dump(), set(t.model_fields_set)) for t in analysis.tokens]

    fast = tokens()
    monkeypatch.setattr(model, "_PLAIN_ASSIGNMENT", False)
    assert tokens() == fast
    assert any("mood" in fields for _, fields in fast)
    assert all({"lemma", "pos"} <= fields for _, fields in fast)
    english = analyze_text("The minister said prices rise.", lang="en", only=["pos"])
    assert all(
        t.lemma and t.pos is None and "pos" not in t.model_fields_set for t in english.tokens
    )
