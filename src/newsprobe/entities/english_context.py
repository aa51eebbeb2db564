"""English names typed by the words around them, where the name itself gives no cue.

:func:`newsprobe.entities.english.recognise_english` types a run of capitalised words by a
known first name, an organisation word or a locative preposition.  News English names most
people by their office first and often with a first name no list knows; these rules read
what stands around the run:

* **titles inside the run** — "Finance Minister Jane Doe", "US President Donald Trump",
  "Marine Corps Commandant Major General Arturo Rojas", "Secretary of State Marco Rubio":
  the words after the last title (and after an "of State" that belongs to it) are the
  person (:func:`after_title`);
* **a title before the run**, also in lower case — "chairman, CEO and president Craig
  Menear", "former area councillor Seabata Moeketsi" (:func:`title_word`);
* **an apposition that describes a person** — "Lee Baker, a certified financial planner",
  "Nazario Briguera, the bureau's spokesman" (:func:`person_apposition`);
* **a verb of saying beside a two- to four-word run** — "…, said Lee Baker.",
  "Seabata Moeketsi said" — whoever says something and has a first and a last name is a
  person; a run with an organisation word is typed ORG before these rules run
  (:func:`beside_saying`), and one that ends in a word that is never a name ("Home
  Depot", "General Motors") is a body's name (:func:`body_beside_saying`);
* **a first name before a place name** — "Jane Roma Smith" is a person, not "Roma" (the
  gazetteer's hit inside a name is dropped: :func:`inside_person_name`).
"""

from __future__ import annotations

from collections.abc import Sequence

#: English titles and offices before a name (lower case; compared without a final dot).
TITLES = frozenset(
    ["minister", "president", "secretary", "governor", "commandant", "colonel", "general",
     "brigadier", "major", "captain", "lieutenant", "sergeant", "admiral", "commander",
     "marshal", "chief", "chairman", "chairwoman", "chairperson", "chair", "ceo", "cfo",
     "coo", "cto", "director", "spokesman", "spokeswoman", "spokesperson", "inspector",
     "judge", "justice", "prosecutor", "attorney", "mayor", "senator", "sen", "rep", "gov",
     "representative", "congressman", "congresswoman", "chancellor", "premier", "king",
     "queen", "prince", "princess", "commissioner", "ambassador", "professor", "prof",
     "dr", "councillor", "councilor", "lawmaker", "economist", "analyst", "founder",
     "executive", "manager", "head", "leader", "deputy", "treasurer", "superintendent",
     "sheriff", "detective", "constable", "officer", "coach", "pope", "bishop", "rev",
     "cardinal", "father", "sister", "mr", "mrs", "ms", "sir", "dame", "lord", "lady",
     "speaker", "envoy", "adviser", "advisor", "researcher", "scientist", "lawyer",
     "owner", "partner", "editor", "reporter", "correspondent", "actor", "actress",
     "singer", "star", "player", "striker", "midfielder", "defender", "goalkeeper",
     "candidate", "nominee", "activist", "campaigner", "vice", "principal", "chief",
     "dean", "provost", "rector", "registrar", "auditor", "administrator", "controller"]
)  # fmt: skip
#: Person nouns an apposition opens with ("a certified financial planner", "the bureau's
#: spokesman"): the titles and a few more.
PERSON_NOUNS = TITLES | frozenset(
    ["planner", "nurse", "doctor", "teacher", "student", "farmer", "resident", "villager",
     "mother", "father", "son", "daughter", "wife", "husband", "widow", "victim", "witness",
     "survivor", "creator", "influencer", "designer", "writer", "author", "artist",
     "engineer", "developer", "entrepreneur", "investor", "trader", "worker", "employee",
     "member", "fan", "veteran", "pilot", "driver", "officer", "official", "politician",
     "diplomat", "historian", "professor", "expert", "consultant", "specialist",
     "psychologist", "surgeon", "physician", "pastor", "priest", "imam", "rabbi", "chef",
     "journalist", "photographer", "producer", "director", "filmmaker", "musician",
     "businessman", "businesswoman", "mayor", "head", "chair", "granny", "grandmother",
     "grandfather", "pensioner", "graduate", "lecturer", "economist", "strategist"]
)  # fmt: skip
#: Verb forms of saying beside a speaker's name.
SAYING = frozenset(
    ["said", "says", "added", "adds", "told", "tells", "explained", "noted", "wrote",
     "writes", "stated", "argued", "insisted", "claimed", "recalled", "continued",
     "warned", "announced", "confirmed", "denied", "admitted", "acknowledged", "asked",
     "replied", "responded", "stressed", "emphasised", "emphasized"]
)  # fmt: skip
#: Words after an apposition's article that may stand before its noun (adjectives, nouns
#: of a compound, a possessive's owner), at most this many.
_APPOSITION_WORDS = 5
_ARTICLES = frozenset(["a", "an", "the", "his", "her", "its", "their"])
#: "of" and its like inside a title ("Secretary of State").
_OF = frozenset(["of", "for"])


