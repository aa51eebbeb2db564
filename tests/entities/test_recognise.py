"""Features, the gazetteer and the merging rules of the recogniser, without the trained model."""

from __future__ import annotations

from newsprobe.entities.crf import Tagged
from newsprobe.entities.english import recognise_english
from newsprobe.entities.features import NameList, sentence_features, shape
from newsprobe.entities.recognise import gazetteer, recognise
from newsprobe.entities.roles import find_roles


def spans(found) -> set[tuple[int, int, str]]:
    return {(f.start, f.end, f.type) for f in found}


def test_shape() -> None:
    assert shape("Putin") == "Xx"
    assert shape("US-Institut") == "X-Xx"
    assert shape("2024") == "d"


def test_features_use_pos_gazetteers_and_context() -> None:
    words = ["Syriens", "Machthaber", "Assad", "floh", "."]
    feats = sentence_features(words, ["NE", "NN", "NE", "VVFIN", "$."])
    assert "pos=NE" in feats[0] and "g:loc" in feats[0] and "BOS" in feats[0]
    assert "g:role" in feats[1] and "1:g:per" in feats[1]
    assert "EOS" in feats[4]
    untagged = sentence_features(words, [None] * 5)
    assert "pos=_" in untagged[0]


def test_name_list_flags_and_jackknife_text_round_trip() -> None:
    names = NameList.build(
        [
            (["Merkel", "kam", "."], ["B-PER", "O", "O"]),
            (["Die", "Bank", "der", "Deutschen", "Bank"], ["O", "O", "O", "B-ORG", "I-ORG"]),
            (["Die", "Bank", "steht", "an", "der", "Bank"], ["O"] * 6),
        ]
    )
    assert names.get("Merkel") == ("tn:PER", "tn%hi")
    assert names.get("Bank") == ()  # a name part in 1 of 4 uses: below the share kept
    assert NameList.from_text(names.to_text()).flags == names.flags
    feats = sentence_features(["Frau", "Merkel"], ["NN", "NE"], names)
    assert "tn:PER" in feats[1] and "1:tn:PER" in feats[0]


def test_gazetteer_longest_match_and_genitive() -> None:
    words = ["Die", "Flucht", "Assads", "nach", "Russland", "und", "Frankfurt", "am", "Main"]
    found = {(s, e): {x.entry.kb_id for x in surfaces} for s, e, surfaces in gazetteer(words)}
    assert found[(2, 3)] == {"Q44329"}
    assert found[(4, 5)] == {"Q159"}
    assert found[(6, 9)] == {"Q1794"}


def test_common_words_need_the_tagger() -> None:
    words = ["Die", "Welt", "ist", "rund", "und", "Der", "Spiegel", "berichtet"]
    found = spans(
        recognise(words, ["ART", "NN", "VAFIN", "ADJD", "KON", "ART", "NN", "VVFIN"], None)
    )
    assert (1, 2, "ORG") not in found  # "Welt" alone: only with the tagger's support
    assert (5, 7, "ORG") in found  # "Der Spiegel" is unambiguous


class _FakeTagger:
    """Stands in for the CRF: returns fixed spans."""

    def __init__(self, spans: list[Tagged]) -> None:
        self.spans = spans

    def tag(self, words, tags):
        return self.spans


def test_tagger_spans_trimmed_to_the_known_name() -> None:
    words = ["Kremlchef", "gewährt", "Assad", "Asyl", ","]
    tags = ["NN", "VVFIN", "NE", "NN", "$,"]
    tagger = _FakeTagger([Tagged(2, 4, "PER", 0.8)])
    assert spans(recognise(words, tags, tagger)) == {(2, 3, "PER")}  # type: ignore[arg-type]


def test_acronym_in_parentheses_after_a_name() -> None:
    words = ["Das", "Zentrum", "für", "Studien", "(", "ZfS", ")", "warnt"]
    tagger = _FakeTagger([Tagged(1, 4, "ORG", 0.9)])
    found = recognise(words, ["ART", "NN", "APPR", "NN", "$(", "NE", "$(", "VVFIN"], tagger)
    assert (5, 6, "ORG") in spans(found)  # type: ignore[arg-type]
    assert [f.form for f in found if f.start == 5] == ["acronym"]


def test_roles() -> None:
    roles = {
        (r.start, r.end): r
        for r in find_roles(
            [
                "Syriens",
                "Machthaber",
                "Assad",
                "traf",
                "den",
                "Kremlchef",
                "und",
                "US-Präsident",
                "Biden",
                "sowie",
                "autoritäre",
                "Machthaber",
            ]
        )
    }
    assert roles[(0, 2)].country == "SYR" and "head_of_state:SYR" in roles[(0, 2)].offices
    assert roles[(5, 6)].office == "head_of_state:RUS"
    assert roles[(7, 8)].offices == ["head_of_state:USA"]
    generic = roles[(11, 12)]
    assert not generic.definite and not generic.offices  # a plural without article: nobody


def test_english_patterns() -> None:
    words = [
        "Officials",
        "told",
        "Maria",
        "Santos",
        "in",
        "Harwick",
        "that",
        "Acme",
        "Shipping",
        "Corporation",
        "had",
        "left",
        ".",
    ]
    found = spans(recognise_english(words))
    assert (2, 4, "PER") in found  # a known first name
    assert (5, 6, "LOC") in found  # after "in"
    assert (7, 10, "ORG") in found  # an organisation head word
    assert not any(s == 0 for s, _, _ in found)  # a capitalised sentence start is no name
