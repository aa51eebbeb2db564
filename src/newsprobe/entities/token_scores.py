"""Label scores per token for the run-time name tagger, without building feature strings.

Training hands :func:`~newsprobe.entities.features.sentence_features` (strings) to crfsuite.
At run time a token's score for each label is the sum of the model's weights of those
strings, and most of them depend on one word only: its own features and what it contributes
as a neighbour at −2, −1, +1, +2.  Those five sums are cached per (word, tag) as one small
array; only the features that join two or three tokens ("ww=", "pp=", "ppp="…) and the
position features ("BOS", quotes, acronyms) are looked up per token, by value, in tables
split from the model's attribute list.

A new word's five sums come in two parts.  What depends on the word's spelling itself (the
lower-cased word, its prefixes and suffixes, hyphen parts) is a handful of lookups in tables
merged by key at load time.  Everything else (tag, shape, gazetteer and training-name flags,
capitalisation, digits, length) takes few distinct values: its five sums are computed once
per such *class* and added as one array.  Per batch, tag pairs and triples are looked up by
tag number in arrays, and word pairs only where both words may form one the model knows (bits
kept with each cached word).  ``tests/entities/test_linear_chain.py`` checks that the scores
equal the sums over the training-time strings.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

import numpy as np

from newsprobe.entities.features import (
    CASE_LETTERS,
    CLOSING_QUOTE,
    NameList,
    acronym,
    case_letter,
    gaz_flags,
    gazetteers,
    inside_quotes,
    shape,
)

_OFFSETS = ("-2", "-1", "1", "2")  # the order of features._neighbour
_NEXT = ("-1", "1")  # offsets that also carry s3= and the training-name flags
_GROUPS = 5  # own, −2, −1, +1, +2: the rows of a word's cached sums
_CONTEXT_TEMPLATES = ("w", "pos", "sh", "g", "s3", "tn")
_JOINED = ("ppp", "pp", "pn", "ww", "wn")
_OWN_TEMPLATES = (
    *("w", "sh", "pos", "pos2", "s2", "s3", "p3", "s4", "p4", "s5"),
    *("hf", "hl", "hfg", "hlg", "g"),
)
_OWN_FLAGS = ("b", "len0", "len1", "len2", "T", "U", "D", "H", "Hlow")
#: (word, tag) pairs whose sums are kept: a 1,000-article corpus has some 60,000, and each
#: costs some 500 bytes (sums, key, slot); when full the cache starts over.
_SCORED_WORDS = 65_536

_QUOTES = frozenset(CLOSING_QUOTE)  # opening quote marks
_NO_WORD: tuple[tuple[tuple[int, int], ...], int] = ((), 0)  # a word in no word table

Rows = list[tuple[int, int]]  # (group, model row) pairs


def _template(feature: str) -> tuple[str, str, str]:
    """ "w=merkel" → ("w", "=", "merkel"); "g:loc" → ("g", ":", "loc")."""
    template, sep, value = feature.partition("=")
    if not sep:
        template, sep, value = feature.partition(":")
    return template, sep, value


def _ends(pairs: dict[str, int]) -> tuple[frozenset[str], frozenset[str]]:
    """Strings that may stand left and right of the "|" of the keys "a|b" of ``pairs``
    (every "|" of a key taken as the joint: words may hold one too)."""
    left: set[str] = set()
    right: set[str] = set()
    for value in pairs:
        at = value.find("|")
        while at >= 0:
            left.add(value[:at])
            right.add(value[at + 1 :])
            at = value.find("|", at + 1)
    return frozenset(left), frozenset(right)


def _merge(*tables: tuple[int, dict[str, int]]) -> dict[str, tuple[tuple[int, int], ...]]:
    """Tables of one key (the same string at several offsets) → key: its (group, row) pairs."""
    merged: dict[str, list[tuple[int, int]]] = {}
    for group, table in tables:
        for value, row in table.items():
            merged.setdefault(value, []).append((group, row))
    return {k: tuple(v) for k, v in merged.items()}


#: The attribute tables :class:`TokenScores` looks features up in, as plain values (dicts,
#: tuples, strings, ints) so that they can be kept in the cache folder: per offset and template
#: of the neighbour features, per template of the joined and own features (value → model row),
#: per lower-cased word (its (group, row) pairs, its pair bits) and per three-letter suffix.
Tables = tuple[
    dict[str, dict[str, dict[str, int]]],
    dict[str, dict[str, int]],
    dict[str, dict[str, int]],
    dict[str, tuple[tuple[tuple[int, int], ...], int]],
    dict[str, tuple[tuple[int, int], ...]],
]


def _window_rows(attributes: dict[str, int], unknown: int) -> tuple[np.ndarray, np.ndarray] | None:
    """The model's rows of the window patterns ``cp=`` (±2) and ``cp1=`` (±1), indexed by the
    pattern read as a number in base 5 (:data:`CASE_LETTERS`); None for a model without them."""
    out = {5: np.full(5**5, unknown, dtype=np.intp), 3: np.full(5**3, unknown, dtype=np.intp)}
    found = False
    for feature, row in attributes.items():
        if feature.startswith("cp"):
            _, sep, value = feature.partition("=")
            if sep and len(value) in out and not value.strip(CASE_LETTERS):
                number = 0
                for letter in value:
                    number = number * 5 + CASE_LETTERS.index(letter)
                out[len(value)][number] = row
                found = True
    return (out[5], out[3]) if found else None


def _window_codes(cases: list[int], sentence_of: np.ndarray) -> np.ndarray:
    """Per token, its ±2 and ±1 window patterns as base-5 numbers (rows 0 and 1), from the
    tokens' :data:`CASE_LETTERS` numbers; beyond a sentence counts as ``_`` (0)."""
    case = np.array(cases, dtype=np.intp)
    total = len(case)
    codes = np.zeros((2, total), dtype=np.intp)
    for offset in (-2, -1, 0, 1, 2):
        near = case.copy() if offset == 0 else np.zeros(total, dtype=np.intp)
        if 0 < offset < total:
            near[:-offset] = case[offset:] * (sentence_of[offset:] == sentence_of[:-offset])
        elif 0 < -offset < total:
            near[-offset:] = case[:offset] * (sentence_of[:offset] == sentence_of[-offset:])
        codes[0] = codes[0] * 5 + near
        if abs(offset) < 2:
            codes[1] = codes[1] * 5 + near
    return codes


