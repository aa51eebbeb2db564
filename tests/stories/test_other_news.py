"""Another event with the same actors (:func:`newsprobe.stories.state.other_news`): a report
whose own news day is none of the story's and whose headline names nothing the story's
headlines name, or whose headline figures the story never names, is no candidate; a follow-up
that names the event's kind, its headline words or its figures still joins."""

from __future__ import annotations

import json

from newsprobe.api import analyze_text
from newsprobe.store.story_rows import StoryInput, StoryState
from newsprobe.stories.cluster import Clusterer
from newsprobe.stories.features import extract


def _item(n: int, terms: dict[str, float], time: str) -> StoryInput:
    return StoryInput(n, time, "de", f"o{n}", f"t{n}", json.dumps(terms), None, 0, None)


#: What a party congress story and every report of that weekend share: the party, the town,
#: the chair, the congress.
NAMES = {
    "e:np:org:gruenland-partei": 2.5,
    "e:np:city:kassel": 2.5,
    "e:np:name:per:sommer": 2.5,
    "w:partei": 2.0,
    "w:parteitag": 2.0,
    "w:delegierte": 1.0,
    "w:stimme": 1.0,
}
#: Saturday: the party elects its chair ("Grünland-Partei wählt Sommer zur Vorsitzenden").
ELECTION = {**NAMES, "t:vorsitzende": 0.0, "f:w6": 0.0, "d:w6": 0.0, "n:812": 0.5}
#: Sunday: the same congress adopts its programme ("… beschließt Wahlprogramm").
PROGRAMME = {**NAMES, "t:wahlprogramm": 0.0, "f:w7": 0.0, "d:w7": 0.0, "w:programm": 1.0}
SATURDAY, SUNDAY = "2027-03-13T17:00:00", "2027-03-14T15:00:00"


def _stories(*items: StoryInput) -> list[int]:
    return [a.story_id for a in Clusterer(pairs=False).add(list(items)).assignments]


def test_another_days_news_under_another_headline_is_apart() -> None:
    assert _stories(_item(1, ELECTION, SATURDAY), _item(2, PROGRAMME, SUNDAY)) == [1, 2]
    # without the day of its own news the report is judged as before (and joins)
    undated_news = {k: v for k, v in PROGRAMME.items() if not k.startswith("f:")}
    assert _stories(_item(1, ELECTION, SATURDAY), _item(2, undated_news, SUNDAY)) == [1, 1]


def test_a_follow_up_naming_the_story_joins() -> None:
    # the headline names what the story's headline names ("Vorsitzende" ~ "Parteivorsitzende")
    follow = {**PROGRAMME, "t:parteivorsitzende": 0.0}
    assert _stories(_item(1, ELECTION, SATURDAY), _item(2, follow, SUNDAY)) == [1, 1]
    # the same day of news: no check
    same_day = {**PROGRAMME, "f:w6": 0.0}
    del same_day["f:w7"]
    assert _stories(_item(1, ELECTION, SATURDAY), _item(2, same_day, SUNDAY)) == [1, 1]
    # the story's kind of event named in the lead: the event's follow-up
    classed = {**PROGRAMME, "v:vote": 0.0}
    assert _stories(_item(1, {**ELECTION, "v:vote": 0.0}, SATURDAY), _item(2, classed, SUNDAY)) == [
        1,
        1,
    ]


#: A jackpot won, and the next draw's jackpot: the same lottery, the same words, other figures.
JACKPOT = {
    "e:np:org:lotto-nord": 2.5,
    "e:np:region:niedersachsen": 2.5,
    "w:jackpot": 2.0,
    "w:ziehung": 1.0,
    "w:lottospieler": 1.0,
    "w:million": 1.0,
    "t:jackpot": 0.0,
    "t:million": 0.0,
}
WON = {**JACKPOT, "n:64": 0.5, "u:64": 0.0}
NEXT_DRAW = {**JACKPOT, "n:17": 0.5, "u:17": 0.0}


def test_headline_figures_apart_keep_another_draw_out() -> None:
    assert _stories(_item(1, WON, SATURDAY), _item(2, NEXT_DRAW, SUNDAY)) == [1, 2]
    # a report that recalls the story's figure anywhere is no other news
    recalls = {**NEXT_DRAW, "m:64": 0.0}
    assert _stories(_item(1, WON, SATURDAY), _item(2, recalls, SUNDAY)) == [1, 1]
    # a headline without figures is not compared
    plain = {k: v for k, v in NEXT_DRAW.items() if not k.startswith("u:")}
    assert _stories(_item(1, WON, SATURDAY), _item(2, plain, SUNDAY)) == [1, 1]


def test_reloaded_state_keeps_headlines_days_and_figures() -> None:
    """Incremental = from scratch: the story's headline nouns, figures and news days are
    rebuilt from its members' terms when the state is reloaded."""
    for first, second in ((ELECTION, PROGRAMME), (WON, NEXT_DRAW)):
        c = Clusterer(pairs=False)
        one = c.add([_item(1, first, SATURDAY)])
        state = StoryState(
            id=1,
            title="t1",
            first_time=SATURDAY,
            last_time=SATURDAY,
            last_article=1,
            articles=1,
            copies=0,
            outlets=["o1"],
            languages=["de"],
            vectors=[one.assignments[0].vector],
            terms=[json.dumps(first)],
            times=[SATURDAY],
        )
        reloaded = Clusterer.from_state(dict(c.df), [state], [], 1, SATURDAY)
        assert reloaded.add([_item(2, second, SUNDAY)]).assignments[0].story_id == 2
        assert c.add([_item(2, second, SUNDAY)]).assignments[0].story_id == 2


def test_features_carry_the_news_day_and_headline_figures() -> None:
    news = (
        "Segelflieger landet auf Rapsfeld bei Gütersloh\n\n"
        "Gütersloh – Ein Segelflugzeug hat am Sonntag auf einem Rapsfeld notlanden müssen. "
        "Der 52 Jahre alte Pilot blieb unverletzt, teilte die Polizei mit. "
        "Er war vom Flugplatz gestartet und hatte an Höhe verloren. "
        "Erst am Freitag war in der Nähe ein Motorflugzeug abgestürzt."
    )
    terms = extract(analyze_text(news, lang="de")).terms
    assert [t for t in terms if t.startswith("f:")] == ["f:w7"]  # the first day, not Friday
    figures = (
        "Lotto: Jackpot steigt auf 17 Millionen Euro\n\n"
        "Hannover – Bei der Ziehung am Samstag hat niemand sechs Richtige getippt."
    )
    terms = extract(analyze_text(figures, lang="de")).terms
    assert "u:17" in terms and terms["u:17"] == 0.0
    scene = (
        "Stille im Vereinsheim\n\n"
        "Die Kaffeetassen stehen noch auf dem Tisch. Niemand mag aufräumen. "
        "Der Trainer sitzt allein am Fenster. Am Samstag hatte der Verein den Aufstieg verpasst."
    )
    terms = extract(analyze_text(scene, lang="de")).terms
    assert "d:w6" in terms
    assert not any(t.startswith("f:") for t in terms)  # a scene names no news day first
