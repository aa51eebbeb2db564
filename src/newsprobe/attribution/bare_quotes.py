"""Direct quotes that lost their quotation marks and run on between two frames of one
speaker (used by :mod:`newsprobe.attribution.continuations`).

In a text without quotation marks (10kGNAD, scraped or converted text:
:func:`newsprobe.attribution.carry_over.unmarked_text`), a speaker's quote that goes on for
a sentence or two between two frames naming that speaker reads as the narrator's own
indicative sentences: "Das ist öffentlichkeitswirksam, kritisiert Hans Frey. Es ist zynisch,
so etwas zu behaupten. Es müssen Jäger gewesen sein, sagt Frey."  The sentence between is
the speaker's words: a direct statement carrying on the first frame's.  Only where both
frames name the same speaker (a shared name word), the second one closes its sentence after
the words it frames (", sagt Frey."), and nothing between is attributed to anyone else; a
subheading without a verb, a question and a sentence in another paragraph are left alone.
"""

from __future__ import annotations

from newsprobe.attribution.cues import content_end
from newsprobe.attribution.found import Found
from newsprobe.attribution.view import Sent

#: How many sentences may stand between the two frames.
MAX_BETWEEN = 2


def _speaking(found: Found) -> Found | None:
    """The attribution whose speaker phrase ``found`` has: itself or one it carries on."""
    hops = 0
    while found.parent is not None and not found.speakers and hops < 10:
        found, hops = found.parent, hops + 1
    return found if found.speakers else None


def _name_words(found: Found, text: str) -> set[str]:
    """The capitalised words of ``found``'s speaker phrases (articles and pronouns aside)."""
    speaking = _speaking(found)
    if speaking is None:
        return set()
    words: set[str] = set()
    for start, end in speaking.speakers:
        for word in text[start:end].replace(",", " ").split():
            if len(word) > 2 and word[0].isupper() and word.lower() not in _NOT_NAMES:
                words.add(word)
    return words


#: Capitalised words of a speaker phrase that name no one by themselves.
_NOT_NAMES = frozenset(["der", "die", "das", "den", "dem", "des", "ein", "eine", "einer"])


def _closing_frame(found: Found) -> bool:
    """A frame after the words it frames ("…, sagt Frey."): the cue follows the message."""
    return found.cue is not None and found.message[1] <= found.cue[0]


def _verb_statement(sent: Sent) -> bool:
    """A sentence with a finite verb that is no question (a subheading has no verb)."""
    return any(t.tag == "VFIN" for t in sent.toks) and not any(t.text == "?" for t in sent.toks)


def between_frames(founds: list[Found], sents: list[Sent], text: str) -> list[Found]:
    """The sentences between two frames of one speaker in a text that lost its quotation
    marks, each a direct statement carrying on the first frame's attribution (see the
    module doc); ``founds`` are the attributions found so far, ``text`` the analysis text
    their offsets point into."""
    by_sentence: dict[int, list[Found]] = {}
    for f in founds:
        for s in f.sentences or {f.sentence}:
            by_sentence.setdefault(s, []).append(f)
    out: list[Found] = []
    k = 0
    while k < len(sents):
        before = by_sentence.get(sents[k].id)
        j = k + 1
        while j < len(sents) and sents[j].id not in by_sentence and j - k - 1 < MAX_BETWEEN:
            j += 1
        if not before or j == k + 1 or j >= len(sents) or sents[j].id not in by_sentence:
            k += 1
            continue
        first = max(before, key=lambda f: f.message[0])
        closing = [f for f in by_sentence[sents[j].id] if _closing_frame(f)]
        between = sents[k + 1 : j]
        if (
            closing
            and all(s.block == sents[k].block for s in [*between, sents[j]])
            and all(_verb_statement(s) for s in between)
            and _name_words(first, text) & _name_words(closing[0], text)
        ):
            for sent in between:
                toks = sent.toks
                end = content_end(toks)
                if end == 0:
                    continue
                out.append(
                    Found(
                        kind="direct",
                        sentence=sent.id,
                        message=(toks[0].start, toks[end - 1].end),
                        parent=first,
                        confidence=0.55,
                        sentences={sent.id},
                    )
                )
        k = j
    return out
