"""Closed word classes of German and English, written once for every layer that filters words.

Articles, function words, weekdays: the stop-word lists of story features, claim matching,
name normalising and speaker scoring are built from these sets (each adds what its own task
needs), so a word missing from one list is missing from none and added in one place.
All entries are lower case; callers casefold or lower-case before testing.
"""

from __future__ import annotations


def word_set(text: str) -> frozenset[str]:
    """The words of ``text`` (split at white space) as a set: a word list written as prose."""
    return frozenset(text.split())


DEFINITE_ARTICLES_DE = word_set("der die das des dem den")
INDEFINITE_ARTICLES_DE = word_set("ein eine einer eines einem einen")
ARTICLES_DE = DEFINITE_ARTICLES_DE | INDEFINITE_ARTICLES_DE
ARTICLES_EN = word_set("the a an")
ARTICLES = ARTICLES_DE | ARTICLES_EN
#: Dative and accusative articles and pronouns: a phrase they open is never a subject.
OBJECT_FORMS_DE = word_set("dem den einem einen ihm ihnen")

#: Articles, conjunctions, pronouns, auxiliaries, prepositions and particles: words that say
#: nothing about what an article or a claim is about.
FUNCTION_WORDS_DE = ARTICLES_DE | word_set(
    "und oder aber sich sie ihr ihre wir ist sind war waren wird werden wurde wurden "
    "hat haben hatte hatten mit von für auf aus bei nach vor über unter "
    "nicht auch noch schon nur sehr mehr als wie wenn dass"
)
FUNCTION_WORDS_EN = word_set(
    "the and for that with from this have has had was were are but not you they their "
    "there than then them his her its our out who whom which what when where why how "
    "will would could should can may might also after before over under into about "
    "more most other some such only own same very just been being does did done"
)
FUNCTION_WORDS = FUNCTION_WORDS_DE | FUNCTION_WORDS_EN

#: English verbs of saying, the frame of nearly every reported statement.
SAYING_EN = word_set("said says say told")
#: German modals and subjunctives of reported speech ("sei", "soll").
REPORTED_SPEECH_DE = word_set("sei seien soll sollen")

WEEKDAYS_DE = word_set("montag dienstag mittwoch donnerstag freitag samstag sonntag")
WEEKDAYS_EN = word_set("monday tuesday wednesday thursday friday saturday sunday")
#: Days named relative to today.
NEAR_DAYS_DE = word_set("heute gestern morgen")
NEAR_DAYS_EN = word_set("today yesterday")

#: German separable verb particles ("tritt zurück", "nimmt fest", "stellt vor"); the story
#: events read these, the headline matcher adds the longer and rarer ones it strips.
SEPARABLE_PARTICLES_DE = word_set(
    "ab an auf aus bei ein fest fort her hin los mit nach vor weg zu zurück zusammen"
)
