"""A cue verb joined right after another statement's frame in the same sentence shares its
speaker: "Ich bin dafür, dass …, sagt Kurz – und fügt triumphierend an: …", "…, sagte die
Ministerin und ergänzte, …".

The frame before names the speaker after its verb ("sagt Kurz"), so the joined verb has no
subject of its own in its clause, and the main clause's subject (``unframed.shared_subject``)
is the quoted speech's ("Ich").  Only "und", "aber", "sowie", a dash or a comma and adverbs
("triumphierend", "noch", "dann") may stand between the frame and the joined cue.  Used by
``speaker_resolution``.
"""

from __future__ import annotations

from newsprobe.attribution.speaker_parts import R, carried
from newsprobe.attribution.unframed import Ask
from newsprobe.model import Speaker

#: Words and tags that may join the cue to the frame before it.
_JOINING = frozenset(["und", "aber", "sowie", "–", "-", "—", ",", "dann", "später"])
_BETWEEN_TAGS = frozenset(["ADV", "ADJD", "PTKNEG", "KON", "$,", "$("])


def joined_cue(ask: Ask) -> Speaker | None:
    """The speaker of the statement whose frame the cue is joined to (see the module doc),
    or None."""
    att, art = ask.att, ask.art
    cue = att.cue
    if cue is None or att.speakers:
        return None
    sid = art.sentence_of(cue.start)
    for prev in reversed(ask.done):
        if prev.cue is None or prev.cue.end > cue.start:
            continue
        if art.sentence_of(prev.cue.start) != sid:
            return None
        sp = prev.speaker
        said = sp.mention if sp is not None and sp.name else None
        if said is None or said.start < prev.cue.start or said.end > cue.start:
            return None  # the frame must close with its speaker: "sagt Kurz – und fügt an"
        frame_end = max(prev.cue.end, said.end)
        between = art.tokens(frame_end, cue.start)
        if not between or between[0].text.lower() not in _JOINING:
            return None
        if any(t.text.lower() not in _JOINING and t.pos not in _BETWEEN_TAGS for t in between):
            return None
        assert sp is not None
        return carried(sp, R.PREVIOUS, 0.7)
    return None
