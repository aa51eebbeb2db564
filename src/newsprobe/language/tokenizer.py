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
import tomllib
from functools import cache, lru_cache
from importlib.resources import files
from typing import Any

#: spaCy languages used: German and English rules; every other language gets spaCy's
#: language-neutral rules ("xx").
_SPACY_LANGS = {"de": "de", "en": "en"}

#: Typographic quotation marks are never part of a word: split them off (spaCy treats them
#: as infixes only next to some characters).
_EXTRA_INFIXES = (r"[„“”»«]", r"(?<=[^\W\d_])[.!?:,](?=[„“”»«\"])")


@cache
def _tokenizer(lang: str) -> Any:
    """spaCy's tokenizer for ``lang`` with the rules ``spacy.blank(lang)`` would give it, built
    directly (a blank pipeline's configuration costs more than the tokenizer) plus newsprobe's
    infixes and abbreviations."""
    from spacy.lang.lex_attrs import LEX_ATTRS
    from spacy.symbols import ORTH
    from spacy.tokenizer import Tokenizer
    from spacy.util import (
        compile_infix_regex,
        compile_prefix_regex,
        compile_suffix_regex,
        get_lang_class,
    )
    from spacy.vocab import Vocab

    defaults = get_lang_class(lang).Defaults
    rules = dict(defaults.tokenizer_exceptions)
    for word in abbreviations(lang):
        rules[word] = [{ORTH: word}]
    return Tokenizer(
        Vocab(lex_attr_getters={**LEX_ATTRS, **defaults.lex_attr_getters}),
        rules=rules,
        prefix_search=compile_prefix_regex(defaults.prefixes or ()).search,
        suffix_search=compile_suffix_regex(defaults.suffixes or ()).search,
        infix_finditer=compile_infix_regex([*(defaults.infixes or ()), *_EXTRA_INFIXES]).finditer,
        token_match=defaults.token_match,
        url_match=defaults.url_match,
    )


@cache
def abbreviations(lang: str) -> tuple[str, ...]:
    """Abbreviations newsprobe adds to spaCy's (``sentence_rules.toml``)."""
    data = tomllib.loads(
        files("newsprobe.language").joinpath("sentence_rules.toml").read_text("utf-8")
    )
    return tuple(data[lang]["abbreviations"].split()) if lang in data else ()


def spacy_language(language: str | None) -> str:
    """The spaCy language whose rules tokenise ``language``."""
    return _SPACY_LANGS.get(language or "", "xx")


_ELLIPSIS_END = re.compile(r"\.\.\Z|…\.\Z")
_ROMAN = re.compile(r"(?=[IVXLC]{2})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})\Z")
#: Tokens that keep a final period: ordinals, dates, abbreviations ("5.", "Weltranglisten-39.",
#: "12.03.", "z.", "U.S."); every other token ending in one loses it ("2,5." "6P." "km/h.").
_PERIOD_KEEP = re.compile(r"(?:[^\W\d_]+-)?\d+\.|\d{1,2}\.\d{1,2}\.|(?:[^\W\d_]+\.)+")
#: A closing bracket with a colon or semicolon after a word is no emoticon: "(dpa):".
_BRACKET_PUNCT = re.compile(r"[)\]][:;]")


#: A run of this many characters without whitespace is tokenised in slices of LONG_SLICE:
#: spaCy strips affixes one at a time, searching the rest of the run each time, which is
#: quadratic in its length (1 MB of "„" took minutes).  Words are never this long.
_LONG_RUN = re.compile(r"\S{200,}")
LONG_SLICE = 100


def words(text: str, language: str | None) -> list[list[int]]:
    """``[start, end]`` of every token of ``text`` (whitespace is never a token)."""
    if _LONG_RUN.search(text) is None:
        return _words(text, language)
    out: list[list[int]] = []
    pos = 0
    pieces: list[tuple[int, int]] = []
    for m in _LONG_RUN.finditer(text):
        pieces.append((pos, m.start()))
        pieces += [(k, min(k + LONG_SLICE, m.end())) for k in range(m.start(), m.end(), LONG_SLICE)]
        pos = m.end()
    pieces.append((pos, len(text)))
    for start, end in pieces:
        if start < end:
            out += [[start + a, start + b] for a, b in _words(text[start:end], language)]
    return out


#: Lexemes spaCy's vocabulary may hold before the tokenizer is built afresh.  The tokenizer
#: adds every new word form to its vocabulary and every new chunk between spaces to its cache,
#: and frees neither: some 640 bytes a word form, 35 MB per 1,000 news articles, without end
#: in a long-running ingest worker.  A rebuild costs some 0.03 s and the cache's warm-up; at
#: this size it comes every few hundred articles and holds both at about 20 MB.
VOCAB_LIMIT = 30_000


def _words(text: str, language: str | None) -> list[list[int]]:
    lang = spacy_language(language)
    tokenizer = _tokenizer(lang)
    if len(tokenizer.vocab) > VOCAB_LIMIT:
        _tokenizer.cache_clear()  # the same rules, an empty vocabulary and cache
        tokenizer = _tokenizer(lang)
    doc = tokenizer(text)
    out: list[list[int]] = []
    for token in doc:
        word = token.text
        if word.isspace():
            continue
        start = token.idx
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
            elif _BRACKET_PUNCT.fullmatch(word):
                out.append([start, start + 1])
                start += 1
            elif (
                word[0].isalpha()
                and prev[1] - prev[0] == 1
                and text[prev[0]] in "’'"
                and len(out) > 1
                and out[-2][1] == prev[0]
                and text[prev[0] - 1].isalpha()
            ):
                out.pop()  # "dell" + "’" + "Anima": one word
                out[-1][1] = end
                continue
        if (
            len(word) > 1
            and word[-1] == "."
            and not _PERIOD_KEEP.fullmatch(word)
            and word[:-1].strip(".")
            and not _ELLIPSIS_END.search(word)
        ):
            out.append([start, end - 1])  # "2,5." "6P.": the period is punctuation
            start = end - 1
        out.append([start, end])
    return out


# -- token classes ---------------------------------------------------------------------------
_EMOJI = re.compile(
    "[\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff\ufe0f\u200d\U0001f1e6-\U0001f1ff]+\\Z"
)
_EMOTICON = re.compile(r"(?:[:;=][-'^o]?[()\[\]DPpOo/\\|*3]+|[()\[\]][-'^]?[:;=]|<3|\^\^|:-?\|)\Z")
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
_ORDINAL = re.compile(
    r"(?:[^\W\d_]+-)?\d+\.\Z|(?=[IVXLC]{2})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})\.\Z"
)
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
