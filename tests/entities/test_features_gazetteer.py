"""The tagger's word-list features (places from GeoNames, ISO currencies and languages, the
hand-written organisation and product lists), quotes, acronyms after a name, and the
Wikipedia-only feature copies used in training.  Sentences written for these tests."""

from __future__ import annotations

from newsprobe.entities.features import gazetteers, sentence_features, word_lists
from newsprobe.entities.germeval import GoldSentence
from newsprobe.training.ner import _wiki_copies


def test_word_lists_load_with_their_kinds() -> None:
    words = word_lists()
    assert "place" in words["Trochtelfingen"]  # a small German town (GeoNames, ≥ 500)
    assert "place" in words["Mailand"]  # a German exonym of a large city
    assert "cur" in words["EUR"] and "cur" in words["Dollar"]
    assert "lang" in words["Englisch"]
    assert "subdiv" in words["Steiermark"]
    assert "orgname" in words["Infineon"] and "orgpart" in words["Sachs"]
    assert "miscname" in words["Xbox"]
    # place names that are ordinary German words are left out
    assert "Auch" not in words and "Essen" not in words
    assert gazetteers().words["Trochtelfingen"] == words["Trochtelfingen"]


def test_flags_reach_the_token_and_its_neighbours() -> None:
    words = ["Der", "Konzern", "Infineon", "zahlte", "50", "Euro", "in", "Münchens", "Süden"]
    feats = sentence_features(words, ["ART", "NN", "NE", "VVFIN", "CARD", "NN", "APPR", "NE", "NN"])
    assert "g:orgname" in feats[2]
    assert "1:g:orgname" in feats[1]  # the neighbour's flag
    assert "g:cur" in feats[5]
    assert "g:placeG" in feats[7]  # genitive of a listed place
    assert "wn=infineon|zahlte" in feats[2]
    assert "ppp=NN|NE|VVFIN" in feats[2]


def test_quotes_and_acronym_after_a_name() -> None:
    words = [
        "Der",
        "Film",
        "„",
        "Die",
        "Zauberflöte",
        "“",
        "lief",
        "beim",
        "Institut",
        "für",
        "Kriegsstudien",
        "(",
        "ISW",
        ")",
        ".",
    ]
    feats = sentence_features(words, [None] * len(words))
    assert [i for i, f in enumerate(feats) if "Q" in f] == [3, 4]
    assert [i for i, f in enumerate(feats) if "ACR" in f] == [10]


def test_wikipedia_sentences_get_domain_copies() -> None:
    feats = sentence_features(["Angela", "Merkel", "regiert"], ["NE", "NE", "VVFIN"])
    copies = _wiki_copies(feats[1])
    assert "wk|w=merkel" in copies and "wk|b" in copies
    assert all(c.startswith("wk|") for c in copies)
    wiki = GoldSentence(("A",), ("O",), "http://de.wikipedia.org/wiki/X")
    news = GoldSentence(("A",), ("O",), "http://www.example.de/a")
    assert not wiki.news and news.news


def test_name_list_marks_first_names_and_lower_case_twins() -> None:
    from newsprobe.entities.features import NameList

    names = NameList.build(
        [
            (("Anna", "Berger", "sagte", "Neue", "Zeiten"), ("B-PER", "I-PER", "O", "O", "O")),
            (("die", "neue", "Regel", "von", "Berger"), ("O", "O", "O", "O", "B-PER")),
        ]
    )
    assert "tnF" in names.get("Anna") and "tn:PER" in names.get("Anna")
    assert "tnF" not in names.get("Berger")
    assert names.get("Neue") == ("tlc",)  # "neue" is in the data too
    assert names.get("Zeiten") == ()
