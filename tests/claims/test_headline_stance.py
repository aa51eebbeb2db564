"""The headline check on headlines of every kind: figures in other words, labels, "X: …"
prefixes, the headline's own hedges, accusations, interested parties, relative-clause hedges,
a headline repeated in the body (articles written for these tests)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from newsprobe import analyze_text
from newsprobe.claims.numbers import quantities
from newsprobe.eval.base import EvalError
from newsprobe.eval.headlines import predicted_label, read_headlines
from newsprobe.eval.headlines import run as run_headlines
from newsprobe.model import Analysis, FindingVerdict


@dataclass
class _T:
    text: str


def _q(text: str, lang: str = "de") -> list[tuple[float, float, bool]]:
    return [(q.low, q.high, q.percent) for q in quantities([_T(w) for w in text.split()], lang)]


def test_figures_as_intervals() -> None:
    assert _q("Mehr als 20 Tote") == [(20.0, float("inf"), False)]
    low, high, percent = _q("Fast zwei Drittel der Züge")[0]
    assert percent and low < 64 < high
    assert _q("eine halbe Milliarde Euro")[0][:2] == (5e8, 5e8)
    assert _q("500 Millionen Euro")[0][:2] == (5e8, 5e8)
    assert _q("Zehntausende Haushalte")[0][:2] == (20_000, 99_999)
    assert _q("mehrere Hundert Fans")[0][:2] == (200, 999)
    assert _q("Der 2 : 1 Sieg am 12. Spieltag im Jahr 2027") == []
    assert _q("more than a dozen dead", "en") == [(12.0, float("inf"), False)]
    assert _q("10,000 jobs", "en")[0][:2] == (10_000, 10_000)
    assert _q("knapp die Hälfte")[0] == (42.5, 50.0, True)
    assert _q("neun von zehn Tumoren")[0] == (90.0, 90.0, True)


def test_a_question_headline_needs_only_its_topic() -> None:
    assert _verdict(_check("War der Fahrer zu schnell?", BUS)) == "supported"
    assert _verdict(_check("Kommt die Seilbahn nach Bremen?", BUS)) == "unsupported"


BUS = (
    "Bei einem Busunglück in den französischen Alpen sind am Sonntag 24 Menschen ums Leben "
    "gekommen. Das teilte die Präfektur in Grenoble mit.\n\n"
    "Nach ersten Erkenntnissen soll der Fahrer zu schnell unterwegs gewesen sein. Die "
    "Staatsanwaltschaft hat Ermittlungen aufgenommen."
)


def _check(headline: str, body: str, lang: str = "de") -> Analysis:
    return analyze_text(f"{headline}\n\n{body}", lang=lang)


def _verdict(analysis: Analysis) -> str:
    return predicted_label(analysis)


def test_a_figure_in_other_words_is_backed_and_a_wrong_one_is_not() -> None:
    assert _verdict(_check("Mehr als 20 Tote bei Busunglück in den Alpen", BUS)) == "supported"
    assert _verdict(_check("Mehr als 50 Tote bei Busunglück in den Alpen", BUS)) == "unsupported"


def test_dropped_hedge_is_overstated_and_own_hedge_is_not() -> None:
    over = _check("Busfahrer war zu schnell unterwegs", BUS)
    assert _verdict(over) == "overstated"
    assert "soll" in over.findings[0].reason
    assert over.findings[0].evidence, "the finding keeps its evidence"
    hedged = _check("Busfahrer soll zu schnell unterwegs gewesen sein", BUS)
    assert _verdict(hedged) == "supported"


def test_a_label_is_not_a_claim() -> None:
    body = (
        "Der Schauspieler Jan Morell hat in Berlin seinen neuen Film vorgestellt. Hunderte "
        "Fans warteten am Potsdamer Platz."
    )
    finding = _check("Jan Morell", body).findings[0]
    assert finding.verdict is FindingVerdict.NOT_A_CLAIM
    assert finding.reason.startswith("Keine Aussage")
    assert _verdict(_check("Das Interview im Wortlaut", body)) == "not_a_claim"
    assert _verdict(_check("Jan Morell stellt neuen Film in Berlin vor", body)) == "supported"


DISPUTE = (
    "Die Opposition im Landtag wirft der Landesregierung vor, beim Bau der neuen Stadthalle "
    "80 Millionen Euro verschwendet zu haben. Das sagte der Fraktionschef der Grünen, Malte "
    "Behrens, am Donnerstag.\n\n"
    "Das Finanzministerium wies den Vorwurf zurück. Der Landesrechnungshof prüft das Projekt."
)


def test_a_claim_only_an_interested_party_makes() -> None:
    over = _check("Landesregierung verschwendet 80 Millionen Euro bei Stadthalle", DISPUTE)
    assert _verdict(over) == "overstated"
    assert "Beteiligte" in over.findings[0].reason
    attributed = _check("Grüne: Regierung hat 80 Millionen Euro verschwendet", DISPUTE)
    assert _verdict(attributed) == "supported"
    accused = _check("Opposition wirft Landesregierung Verschwendung vor", DISPUTE)
    assert _verdict(accused) == "supported"


def test_an_accusation_stated_as_fact_is_overstated() -> None:
    body = (
        "Der Chemiekonzern Lanxor wird verdächtigt, jahrelang verunreinigtes Abwasser in den "
        "Rhein geleitet zu haben. Das Umweltamt ermittelt.\n\nProben werden im Labor untersucht."
    )
    over = _check("Lanxor leitete jahrelang verunreinigtes Abwasser in den Rhein", body)
    assert _verdict(over) == "overstated"
    assert "Vorwurf oder Verdacht" in over.findings[0].reason
    assert _verdict(_check("Verdacht: Lanxor soll Abwasser in den Rhein geleitet haben", body)) == (
        "supported"
    )


def test_media_report_prefix_and_another_outlets_story() -> None:
    body = (
        "Der Autozulieferer Brenner aus Schweinfurt steht nach Informationen des Handelsblatts "
        "vor der Insolvenz.\n\nEin Sprecher von Brenner wollte sich nicht äußern."
    )
    assert _verdict(_check("Autozulieferer Brenner ist pleite", body)) == "overstated"
    assert _verdict(_check("Medienbericht: Autozulieferer Brenner vor der Insolvenz", body)) == (
        "supported"
    )


def test_a_hedge_in_a_relative_clause_does_not_hedge_the_main_clause() -> None:
    body = (
        "A man who allegedly stole a painting from a museum in Leeds has been arrested, police "
        "said on Saturday.\n\nThe painting was recovered undamaged."
    )
    assert _verdict(_check("Man arrested in Leeds museum painting case", body, "en")) == (
        "supported"
    )
    assert _verdict(_check("Man stole painting from Leeds museum", body, "en")) == "overstated"


def test_the_headline_repeated_in_the_body_is_not_its_own_evidence() -> None:
    body = (
        "Stadt Wenden erhöht die Grundsteuer um 20 Prozent\n\n"
        "Der Stadtrat von Wenden hat über den Haushalt beraten. Eine Entscheidung über die "
        "Steuersätze wurde auf Januar vertagt."
    )
    analysis = _check("Stadt Wenden erhöht die Grundsteuer um 20 Prozent", body)
    assert _verdict(analysis) == "unsupported"


def test_each_part_of_a_coordinated_headline_needs_support() -> None:
    body = (
        "Ein Stromausfall hat am Mittwoch weite Teile von Kassel lahmgelegt. Ampeln fielen aus, "
        "der Straßenbahnverkehr wurde eingestellt, teilten die Stadtwerke mit.\n\n"
        "Ursache war ein Kabelbrand in einem Umspannwerk."
    )
    both = _check("Ampeln fallen aus, Straßenbahnen stoppen: Stromausfall in Kassel", body)
    assert _verdict(both) == "supported"
    one = _check("Ampeln fallen aus, Tunnel überflutet: Stromausfall in Kassel", body)
    assert _verdict(one) == "unsupported"


# -- the eval task ------------------------------------------------------------------------------
GOLD = """# test gold
=== x1 de
Die Stadt Leipzig hat einen neuen Geschäftsführer für den Thomanerchor gefunden: \
Emanuel Scobel übernimmt das Amt zum 1. April, teilte die Stadt am Dienstag mit.
---
supported\treal\tEmanuel Scobel wird Thomanerchor-Geschäftsführer
not_a_claim\tlabel\tThomanerchor Leipzig
"""


def test_headline_gold_is_read_and_scored(tmp_path: Path) -> None:
    path = tmp_path / "headlines_x.txt"
    path.write_text(GOLD, encoding="utf-8")
    items = read_headlines(path)
    assert [i.id for i in items] == ["x1.1", "x1.2"]
    assert items[0].text.startswith("Emanuel Scobel wird")
    result = run_headlines(path)
    names = {m.name for m in result.metrics}
    assert {"accuracy", "macro-F1", "overstated recall", "supported called overstated"} <= names
    assert result.get("newsprobe", "accuracy").value == 1.0  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "text, message",
    [
        ("=== x de\nBody.\n---\nmaybe\tkind\tHeadline\n", "unknown label"),
        ("=== x de\nBody without end\n", "no '---'"),
        ("supported\tkind\tHeadline\n", "expected label"),
        ("=== x\nBody\n---\n", "expected '=== <id> <lang>'"),
    ],
)
def test_bad_headline_gold_is_named(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(EvalError, match=message):
        read_headlines(path)


def test_bundled_headline_gold_is_well_formed() -> None:
    from newsprobe.eval.claims import gold_dir

    dev = read_headlines(gold_dir() / "headlines_dev.txt")
    test = read_headlines(gold_dir() / "headlines_test.txt")
    assert len(dev) + len(test) >= 150
    assert sum(1 for i in dev + test if i.language == "en") >= 40
    assert {i.label for i in test} == {"supported", "overstated", "unsupported", "not_a_claim"}


def test_fourth_headline_split_is_complete() -> None:
    from newsprobe.eval.claims import gold_dir
    from newsprobe.eval.headlines import UNSEEN

    test4 = read_headlines(gold_dir() / "headlines_test4.txt")
    assert len(test4) >= 100
    assert sum(1 for i in test4 if i.language == "en") >= 35
    assert {i.label for i in test4} == {"supported", "overstated", "unsupported", "not_a_claim"}
    assert "headlines_test4" not in UNSEEN  # read as a dev set from round 8 on


def test_fifth_headline_split_is_complete() -> None:
    from newsprobe.eval.claims import gold_dir
    from newsprobe.eval.headlines import UNSEEN

    test5 = read_headlines(gold_dir() / "headlines_test5.txt")
    assert len(test5) >= 120
    assert sum(1 for i in test5 if i.language == "en") >= 40
    assert {i.label for i in test5} == {"supported", "overstated", "unsupported", "not_a_claim"}
    kinds = {i.kind for i in test5 if i.label == "overstated"}
    assert {"interested", "plan", "partial", "forecast", "accusation", "generalised"} <= kinds
    assert "headlines_test5" not in UNSEEN  # read as a dev set from round 8 on
    # the training split of the same round is read, not cold
    train2 = read_headlines(gold_dir() / "headlines_train2.txt")
    assert len(train2) >= 70 and "headlines_train2" not in UNSEEN


def test_sixth_to_tenth_headline_splits_are_complete_and_only_the_newest_cold() -> None:
    from newsprobe.eval.claims import gold_dir
    from newsprobe.eval.headlines import UNSEEN

    for name in ("headlines_test6", "headlines_test7", "headlines_test8"):
        split = read_headlines(gold_dir() / f"{name}.txt")
        assert len(split) >= 120
        assert sum(1 for i in split if i.language == "en") >= 40
        labels = {"supported", "overstated", "unsupported", "not_a_claim"}
        assert {i.label for i in split} == labels
        # a realistic mix: most headlines are plainly supported (false alarms matter)
        assert sum(1 for i in split if i.label == "supported") > len(split) / 2
    assert "headlines_test11" in UNSEEN  # its mistakes are never listed
    assert "headlines_test10" not in UNSEEN  # read as a dev set from round 14 on
    assert "headlines_test9" not in UNSEEN  # read as a dev set from round 12 on
    assert "headlines_test8" not in UNSEEN  # read as a dev set from round 11 on
    assert "headlines_test7" not in UNSEEN  # read as a dev set from round 10 on
    assert "headlines_test6" not in UNSEEN  # read as a dev set from round 9 on
    test8 = read_headlines(gold_dir() / "headlines_test8.txt")
    kinds = {i.kind for i in test8 if i.label == "overstated"}
    assert {"accusation", "dropped_hedge", "interested", "plan", "forecast", "quantifier"} <= kinds
    # round 11's cold split: new bodies, every label, the same kinds of overstatement
    test9 = read_headlines(gold_dir() / "headlines_test9.txt")
    assert len(test9) >= 100 and sum(1 for i in test9 if i.language == "en") >= 30
    assert {i.label for i in test9} == {"supported", "overstated", "unsupported", "not_a_claim"}
    kinds = {i.kind for i in test9 if i.label == "overstated"}
    assert {"accusation", "suspicion", "dropped_hedge", "interested", "plan", "forecast"} <= kinds
    bodies = {i.text.split("\n\n", 1)[1] for i in test9}
    for name in ("headlines_test7", "headlines_test8"):  # no body of another split
        other = read_headlines(gold_dir() / f"{name}.txt")
        assert not bodies & {i.text.split("\n\n", 1)[1] for i in other}
    # round 12's cold split: new bodies, at least 30 % overstated, the kinds of the last note
    test10 = read_headlines(gold_dir() / "headlines_test10.txt")
    assert len(test10) >= 100 and sum(1 for i in test10 if i.language == "en") >= 30
    assert {i.label for i in test10} == {"supported", "overstated", "unsupported", "not_a_claim"}
    assert sum(1 for i in test10 if i.label == "overstated") >= 0.3 * len(test10)
    kinds = {i.kind for i in test10 if i.label == "overstated"}
    assert {"plan", "quantifier", "interested", "dropped_hedge", "suspicion"} <= kinds
    bodies = {i.text.split("\n\n", 1)[1] for i in test10}
    for name in ("headlines_test8", "headlines_test9"):  # no body of another split
        other = read_headlines(gold_dir() / f"{name}.txt")
        assert not bodies & {i.text.split("\n\n", 1)[1] for i in other}


def test_round14_cold_split_references_new_wikinews_articles() -> None:
    """test11 (round 14): real Wikinews headlines and variants over bodies no split used."""
    from newsprobe.training.gold import DataError, gold_dir, read_headlines

    path = gold_dir() / "headlines_test11.txt"
    text = path.read_text("utf-8")
    refs = {line.split()[-1] for line in text.splitlines() if line.startswith("=== ")}
    assert len(refs) >= 15 and all(r.startswith("@spkatt2023-news:") for r in refs)
    for other in gold_dir().glob("headlines_*.txt"):  # no article of another split
        if other != path:
            assert not refs & set(other.read_text("utf-8").split())
    with pytest.raises(DataError, match="empty"):  # the trainer never reads NC bodies
        read_headlines(path, [])
    labels = [line.split("\t")[0] for line in text.splitlines() if line.count("\t") == 2]
    assert len(labels) >= 100
    assert {"supported", "overstated", "unsupported"} <= set(labels)