def name_word(word: str) -> bool:
    """Whether a capitalised word may be a name by the English tagger's lexicon (a proper
    noun among its readings): "Seabata", "Lee" may, "Later", "Former", "Economy" may not."""
    from newsprobe.language.pos_en import readings

    return "NNP" in readings(word, first=True)


def title_word(word: str) -> bool:
    """Whether ``word`` is an English title or office ("Minister", "president", "CEO",
    "Gov.")."""
    return word.lower().rstrip(".") in TITLES


def after_title(run: Sequence[str], first: frozenset[str] | set[str]) -> int | None:
    """Index in ``run`` where the person named after a title starts: "Finance Minister Jane
    Doe" -> 2, "Secretary of State Marco Rubio" -> 3; None where no title stands before a
    name in the run.  A known first name after the title starts the person at once."""
    last = max((k for k, w in enumerate(run) if title_word(w)), default=-1)
    if last < 0 or last == len(run) - 1:
        return None
    start = last + 1
    while start + 1 < len(run) and run[start].lower() in _OF:
        start += 2  # "Secretary of State …", "Minister for Health …"
    for k in range(start, len(run) - 1):
        if run[k] in first:  # "Commandant Major General Arturo Rojas": the first name
            start = k
            break
    if start >= len(run) or len(run) - start > 4 or run[start].lower() in _OF:
        return None
    return start


def name_end(run: Sequence[str], start: int) -> int:
    """Where a person's name after a title ends: before an "of" that opens a place or a
    body ("Sen. John Barrasso of Wyoming", "Tom Brown of Acme")."""
    for k in range(start + 1, len(run)):
        if run[k].lower() in _OF:
            return k
    return len(run)


def person_apposition(words: Sequence[str], end: int) -> bool:
    """Whether a person noun describes the run that ends before ``words[end]``: ", a
    certified financial planner", ", the bureau's spokesman", ", 54, a nurse"."""
    k = end
    if k >= len(words) or words[k] != ",":
        return False
    k += 1
    if k < len(words) and words[k].isdigit():  # an age: "Jane Doe, 54, a nurse"
        k += 2 if k + 1 < len(words) and words[k + 1] == "," else 1
    if k >= len(words) or words[k].lower() not in _ARTICLES:
        return False
    for j in range(k + 1, min(len(words), k + 1 + _APPOSITION_WORDS)):
        w = words[j]
        if w.lower() in PERSON_NOUNS:
            return True
        if w in (",", ".", ";", ":") or w.lower() in ("who", "which", "that"):
            return False
    return False


def beside_saying(words: Sequence[str], start: int, end: int) -> bool:
    """Whether a verb of saying stands right before or after the run (the run is its
    subject): "said Lee Baker", "Seabata Moeketsi said", "…, Kagiso Molefe, told" (an
    apposition between commas before the verb)."""
    before = words[start - 1].lower() if start > 0 else ""
    after = words[end].lower() if end < len(words) else ""
    if after == "," and start > 0 and words[start - 1] == "," and end + 1 < len(words):
        after = words[end + 1].lower()  # "A spokesperson for the ministry, X Y, told …"
    return before in SAYING or after in SAYING


def body_beside_saying(words: Sequence[str], start: int, end: int) -> bool:
    """Whether a run of two to four capitalised words beside a verb of saying is a body's
    name: its last word is a common noun the tagger never reads as a name ("Home Depot
    said", "said General Motors") — a person's surname is ("Seabata Moeketsi said")."""
    from newsprobe.language.pos_en import readings

    if not 2 <= end - start <= 4 or not beside_saying(words, start, end):
        return False
    last = words[end - 1]
    return last.isalpha() and "NNP" not in readings(last, first=False)


def inside_person_name(
    words: Sequence[str], start: int, end: int, first: frozenset[str] | set[str]
) -> bool:
    """Whether a gazetteer's hit ``[start, end)`` stands inside a person's name: after a
    known first name and before a capitalised word ("Jane Roma Smith", "Emma Roma
    Jayne")."""
    return (
        start > 0
        and words[start - 1] in first
        and end < len(words)
        and words[end][:1].isupper()
        and words[end].isalpha()
    )


def title_before(words: Sequence[str], start: int) -> bool:
    """Whether a title stands before the run, also one ending a list of titles in lower
    case ("chairman, CEO and president Craig Menear") or before a comma ("Former area
    councillor, Seabata Moeketsi, said")."""
    k = start - 1
    if k > 0 and words[k] == ",":
        k -= 1  # "Former area councillor, Seabata Moeketsi, said"
    return k >= 0 and title_word(words[k])