def build_tables(attributes: dict[str, int]) -> Tables:
    """Split the model's feature strings into the tables of :data:`Tables`."""
    # "-1:w=merkel" → context["-1"]["w"]["merkel"]; "pp=ART|NN" → joined["pp"]["ART|NN"]
    context: dict[str, dict[str, dict[str, int]]] = {
        o: {t: {} for t in _CONTEXT_TEMPLATES} for o in _OFFSETS
    }
    joined: dict[str, dict[str, int]] = {t: {} for t in _JOINED}
    # the token's own features: "w=merkel" → own["w"]["merkel"], "g:loc" → own["g"]["loc"]
    own: dict[str, dict[str, int]] = {t: {} for t in _OWN_TEMPLATES}
    for feature, row in attributes.items():
        head, colon, rest = feature.partition(":")
        table = context.get(head) if colon else None
        if table is not None:
            template, sep, value = _template(rest)
            if sep and template in table:
                table[template][value] = row
            continue
        template, sep, value = _template(feature)
        if sep and template in joined:
            joined[template][value] = row
        elif sep and template in own:
            own[template][value] = row
    # the word itself at all five places, and whether it can open or close a word pair
    # of "ww=" (bits 1, 2) or "wn=" (bits 4, 8); its three-letter suffix at −1 and +1
    by_word = _merge((0, own["w"]), *((g, context[o]["w"]) for g, o in enumerate(_OFFSETS, 1)))
    bits: dict[str, int] = {}
    for shift, ends in enumerate((*_ends(joined["ww"]), *_ends(joined["wn"]))):
        for value in ends:
            bits[value] = bits.get(value, 0) | 1 << shift
    words = {w: (by_word.get(w, ()), bits.get(w, 0)) for w in {*by_word, *bits}}
    by_s3 = _merge((2, context["-1"]["s3"]), (3, context["1"]["s3"]))
    return context, joined, own, words, by_s3


