"""Words from spaCy's rule-based tokenizer (``spacy.blank``: no model, no download), with exact
character offsets, newsprobe's corrections and a token class (:attr:`Token.kind`) per token.

spaCy is imported on first use and each language's tokenizer is built once per process.
The corrections, all by newsprobe's own rules:

- typographic quotes („ “ ” » «) are split off a word even without a space ("sagte:„Nein");
- ``#`` and the word right after it are one token (a hashtag: "#Wahl2025");
- a period after digits stays on the token only where it can make an ordinal or a date
  ("5.", "1930.", "12.03."); "2,5." and "Wahl2025." lose it to a token of its own, so it can
  end a sentence;
- in German, a roman numeral and its period are one token ("Felipe VI.", an ordinal).

Whether an ordinal's or an abbreviation's period also ends a sentence is decided by
:mod:`newsprobe.language.segment`, which splits the period off where it does.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import Any

#: spaCy languages used: German and English rules; every other language gets spaCy's
#: language-neutral rules ("xx").
_SPACY_LANGS = {"de": "de", "en": "en"}

#: Typographic quotation marks are never part of a word: split them off (spaCy treats them
#: as infixes only next to some characters).
_EXTRA_INFIXES = (r"[„“”»«]", r"(?<=[^\W\d_])[.!?:,](?=[„“”»«\"])")


@cache
def _tokenizer(lang: str) -> Any:
    import spacy
    from spacy.util import compile_infix_regex

    nlp = spacy.blank(lang)
    tokenizer = nlp.tokenizer
    infixes = [*nlp.Defaults.infixes, *_EXTRA_INFIXES]
    tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    return tokenizer


def spacy_language(language: str | None) -> str:
    """The spaCy language whose rules tokenise ``language``."""
    return _SPACY_LANGS.get(language or "", "xx")


_ROMAN = re.compile(r"(?=[IVXLC]{2})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})\Z")
_DIGIT_PERIOD_KEEP = re.compile(r"\d+\.|\d{1,2}\.\d{1,2}\.")


def words(text: str, language: str | None) -> list[list[int]]:
    """``[start, end]`` of every token of ``text`` (whitespace is never a token)."""
    lang = spacy_language(language)
    doc = _tokenizer(lang)(text)
    out: list[list[int]] = []
    for token in doc:
        if token.is_space:
            continue
        start = token.idx
        word = token.text
        end = start + len(word)
        if out and out[-1][1] == start:
            prev = out[-1]
            if (
                text[prev[0] : prev[1]] == "#"
                and word[0].isalnum()
                and (prev[0] == 0 or not text[prev[0] - 1].isalnum())
            ):
                out.pop()  # "#" + "Wahl2025": a hashtag
                start = prev[0]
                word = text[start:end]
            elif lang == "de" and word == "." and _ROMAN.match(text, prev[0], prev[1]):
                prev[1] = end  # "VI" + ".": an ordinal
                continue
        if (
            len(word) > 2
            and word[-1] == "."
            and word[-2].isdigit()
            and not _DIGIT_PERIOD_KEEP.fullmatch(word)
        ):
            out.append([start, end - 1])  # "2,5." "Wahl2025.": the period is punctuation
            start = end - 1
        out.append([start, end])
    return out


# -- token classes ---------------------------------------------------------------------------
_EMOJI = re.compile(
    "[\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff\ufe0f\u200d\U0001f1e6-\U0001f1ff]+\\Z"
)
_EMOTICON = re.compile(
    r"(?:[:;=8xX][-'^o]?[()\[\]DPpOo/\\|*3]+|[()\[\]][-'^]?[:;=]|<3|\^\^|:-?\|)\Z"
)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+\Z")
_MENTION = re.compile(r"@\w+\Z")
_HASHTAG = re.compile(r"#\w+\Z")
_URL = re.compile(
    r"(?:(?:https?|ftp)://|www\.)\S+\Z"
    r"|[\w-]+(?:\.[\w-]+)*\.(?:[a-z]{2}|com|org|net|info|gov|edu|int|biz|online|news)(?:/\S*)?\Z",
    re.IGNORECASE,
)
_DATE = re.compile(
    r"\d{1,2}\.\d{1,2}\.(?:\d{2}|\d{4})?|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4}\Z"
)
_TIME = re.compile(r"(?:[01]?\d|2[0-4]):[0-5]\d(?::[0-5]\d)?\Z")
_NUMBER = re.compile(r"[+\-−±]?(?:\d[\d.,' ]*\d|\d)(?::\d+)?\Z")
_ORDINAL = re.compile(r"\d+\.\Z|(?=[IVXLC]{2})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})\.\Z")
_ABBREVIATION = re.compile(r"(?:[^\W\d_][^\W_]*\.)+\Z")
_ALNUM = re.compile(r"[^\W_]")

#: The token classes (:attr:`newsprobe.model.Token.kind`), for the documentation and tests.
KINDS = (
    "regular",
    "number",
    "ordinal",
    "date",
    "time",
    "abbreviation",
    "symbol",
    "URL",
    "email_address",
    "mention",
    "hashtag",
    "emoticon",
)


@lru_cache(maxsize=65536)
def kind(word: str) -> str:
    """The class of a token's text (see :data:`KINDS`)."""
    if _EMOJI.match(word) or _EMOTICON.match(word):
        return "emoticon"
    if not _ALNUM.search(word):
        return "symbol"
    if "@" in word:
        if _MENTION.match(word):
            return "mention"
        if _EMAIL.match(word):
            return "email_address"
    if word[0] == "#" and _HASHTAG.match(word):
        return "hashtag"
    if word[0].isdigit() or word[0] in "+-−±":
        if _DATE.match(word):
            return "date"
        if _TIME.match(word):
            return "time"
        if _ORDINAL.match(word):
            return "ordinal"
        if _NUMBER.match(word):
            return "number"
    if "." in word:
        if _ORDINAL.match(word):
            return "ordinal"
        if word[-1] == "." and _ABBREVIATION.match(word):
            return "abbreviation"
        if _URL.match(word):
            return "URL"
    elif "://" in word:
        return "URL"
    return "regular"
