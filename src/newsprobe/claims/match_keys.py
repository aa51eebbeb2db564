"""The weighted content keys of a stretch of text (:class:`Keys`) and how two of them meet:
key by key (:func:`pair`, figures by interval), their negation at the shared predicate
(:func:`negation_differs`) and two sides merged (:func:`merge`).  Split from
:mod:`newsprobe.claims.matcher` (round 15), which builds the keys and scores their overlap."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from newsprobe.claims.numbers import Quantity
from newsprobe.claims.similarity import actor_domain, heads, place_match, similar, stems


@dataclass
class Keys:
    """The weighted content keys of a stretch of text."""

    weights: dict[str, float] = field(default_factory=dict)
    predicates: set[str] = field(default_factory=set)
    #: The predicates a full verb carries (not a verbal noun): what the clause says happens.
    verbs: set[str] = field(default_factory=set)
    #: For fuzzy lookup (filled by :meth:`seal`): stem -> key, compound head -> key.
    by_stem: dict[str, str] = field(default_factory=dict)
    by_head: dict[str, str] = field(default_factory=dict)
    by_prefix: dict[str, list[str]] = field(default_factory=dict)
    #: cause -> key, for the words that name a group speaking for it (:func:`actor_domain`)
    by_actor: dict[str, str] = field(default_factory=dict)
    #: Positions (in the article's token order) of each key's tokens, and of negations.
    positions: dict[str, list[int]] = field(default_factory=dict)
    negations: list[int] = field(default_factory=list)
    breaks: list[int] = field(default_factory=list)  # clause punctuation
    #: The figures (key "#<n>" each), compared by interval (:mod:`newsprobe.claims.numbers`).
    quantities: dict[str, Quantity] = field(default_factory=dict)
    #: The folded name words of each entity key (for aliases of one entity).
    names: dict[str, set[str]] = field(default_factory=dict)
    #: What each figure counts (folded lemma and its concepts), where a noun follows it.
    counted: dict[str, frozenset[str]] = field(default_factory=dict)
    #: The figures that state a change ("zwei Euro mehr", "um 3 Prozent"), and the differences
    #: of the figures on this side (:func:`newsprobe.claims.numbers.differences`).
    changes: set[str] = field(default_factory=set)
    differences: list[Quantity] = field(default_factory=list)
    #: Sums of figures joined by "und"/"and" ("drei schwer und 14 leicht verletzt": 17).
    sums: list[Quantity] = field(default_factory=list)

    def add(self, key: str, weight: float, predicate: bool = False, at: Sequence[int] = ()) -> None:
        self.weights[key] = max(weight, self.weights.get(key, 0.0))
        if predicate:
            self.predicates.add(key)
        if at:
            self.positions.setdefault(key, []).extend(at)

    @property
    def negated(self) -> bool:
        return bool(self.negations)

    def negated_at(self, key: str) -> bool:
        """A negation right before (up to 3 tokens) or after (up to 4: German verb-second,
        "lässt sie nicht zurück") each of the key's tokens, in the same clause ("a man had
        died, but … not confirmed any deaths" still says that he died)."""
        positions = self.positions.get(key, ())
        return bool(positions) and all(
            any(
                -3 <= n - p <= 4 and not any(min(n, p) < b < max(n, p) for b in self.breaks)
                for n in self.negations
            )
            for p in positions
        )

    def total(self) -> float:
        return sum(self.weights.values())

    def seal(self) -> Keys:
        """Index the word keys for :func:`_match_key`."""
        for key in self.weights:
            if key[:1] in ("@", "~", "#"):
                continue
            for stem in stems(key):
                self.by_stem.setdefault(stem, key)
            for head in heads(key):
                self.by_head.setdefault(head, key)
            if len(key) >= 8:
                self.by_prefix.setdefault(key[:5], []).append(key)
            cause = actor_domain(key)
            if cause is not None:
                self.by_actor.setdefault(cause, key)
        return self

    def match(self, key: str) -> str | None:
        """This side's key matching ``key`` of the other side: itself, the same stem, or one
        the compound head of the other."""
        if key in self.weights:
            return key
        if key[:1] in ("@", "~", "#"):
            return None
        for stem in stems(key):
            found = self.by_stem.get(stem)
            if found is not None:
                return found
        if len(key) >= 5:
            found = self.by_head.get(key)
            if found is not None:
                return found
        for head in heads(key):
            if head in self.weights:
                return head
            # the head inflected otherwise ("versuchsmause" ~ "maus": "Versuchen an Mäusen")
            for stem in stems(head):
                if stem != head and (found := self.by_stem.get(stem)) is not None:
                    return found
        for stem in stems(key):  # the modifier of a compound ("warten" ~ "wartezeit")
            if len(stem) >= 5:
                for have in self.by_prefix.get(stem[:5], ()):
                    if have.startswith(stem) and len(have) - len(stem) >= 3:
                        return have
        cause = actor_domain(key)  # "Umweltschützer" ~ "Umweltverbände": one kind of party
        return None if cause is None else self.by_actor.get(cause)


