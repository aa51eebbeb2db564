"""Sentences and tokens of a text: spaCy's rule-based tokens (:mod:`.tokenizer`) and
newsprobe's own sentence-boundary rules.

A sentence ends after ``.``, ``!``, ``?`` or an ellipsis, together with the closing quotes and
brackets attached to it (``„Wann?“``), unless what follows shows that it goes on:

- a comma, semicolon, colon or a lower-case word (``„Wann?“, fragte sie``);
- after a period that belongs to an abbreviation, an ordinal or a date ("Dr.", "usw.", "5.",
  "Felipe VI.", "12.03."), a capitalised word that is not a *starter* — a closed-class word
  (article, pronoun, preposition, conjunction, frequent adverb, auxiliary) that is capitalised
  only at the start of a sentence.  So "am 5. August", "Felipe VI. wurde", "Dr. Müller" go on,
  while "Er wurde 1930. Heute ..." and "Bücher, Hefte usw. Die ..." end;
- a number's period ends a sentence before a capitalised noun too, unless the number is an
  ordinal by its context (after an article or "am", "zum", ... or before a month name);
- after an ellipsis, a capitalised word that is not a starter ("Wir wollten ... Geld").

A sentence that starts with a digit is no special case ("... den Mond. 1969 betrat ...").  A
period that ends a sentence after a number or roman numeral is split off it ("1930" + ".");
an abbreviation keeps its period, which then ends the sentence too.  A blank line always ends
one.  The word lists are in ``sentence_rules.toml``.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib.resources import files

from newsprobe.language.tokenizer import kind, spacy_language, words

#: A token as ``(start, end, kind, space_after)``, offsets relative to the text.
Span = tuple[int, int, str, bool]

_STOP = re.compile(r"[.!?‽]*[!?‽][.!?‽]*\Z|\.\.?\Z")
_ELLIPSIS = re.compile(r"(?:\.\.\.+|…+)[.!?]*\Z")
_ORDINAL_NUMBER = re.compile(r"(?:[^\W\d_]+-)?\d+\.\Z")
_DATE = re.compile(r"\d{1,2}\.\d{1,2}\.\Z")
_ROMAN = re.compile(r"(?=[IVXLC]{2})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})\.\Z")
_ABBREVIATION = re.compile(r"(?:[^\W\d_][^\W_]*\.)+\Z")
_CLOSERS = frozenset("“”\"'’‘»«)]}›‹")
_OPENERS = frozenset('„“"‚‘»«([{‹›–—-')
_GOES_ON = frozenset((",", ";", ":"))

# what kind of candidate a token is
_NONE, _PUNCT, _ELLIPSE, _NUMBER, _ROMAN_NUM, _DATE_NUM, _ABBR = range(7)


@dataclass(frozen=True)
class Rules:
    starters: frozenset[str]  # lower case
    markers: frozenset[str]  # lower case
    months: frozenset[str]
    never_final: frozenset[str]


@cache
def rules(lang: str) -> Rules:
    """The word lists for a spaCy language ("xx": German's and English's together)."""
    data = tomllib.loads(
        files("newsprobe.language").joinpath("sentence_rules.toml").read_text("utf-8")
    )
    langs = [lang] if lang in data else list(data)

    def words_of(key: str, lower: bool) -> frozenset[str]:
        found = {w for code in langs for w in data[code][key].split()}
        return frozenset(w.lower() for w in found) if lower else frozenset(found)

    return Rules(
        starters=words_of("starters", True),
        markers=words_of("ordinal_markers", True),
        months=words_of("months", False),
        never_final=words_of("never_final", False),
    )


def _candidate(word: str) -> int:
    last = word[-1]
    if last not in ".!?…‽":
        return _NONE
    if _STOP.match(word):
        return _PUNCT
    if _ELLIPSIS.match(word):
        return _ELLIPSE
    if len(word) < 2 or last != ".":
        return _NONE
    if _ORDINAL_NUMBER.match(word):
        return _NUMBER
    if _DATE.match(word):
        return _DATE_NUM
    if _ROMAN.match(word):
        return _ROMAN_NUM
    if _ABBREVIATION.match(word):
        return _ABBR
    return _NONE


def _ends(
    text: str, toks: list[list[int]], i: int, j: int, what: int, first: int, r: Rules
) -> bool:
    """Whether the sentence ends after token ``j`` (the candidate ``i`` plus its closers)."""
    n = len(toks)
    word = text[toks[i][0] : toks[i][1]]
    prev = text[toks[i - 1][0] : toks[i - 1][1]] if i > first else ""
    # an ordinal's marker may stand before an adverb: "seinem bereits 150.", "der insgesamt 3."
    before = text[toks[i - 2][0] : toks[i - 2][1]].lower() if i - 1 > first else ""
    marked = prev.lower() in r.markers or (prev[:1].islower() and before in r.markers)
    if j + 1 >= n:  # the end of the text: only whether a number's period is the sentence's
        return what != _NUMBER or not marked
    nxt = text[toks[j + 1][0] : toks[j + 1][1]]
    if nxt in _GOES_ON:
        return False
    m = j + 1
    while m < n - 1 and text[toks[m][0] : toks[m][1]] in _OPENERS:
        m += 1
    follow = text[toks[m][0] : toks[m][1]]
    head = follow[0]
    if head.islower():
        return False
    starter = head.isupper() and follow.lower() in r.starters
    if what == _PUNCT:
        return True
    if what == _ELLIPSE:  # a starter, or a speaker's label: "... Zeidler: Ich weiß"
        label = m + 1 < n and text[toks[m + 1][0] : toks[m + 1][1]] == ":"
        return starter or (head.isupper() and label)
    if i == first:  # "1." or "Dr." opening a sentence (list numbers, titles) ends nothing
        return False
    if what == _ABBR:
        return starter and word not in r.never_final
    if what in (_ROMAN_NUM, _DATE_NUM):
        return starter
    # a number's period ("1930.", "75.", "5.")
    if starter:
        return True
    if follow in r.months or marked:
        return False
    digits = len(word) - 1 - word.rfind("-") - 1 if "-" in word else len(word) - 1
    if head.isdigit():
        return digits == 4
    if not head.isupper():
        return False
    return digits >= 4 or (prev[:1].isalpha() and not prev[-1:].isdigit())


def _sentences(text: str, language: str | None) -> list[list[list[int]]]:
    lang = spacy_language(language)
    toks = words(text, lang)
    if not toks:
        return []
    r = rules(lang)
    out: list[list[list[int]]] = []
    first = 0
    i = 0
    n = len(toks)
    while i < n:
        end = i
        word = text[toks[i][0] : toks[i][1]]
        what = _candidate(word)
        split = False
        if what != _NONE:
            j = i
            while j + 1 < n and toks[j + 1][0] == toks[j][1]:
                after = text[toks[j + 1][0] : toks[j + 1][1]]
                if _STOP.match(after):
                    what = _PUNCT  # "(59.)." "(…)." "!.": a plain end follows
                elif not (after in _CLOSERS or _ELLIPSIS.match(after)):
                    break
                j += 1  # closing quotes and brackets, more end punctuation: "!“", "!."
            if _ends(text, toks, i, j, what, first, r):
                end, split = j, True
            else:
                end = j
        if not split and end + 1 < n:
            a, b = toks[end][1], toks[end + 1][0]
            split = b - a > 1 and text.count("\n", a, b) >= 2  # a blank line

        if split or end + 1 >= n:
            if what in (_NUMBER, _ROMAN_NUM) and split:
                start, stop = toks[i]
                toks[i : i + 1] = [[start, stop - 1], [stop - 1, stop]]
                end += 1
                n += 1
            out.append(toks[first : end + 1])
            first = end + 1
        i = end + 1
    return out


def _as_spans(text: str, sentence: list[list[int]]) -> list[Span]:
    n = len(text)
    return [(a, b, kind(text[a:b]), b >= n or text[b].isspace()) for a, b in sentence]


#: Short blocks repeat across a corpus (credits, datelines, "Foto: APA", boilerplate): their
#: tokens are kept, up to this many blocks of at most ``_REPEAT_CHARS`` characters.
_REPEATS = 2048
_REPEAT_CHARS = 300


def spans(text: str, language: str | None, sentences: bool = True) -> Sequence[Sequence[Span]]:
    """Sentences of ``(start, end, kind, space_after)`` tokens over ``text`` (offsets relative
    to ``text``, exact); with ``sentences=False`` one list of all tokens."""
    lang = spacy_language(language)
    if len(text) > _REPEAT_CHARS:
        return _split(text, lang, sentences)
    return _split_short(text, lang, sentences)


@lru_cache(maxsize=_REPEATS)
def _split_short(text: str, language: str, sentences: bool) -> tuple[tuple[Span, ...], ...]:
    return tuple(tuple(tokens) for tokens in _split(text, language, sentences))


def _split(text: str, language: str | None, sentences: bool) -> list[list[Span]]:
    found = [_as_spans(text, s) for s in _sentences(text, language)]
    if sentences or len(found) < 2:
        return found
    return [[t for s in found for t in s]]