class TokenScores:
    """Scores of every label for every token of a batch of sentences.

    ``attributes`` maps the model's feature strings to rows of ``weights`` (labels in
    columns); ``unknown`` is a row of zeros.  ``tables`` are :func:`build_tables` of
    ``attributes``, when the caller has them already (the shipped model's are kept in the
    cache folder: building them is most of the cost of loading the model)."""

    def __init__(
        self,
        attributes: dict[str, int],
        weights: np.ndarray,
        unknown: int,
        names: NameList | None,
        capacity: int = _SCORED_WORDS,
        tables: Tables | None = None,
    ) -> None:
        self.attributes = attributes
        self.weights = weights
        self.unknown = unknown
        self.names = names
        self.capacity = capacity
        labels = weights.shape[1]
        # per (word, tag): a slot in a table of five label-score rows (own, −2, −1, +1, +2),
        # grown by doubling up to ``capacity``
        self._slot: dict[tuple[str, str], int] = {}
        self._table = np.zeros((min(4096, capacity), _GROUPS, labels))
        # per slot: the tag's number in the tables of tag pairs and triples (0: in none), and
        # whether the lower-cased word can open or close a word pair the model knows (bits)
        self._tag = np.zeros(len(self._table), dtype=np.intp)
        self._bits = np.zeros(len(self._table), dtype=np.uint8)
        # per class of word (see _class): its five rows, and the class's number
        self._class: dict[tuple[object, ...], int] = {}
        self._class_sums = np.zeros((64, _GROUPS, labels))
        if tables is None:
            tables = build_tables(attributes)
        context, joined, own, self._by_word, self._by_s3 = tables
        self._context, self._joined, self._own = context, joined, own
        self._single = {f: attributes.get(f, unknown) for f in ("BOS", "EOS", "Q", "ACR")}
        self._flag = {f: attributes.get(f) for f in _OWN_FLAGS}
        self._windows = _window_rows(attributes, unknown)
        self._tag_pairs()
        self._gazetteers = gazetteers()

    def _tag_pairs(self) -> None:
        """The "pp=", "pn=" and "ppp=" rows as arrays by tag number, so that a batch looks
        them up at once.  Exact when no tag the model knows holds a "|" (then a tag with one
        matches nothing either way, like a tag the model does not know); otherwise
        :meth:`scores` joins the tag strings."""
        joined, unknown = self._joined, self.unknown
        split = {t: [v.split("|") for v in joined[t]] for t in ("pp", "pn", "ppp")}
        width = {"pp": 2, "pn": 2, "ppp": 3}
        self._by_tag = all(len(p) == width[t] for t in split for p in split[t])
        names = sorted({tag for t in split for parts in split[t] for tag in parts})
        self._tag_id = {tag: k for k, tag in enumerate(names, 1)}
        n = len(names) + 1
        self._pp = np.full((n, n), unknown, dtype=np.intp)
        self._pn = np.full((n, n), unknown, dtype=np.intp)
        self._ppp = np.full((n, n, n), unknown, dtype=np.intp)
        if not self._by_tag:
            return
        ids = self._tag_id
        for template, table in (("pp", self._pp), ("pn", self._pn), ("ppp", self._ppp)):
            for value, row in joined[template].items():
                table[tuple(ids[tag] for tag in value.split("|"))] = row

    # -- per word ------------------------------------------------------------------------------
    def _class_key(self, word: str, low: str, pos: str) -> tuple[object, ...]:
        """What a word's sums depend on besides its spelling: few distinct values."""
        n = len(low)
        title = word[:1].isupper()
        return (
            pos,
            shape(word),
            tuple(gaz_flags(word, self._gazetteers)),  # once per new word: no cache
            self.names.get(word) if self.names is not None else (),
            n if n <= 2 else 3,
            title,
            title and n > 1 and word.isupper(),  # "U" only with "T"
            not word.isalpha() and any(c.isdigit() for c in word),
        )

    def _class_rows(self, key: tuple[object, ...]) -> Rows:
        """(group, row) pairs of a class: tag, shape, flags, capitalisation, length."""
        pos, form, flags, listed, n, title, upper, digit = key
        assert isinstance(pos, str) and isinstance(form, str)
        assert isinstance(flags, tuple) and isinstance(listed, tuple)
        own, flag = self._own, self._flag
        found = [
            (0, flag["b"]),
            (0, own["sh"].get(form)),
            (0, own["pos"].get(pos)),
            (0, own["pos2"].get(pos[:2])),
        ]
        if isinstance(n, int) and n <= 2:
            found.append((0, flag.get(f"len{n}")))
        if title:
            found.append((0, flag["T"]))
        if upper:
            found.append((0, flag["U"]))
        if digit:
            found.append((0, flag["D"]))
        found += [(0, own["g"].get(f)) for f in flags]
        found += [(0, self.attributes.get(f)) for f in listed]
        named = [f[3:] for f in listed if f[2] == ":"]
        for group, offset in enumerate(_OFFSETS, 1):
            table = self._context[offset]
            found += [(group, table["pos"].get(pos)), (group, table["sh"].get(form))]
            found += [(group, table["g"].get(f)) for f in flags]
            if offset in _NEXT:
                found += [(group, table["tn"].get(f)) for f in named]
        return [(g, r) for g, r in found if r is not None]

    def _add_classes(self, keys: list[tuple[object, ...]]) -> None:
        """Sums of new classes (numbered in order, after the known ones), with one numpy
        call for all of them."""
        first = len(self._class) - len(keys)
        needed = len(self._class)
        if needed > len(self._class_sums):
            size = len(self._class_sums)
            while size < needed:
                size *= 2
            grown = np.zeros((size, *self._class_sums.shape[1:]))
            grown[:first] = self._class_sums[:first]
            self._class_sums = grown
        places: list[int] = []
        rows: list[int] = []
        for number, key in enumerate(keys, first):
            for group, row in self._class_rows(key):
                places.append(number * _GROUPS + group)
                rows.append(row)
        flat = self._class_sums.reshape(-1, self._class_sums.shape[2])
        np.add.at(flat, places, self.weights[rows])

    def _hyphen_rows(self, word: str) -> list[int]:
        """Rows of the hyphen features of ``word`` ("H", "hf=", "hlg:"…; none if it has none)."""
        parts = [p for p in word.split("-") if p]
        if not parts:
            return []
        own, g = self._own, gazetteers()
        rows = [self._flag["H"], own["hf"].get(parts[0].lower())]
        rows.append(own["hl"].get(parts[-1].lower()[-5:]))
        rows += [own["hfg"].get(f) for f in gaz_flags(parts[0], g)]
        rows += [own["hlg"].get(f) for f in gaz_flags(parts[-1], g)]
        if parts[-1][:1].islower():
            rows.append(self._flag["Hlow"])
        return [r for r in rows if r is not None]

    def _fill(self, missing: list[tuple[str, str]]) -> tuple[np.ndarray, list[int], list[int]]:
        """The five score rows of each (word, tag) of ``missing``: its class's sums plus the
        rows of what its spelling adds (the word at all five places, its prefixes and
        suffixes, its hyphen parts); also each one's tag number and pair bits."""
        s2, s3, p3, s4, p4, s5 = (self._own[t] for t in ("s2", "s3", "p3", "s4", "p4", "s5"))
        by_word, by_s3 = self._by_word, self._by_s3
        known = self._class
        fresh: list[tuple[object, ...]] = []  # classes first seen here
        places: list[int] = []  # row of the result (word × 5 + group) …
        rows: list[int] = []  # … that a model row adds to
        classes: list[int] = []
        tag_id = self._tag_id
        tags = [tag_id.get(pos, 0) for _, pos in missing]
        bits: list[int] = []
        for k, (word, pos) in enumerate(missing):
            at = k * _GROUPS
            low = word.lower()
            n = len(low)
            key = self._class_key(word, low, pos)
            number = known.get(key)
            if number is None:
                number = known[key] = len(known)
                fresh.append(key)
            classes.append(number)
            found, pair_bits = by_word.get(low, _NO_WORD)
            bits.append(pair_bits)
            for group, row in found:
                places.append(at + group)
                rows.append(row)
            if n > 3:
                if n > 5:
                    own = (s2.get(low[-2:]), s3.get(low[-3:]), p3.get(low[:3]))
                    own += (s4.get(low[-4:]), p4.get(low[:4]), s5.get(low[-5:]))
                elif n > 4:
                    own = (s2.get(low[-2:]), s3.get(low[-3:]), p3.get(low[:3]))
                    own += (s4.get(low[-4:]), p4.get(low[:4]))
                else:
                    own = (s2.get(low[-2:]), s3.get(low[-3:]), p3.get(low[:3]))
                for row in own:
                    if row is not None:
                        places.append(at)
                        rows.append(row)
            if len(word) > 4:
                found = by_s3.get(word[-3:].lower())
                if found is not None:
                    for group, row in found:
                        places.append(at + group)
                        rows.append(row)
            if n > 2 and "-" in word:
                extra = self._hyphen_rows(word)
                places += [at] * len(extra)
                rows += extra
        if fresh:
            self._add_classes(fresh)
        sums = self._class_sums[classes]
        if rows:
            np.add.at(sums.reshape(-1, sums.shape[2]), places, self.weights[rows])
        return sums, tags, bits

    def word_sums(self, word: str, pos: str) -> np.ndarray:
        """The five label-score rows of one (word, tag): own, −2, −1, +1, +2."""
        slot = self._slots([(word, pos)])[0]
        return self._table[slot].copy()

    def _slots(self, keys: list[tuple[str, str]]) -> list[int]:
        """Slots of ``keys`` in the per-word table of five score rows, filling the missing
        ones together."""
        slot = self._slot
        found = list(map(slot.get, keys, itertools.repeat(-1, len(keys))))
        if -1 not in found:
            return found
        unknown = [i for i, at in enumerate(found) if at < 0]
        missing = list(dict.fromkeys([keys[i] for i in unknown]))
        if len(slot) + len(missing) > self.capacity:
            slot.clear()  # start over: the batch's own words are all filled below
            missing = list(dict.fromkeys(keys))
            unknown = list(range(len(keys)))
        first = len(slot)
        needed = first + len(missing)
        if needed > len(self._table):
            self._grow(needed)
        sums, tags, bits = self._fill(missing)
        self._table[first:needed] = sums
        self._tag[first:needed] = tags
        self._bits[first:needed] = bits
        slot.update(zip(missing, range(first, needed), strict=True))
        for i in unknown:
            found[i] = slot[keys[i]]
        return found

    def _grow(self, needed: int) -> None:
        size = len(self._table)
        while size < needed:
            size *= 2
        for name in ("_table", "_tag", "_bits"):
            old = getattr(self, name)
            grown = np.zeros((size, *old.shape[1:]), dtype=old.dtype)
            grown[: len(old)] = old
            setattr(self, name, grown)

    # -- per batch -----------------------------------------------------------------------------
    def scores(self, sentences: Sequence[tuple[Sequence[str], Sequence[str | None]]]) -> np.ndarray:
        """Label scores of all tokens of the (non-empty) ``sentences``, one after the other."""
        lengths = [len(words) for words, _ in sentences]
        total = sum(lengths)
        if not total:
            return np.zeros((0, self.weights.shape[1]))
        words = [w for sentence, _ in sentences for w in sentence]
        pos = [t or "_" for _, tags in sentences for t in tags]
        if len(pos) != total:
            raise ValueError("every word needs a tag (None where there is none)")
        unknown = self.unknown
        size = np.array(lengths)
        first = np.cumsum(size) - size  # each sentence's first token
        last = first + size - 1
        slots = self._slots(list(zip(words, pos, strict=True)))  # may grow the table
        at = np.array(slots)
        sentence_of = np.repeat(np.arange(len(lengths)), size)
        inside = sentence_of[1:] == sentence_of[:-1]  # tokens k and k + 1: one sentence
        # the tag pairs and triples (ppp, pp, pn), looked up across sentence ends and then
        # cleared there
        joined = np.full((3, total), unknown, dtype=np.intp)
        if self._by_tag:
            tags = self._tag[at]
            joined[1, 1:] = self._pp[tags[:-1], tags[1:]]
            joined[2, :-1] = self._pn[tags[:-1], tags[1:]]
            if total > 2:
                joined[0, 1:-1] = self._ppp[tags[:-2], tags[1:-1], tags[2:]]
        else:
            self._tag_strings(pos, joined)
        joined[0, first] = joined[1, first] = unknown
        joined[0, last] = joined[2, last] = unknown
        # the rare ones as (token, row) pairs, in the order the training strings add them:
        # ww, wn, BOS, EOS, Q, ACR
        places: list[int] = []
        rows: list[int] = []
        bits = self._bits[at]
        t_ww, t_wn = self._joined["ww"], self._joined["wn"]
        for k in np.flatnonzero(bits[:-1] & (bits[1:] >> 1) & inside).tolist():
            row = t_ww.get(words[k].lower() + "|" + words[k + 1].lower())
            if row is not None:
                places.append(k + 1)
                rows.append(row)
        for k in np.flatnonzero((bits[:-1] >> 2) & (bits[1:] >> 3) & inside).tolist():
            row = t_wn.get(words[k].lower() + "|" + words[k + 1].lower())
            if row is not None:
                places.append(k)
                rows.append(row)
        places += first.tolist()
        rows += [self._single["BOS"]] * len(lengths)
        places += last.tolist()
        rows += [self._single["EOS"]] * len(lengths)
        if not _QUOTES.isdisjoint(words):
            q = self._single["Q"]
            for s, (sentence, _) in enumerate(sentences):
                if not _QUOTES.isdisjoint(sentence):
                    quoted = (first[s] + np.flatnonzero(inside_quotes(sentence))).tolist()
                    places += quoted
                    rows += [q] * len(quoted)
        if "(" in words:
            acr = self._single["ACR"]
            begin = np.repeat(first, size).tolist()
            end = np.repeat(last, size).tolist()
            for j in [j for j, w in enumerate(words) if w == "("]:
                i = j - 1  # "Kriegsstudien ( ISW )": the acronym after token i
                if (
                    i >= begin[j]
                    and i + 3 <= end[j]
                    and words[i + 3] == ")"
                    and acronym(words[i + 2])
                ):
                    places.append(i)
                    rows.append(acr)
        own = self._table[at]  # [token, own/−2/−1/+1/+2, label]
        # the nine joined features one after the other, as the training strings add them
        # (skipping the zero row where a token has none changes no sum)
        weights = self.weights
        extra = weights[joined[0]] + weights[joined[1]]
        extra += weights[joined[2]]
        if self._windows is not None:
            wide, narrow = self._windows
            codes = _window_codes([CASE_LETTERS.index(case_letter(w)) for w in words], sentence_of)
            extra += weights[wide[codes[0]]] + weights[narrow[codes[1]]]
        np.add.at(extra, places, weights[rows])
        result = own[:, 0] + extra
        # neighbours inside the sentence: token i gets from i−1 its "−1" row, and so on;
        # across a sentence end the row is multiplied by 0 (adding 0.0 changes nothing)
        for shift, column in ((1, 2), (2, 1), (-1, 3), (-2, 4)):
            if total <= abs(shift):
                continue
            if shift > 0:
                same = (sentence_of[shift:] == sentence_of[:-shift])[:, None]
                result[shift:] += own[:-shift, column] * same
            else:
                same = (sentence_of[:shift] == sentence_of[-shift:])[:, None]
                result[:shift] += own[-shift:, column] * same
        return result

    def _tag_strings(self, pos: list[str], joined: np.ndarray) -> None:
        """ "pp=", "pn=" and "ppp=" rows by the joined tag strings (a model whose tags hold a
        "|", which :meth:`_tag_pairs` cannot split)."""
        unknown = self.unknown
        t_ppp, t_pp, t_pn = self._joined["ppp"], self._joined["pp"], self._joined["pn"]
        pairs = [a + "|" + b for a, b in itertools.pairwise(pos)]
        joined[1, 1:] = [t_pp.get(v, unknown) for v in pairs]
        joined[2, :-1] = [t_pn.get(v, unknown) for v in pairs]
        if len(pos) > 2:
            triples = zip(pairs, pos[2:], strict=False)
            joined[0, 1:-1] = [t_ppp.get(p + "|" + c, unknown) for p, c in triples]