def negation_differs(wanted: Keys, have: Keys, pairs: dict[str, str]) -> bool:
    """Whether one side negates the shared predicate and the other does not ("lässt seine
    Soldaten im Stich" vs "hat seine Soldaten nicht zurückgelassen"); False where no predicate
    of ``wanted`` is shared (a negation elsewhere in the sentence says nothing of it)."""
    predicates = [k for k in pairs if k in wanted.predicates]
    return bool(predicates) and any(wanted.negated_at(k) for k in predicates) != any(
        have.negated_at(pairs[k]) for k in predicates
    )


def closeness(key: str, found: str) -> float:
    """1 for the same word (up to inflection, or a compound's head); 0.5 where ``key`` is only
    the modifier of the compound found ("bombe" in "bombendrohung")."""
    if key == found or key[:1] in ("#", "@", "~") or similar(key, found):
        return 1.0
    if any(found.startswith(s) and len(found) - len(s) >= 3 for s in stems(key) if len(s) >= 5):
        return 0.5
    return 1.0


def merge(a: Keys, b: Keys) -> Keys:
    merged = Keys()
    for keys in (a, b):
        for key, weight in keys.weights.items():
            merged.add(key, weight, key in keys.predicates, keys.positions.get(key, ()))
        merged.negations += keys.negations
        merged.breaks += keys.breaks
        merged.quantities.update({f"{k}{id(keys)}": q for k, q in keys.quantities.items()})
        merged.counted.update({f"{k}{id(keys)}": n for k, n in keys.counted.items()})
        merged.differences += keys.differences
        merged.sums += keys.sums
        merged.names.update(keys.names)
    return merged.seal()


def pairs_of(wanted: Keys, have: Keys) -> dict[str, str]:
    """Each key of ``wanted`` that ``have`` holds, with the key it meets there."""
    return {k: m for k in wanted.weights if (m := pair(k, wanted, have)) is not None}


def pair(key: str, wanted: Keys, have: Keys) -> str | None:
    """The key of ``have`` that ``key`` of ``wanted`` meets; figures meet by interval (and,
    where both say what they count, by that noun)."""
    if key[:1] == "#":
        q = wanted.quantities[key]
        noun = wanted.counted.get(key)
        for k, o in have.quantities.items():
            if not q.covers(o):
                continue
            other = have.counted.get(k)
            # the noun may stand elsewhere in the sentence ("14 Bewohner … erkrankt")
            if (
                noun
                and other
                and not _same_noun(noun, other)
                and not any(have.match(n) for n in noun if n[:1] != "~")
                # or its concept ("Mehr als 100 Feuerwehrleute" ~ "Die Feuerwehr war mit mehr
                # als 120 Einsatzkräften vor Ort")
                and not any(n in have.weights for n in noun if n[:1] == "~")
                # an event noun counts what the other's verb does to what it counts
                # ("Sieben Festnahmen" ~ "Sieben Männer wurden festgenommen")
                and not any(n in have.predicates for n in noun if n[:1] == "~")
            ):
                continue
            return k
        if key in wanted.changes and any(q.covers(d) for d in have.differences):
            # "zwei Euro mehr" over "13,99 Euro statt bisher 11,99 Euro"
            return next(iter(have.quantities))
        if key not in wanted.changes and q.low == q.high and any(q.covers(t) for t in have.sums):
            # "17 Verletzte" over "drei Menschen wurden schwer, 14 leicht verletzt"
            return next(iter(have.quantities))
        return None
    found = have.match(key)
    if found is None and key.isdigit():
        # a figure inside a compound ("23-Jähriger") meets the same figure read as a
        # quantity on the other side ("ein 23 Jahre alter Mann")
        value = float(key)
        return next((k for k, o in have.quantities.items() if o.low == o.high == value), None)
    if found is None and key[:1] == "@":
        # another entity of the same name ("Bayern" ~ "FC Bayern München"), or its people
        # ("Göttinger" ~ "Göttingen", "Münchner" ~ "München")
        words = wanted.names.get(key, set())
        for other, names in have.names.items():
            if words and names and (words <= names or names <= words):
                return other
        for other, names in have.names.items():
            if words and names and place_match(words, names):
                return other
    elif found is None and key[:1] not in ("#", "~") and (cause := actor_domain(key)):
        # "Verbraucherschützer" ~ the entity "Verbraucherzentrale Sachsen"
        for other, names in have.names.items():
            if any(actor_domain(n) == cause for n in names):
                return other
    elif found is None and key[:1] not in ("#", "~") and key.endswith("er"):
        # a place's adjective the other side names as the place ("Hamburger Hafen" ~ "Hamburg")
        for other, names in have.names.items():
            if names and place_match({key}, names):
                return other
    return found


def _same_noun(a: frozenset[str], b: frozenset[str]) -> bool:
    if a & b:
        return True
    return any(
        similar(x, y)
        or similar(y, x)
        or any(similar(sx, y) or _short_head(sx, y) for sx in stems(x))
        for x in a
        for y in b
        if x[:1] != "~" and y[:1] != "~"
    )


def _short_head(a: str, b: str) -> bool:
    """One counted noun the four-letter head of the other's compound, whose modifier keeps
    four letters too ("fünf Ländern" ~ "fünf Bundesländern"): the same figure counts them."""
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    return len(short) == 4 and len(long_) - len(short) >= 4 and long_.endswith(short)
