"""Label scores per token for the run-time name tagger, without building feature strings.

Training hands :func:`~newsprobe.entities.features.sentence_features` (strings) to crfsuite.
At run time a token's score for each label is the sum of the model's weights of those
strings, and most of them depend on one word only: its own features and what it contributes
as a neighbour at −2, −1, +1, +2.  Those five sums are cached per (word, tag) as one small
array; only the features that join two or three tokens ("ww=", "pp=", "ppp="…) and the
position features ("BOS", quotes, acronyms) are looked up per token, by value, in tables
split from the model's attribute list.  ``tests/entities/test_linear_chain.py`` checks that
the scores equal the sums over the training-time strings.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

import numpy as np

from newsprobe.entities.features import (
    _CACHED_WORDS,
    NameList,
    _acronym,
    _gaz_flags,
    _inside_quotes,
    _word_flags,
    gazetteers,
    shape,
)

_OFFSETS = ("-2", "-1", "1", "2")  # the order of features._neighbour
_NEXT = ("-1", "1")  # offsets that also carry s3= and the training-name flags
_CONTEXT_TEMPLATES = ("w", "pos", "sh", "g", "s3", "tn")
_JOINED = ("ppp", "pp", "pn", "ww", "wn")
_OWN_TEMPLATES = (
    *("w", "sh", "pos", "pos2", "s2", "s3", "p3", "s4", "p4", "s5"),
    *("hf", "hl", "hfg", "hlg", "g"),
)
_OWN_FLAGS = ("b", "len0", "len1", "len2", "T", "U", "D", "H", "Hlow")


def _template(feature: str) -> tuple[str, str, str]:
    """ "w=merkel" → ("w", "=", "merkel"); "g:loc" → ("g", ":", "loc")."""
    template, sep, value = feature.partition("=")
    if not sep:
        template, sep, value = feature.partition(":")
    return template, sep, value


class TokenScores:
    """Scores of every label for every token of a batch of sentences.

    ``attributes`` maps the model's feature strings to rows of ``weights`` (labels in
    columns); ``unknown`` is a row of zeros."""

    def __init__(
        self,
        attributes: dict[str, int],
        weights: np.ndarray,
        unknown: int,
        names: NameList | None,
    ) -> None:
        self.attributes = attributes
        self.weights = weights
        self.unknown = unknown
        self.names = names
        # per (word, tag): a slot in a table of five label-score rows (own, −2, −1, +1, +2)
        self._slot: dict[tuple[str, str], int] = {}
        self._table = np.zeros((_CACHED_WORDS, 5, weights.shape[1]))
        # "-1:w=merkel" → context["-1"]["w"]["merkel"]; "pp=ART|NN" → joined["pp"]["ART|NN"]
        self._context: dict[str, dict[str, dict[str, int]]] = {
            o: {t: {} for t in _CONTEXT_TEMPLATES} for o in _OFFSETS
        }
        self._joined: dict[str, dict[str, int]] = {t: {} for t in _JOINED}
        # the token's own features: "w=merkel" → own["w"]["merkel"], "g:loc" → own["g"]["loc"]
        self._own: dict[str, dict[str, int]] = {t: {} for t in _OWN_TEMPLATES}
        for feature, row in attributes.items():
            head, colon, rest = feature.partition(":")
            table = self._context.get(head) if colon else None
            if table is not None:
                template, sep, value = _template(rest)
                if sep and template in table:
                    table[template][value] = row
                continue
            template, sep, value = _template(feature)
            if sep and template in self._joined:
                self._joined[template][value] = row
            elif sep and template in self._own:
                self._own[template][value] = row
        self._single = {f: attributes.get(f, unknown) for f in ("BOS", "EOS", "Q", "ACR")}
        self._flag = {f: attributes.get(f) for f in _OWN_FLAGS}

    # -- per word ------------------------------------------------------------------------------
    def _groups(self, word: str, pos: str) -> list[list[int]]:
        """Rows of ``word``'s own features, then of what it adds to the tokens two before,
        one before, one after and two after it."""
        listed = self.names.get(word) if self.names is not None else ()
        groups = [self._own_rows(word, pos, listed)]
        low = word.lower()
        form = shape(word)
        flags = _word_flags(word)
        suffix = word[-3:].lower() if len(word) > 4 else None
        named = [f[3:] for f in listed if f[2] == ":"]
        for offset in _OFFSETS:
            table = self._context[offset]
            rows = [table["w"].get(low), table["pos"].get(pos), table["sh"].get(form)]
            g = table["g"]
            rows += [g.get(f) for f in flags]
            if offset in _NEXT:
                if suffix is not None:
                    rows.append(table["s3"].get(suffix))
                tn = table["tn"]
                rows += [tn.get(f) for f in named]
            groups.append([r for r in rows if r is not None])
        return groups

    def _own_rows(self, word: str, pos: str, listed: tuple[str, ...]) -> list[int]:
        """Rows of :func:`~newsprobe.entities.features.word_features` (and the word's
        training-name flags), found by template: the same features, no strings built."""
        t = self._own
        flag = self._flag
        low = word.lower()
        n = len(low)
        rows = [
            flag["b"],
            t["w"].get(low),
            t["sh"].get(shape(word)),
            t["pos"].get(pos),
            t["pos2"].get(pos[:2]),
        ]
        if n > 3:
            rows += [t["s2"].get(low[-2:]), t["s3"].get(low[-3:]), t["p3"].get(low[:3])]
        if n > 4:
            rows += [t["s4"].get(low[-4:]), t["p4"].get(low[:4])]
        if n > 5:
            rows.append(t["s5"].get(low[-5:]))
        if n <= 2:
            rows.append(flag.get(f"len{n}"))
        if word[:1].isupper():
            rows.append(flag["T"])
            if word.isupper() and n > 1:
                rows.append(flag["U"])
        if any(c.isdigit() for c in word):
            rows.append(flag["D"])
        if "-" in word and n > 2:
            parts = [p for p in word.split("-") if p]
            if parts:
                g = gazetteers()
                rows += [flag["H"], t["hf"].get(parts[0].lower())]
                rows.append(t["hl"].get(parts[-1].lower()[-5:]))
                rows += [t["hfg"].get(f) for f in _gaz_flags(parts[0], g)]
                rows += [t["hlg"].get(f) for f in _gaz_flags(parts[-1], g)]
                if parts[-1][:1].islower():
                    rows.append(flag["Hlow"])
        gt = t["g"]
        rows += [gt.get(f) for f in _word_flags(word)]
        get = self.attributes.get
        rows += [get(f) for f in listed]
        return [r for r in rows if r is not None]

    def _slots(self, keys: list[tuple[str, str]]) -> list[int]:
        """Slots of ``keys`` in the per-word table of five score rows, filling the missing
        ones with one numpy call for all of them."""
        slot = self._slot
        missing = [k for k in dict.fromkeys(keys) if k not in slot]
        if missing:
            if len(slot) + len(missing) > len(self._table):
                slot.clear()  # start over: the batch's own words are all filled below
                missing = list(dict.fromkeys(keys))
            if len(missing) > len(self._table):
                self._table = np.zeros((len(missing), *self._table.shape[1:]))
            rows: list[int] = []
            unknown = self.unknown
            for key in missing:
                for group in self._groups(*key):
                    rows += group
                    rows.append(unknown)  # closes the group (and keeps none empty)
            flat = np.array(rows, dtype=np.intp)
            closed = np.flatnonzero(flat == unknown)
            starts = np.concatenate(([0], closed[:-1] + 1))
            sums = np.add.reduceat(self.weights[flat], starts, axis=0)
            first = len(slot)
            self._table[first : first + len(missing)] = sums.reshape(len(missing), 5, -1)
            for k, key in enumerate(missing, first):
                slot[key] = k
        return [slot[k] for k in keys]

    # -- per batch -----------------------------------------------------------------------------
    def scores(self, sentences: Sequence[tuple[Sequence[str], Sequence[str | None]]]) -> np.ndarray:
        """Label scores of all tokens of the (non-empty) ``sentences``, one after the other."""
        keys: list[tuple[str, str]] = []
        joined: list[list[int]] = [[] for _ in range(9)]  # a row per token in each
        first: list[int] = []
        total = 0
        unknown = self.unknown
        t_ppp, t_pp, t_pn = self._joined["ppp"], self._joined["pp"], self._joined["pn"]
        t_ww, t_wn = self._joined["ww"], self._joined["wn"]
        bos, eos, q, acr = (self._single[k] for k in ("BOS", "EOS", "Q", "ACR"))
        ppp, pp, pn, ww, wn, starts, ends, quoted, acronyms = joined
        for words, tags in sentences:
            n = len(words)
            pos = [t or "_" for t in tags]
            lows = [w.lower() for w in words]
            keys.extend(zip(words, pos, strict=True))
            first.append(total)
            total += n
            pairs = [a + "|" + b for a, b in itertools.pairwise(pos)]
            pp.append(unknown)
            pp.extend([t_pp.get(v, unknown) for v in pairs])
            pn.extend([t_pn.get(v, unknown) for v in pairs])
            pn.append(unknown)
            pairs = [a + "|" + b for a, b in itertools.pairwise(lows)]
            ww.append(unknown)
            ww.extend([t_ww.get(v, unknown) for v in pairs])
            wn.extend([t_wn.get(v, unknown) for v in pairs])
            wn.append(unknown)
            ppp.append(unknown)
            if n > 1:
                triples = zip(pos, pos[1:], pos[2:], strict=False)
                ppp.extend([t_ppp.get(a + "|" + b + "|" + c, unknown) for a, b, c in triples])
                ppp.append(unknown)
            starts.append(bos)
            starts.extend([unknown] * (n - 1))
            ends.extend([unknown] * (n - 1))
            ends.append(eos)
            quoted.extend([q if inside else unknown for inside in _inside_quotes(words)])
            if "(" in words:
                acronyms.extend(
                    [
                        acr
                        if i + 3 < n
                        and words[i + 1] == "("
                        and words[i + 3] == ")"
                        and _acronym(words[i + 2])
                        else unknown
                        for i in range(n)
                    ]
                )
            else:
                acronyms.extend([unknown] * n)
        if not keys:
            return np.zeros((0, self.weights.shape[1]))
        own = self._table[self._slots(keys)]  # [token, own/−2/−1/+1/+2, label]
        result = own[:, 0] + self.weights[np.array(joined, dtype=np.intp).T].sum(axis=1)
        # neighbours inside the sentence: token i gets from i−1 its "−1" row, and so on
        index = np.arange(total)
        start = np.repeat(np.array(first), np.diff([*first, total]))
        end = np.repeat(np.array([*first[1:], total]), np.diff([*first, total]))
        for shift, column in ((1, 2), (2, 1), (-1, 3), (-2, 4)):
            if shift > 0:
                take = index[shift:][index[shift:] - shift >= start[shift:]]
            else:
                take = index[:shift][index[:shift] - shift < end[:shift]]
            result[take] += own[take - shift, column]
        return result
