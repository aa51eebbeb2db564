"""What a renderer runs onto a whole page's headline line: a breadcrumb trail before it, a
genre label before it, a kicker the page repeats elsewhere.

* ``Sie sind hier: Home » Newsarchiv » Dago Leukefeld wird Botschafter``, ``Home »
  Berufskleidung • Bosch » Heizjacken von Bosch``: the trail up to its last separator is page
  navigation (removed), the rest is the headline;
* ``Meinung Warum Kritik an Trumps Charakter verpufft``: a genre label (the genre lexicon's
  ``labels``) written before a capitalised headline is its kicker;
* a kicker the page shows elsewhere: :func:`newsprobe.layout.page_meta.echo_kicker`.

:func:`tidy_headline` runs on whole pages, after the headline was chosen.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from itertools import pairwise

from newsprobe.layout.genre import is_genre_label
from newsprobe.layout.page_meta import Line, echo_kicker, split_head_line
from newsprobe.model import BlockKind, RemovedKind

#: A breadcrumb's separator, with a space on each side (a guillemet that opens a German
#: quotation, "»Wir schaffen das«", has none after it).
_CRUMB = re.compile(r"\s[»›>]\s")
#: How a trail starts when it has a single separator: its first item is the site's home.
_HOME = re.compile(r"^(?:sie sind hier|you are here|home|startseite|start)\b", re.IGNORECASE)
#: The most words of one item of a trail.
CRUMB_WORDS = 5
#: The least words left for the headline after a cut.
HEAD_WORDS = 3
_HEAD = {BlockKind.KICKER, BlockKind.HEADLINE}
#: The most words of a genre label before the headline ("Kommentar der anderen").
LABEL_WORDS = 3


def crumb_end(text: str) -> int | None:
    """Where the headline starts in ``text`` after a breadcrumb trail, or None: two or more
    separators (one where the trail starts at the home page), every item short."""
    seps = list(_CRUMB.finditer(text))
    if not seps or (len(seps) < 2 and not _HOME.match(text)):
        return None
    items = [text[: seps[0].start()]]
    items += [text[a.end() : b.start()] for a, b in pairwise(seps)]
    if any(len(item.split()) > CRUMB_WORDS for item in items):
        return None
    end = seps[-1].end()
    return end if len(text[end:].split()) >= HEAD_WORDS else None


def home_kicker(line: Line) -> bool:
    """A kicker that is a breadcrumb trail rendered without separators: the home page and a
    section ("Startseite Panorama: …", "Home News …" with the headline echoed elsewhere)."""
    if [p.kind for p in line.pieces] != [BlockKind.KICKER, BlockKind.HEADLINE]:
        return False
    first = line.pieces[0]
    kicker = line.text[: first.end - line.content_start].rstrip(" :")
    return _HOME.match(kicker) is not None and 2 <= len(kicker.split()) <= CRUMB_WORDS


def label_end(text: str) -> int | None:
    """Where the headline starts after a genre label that opens ``text`` ("Meinung Warum …"),
    or None."""
    words = list(re.finditer(r"\S+", text))
    for k in range(1, LABEL_WORDS + 1):
        if len(words) - k < HEAD_WORDS:
            break
        label = text[: words[k - 1].end()].rstrip(":")
        nxt = words[k].group()
        if is_genre_label(label) and nxt[:1].isupper():
            return words[k].start()
    return None


def tidy_headline(lines: Sequence[Line], head: int | None) -> int | None:
    """Cut a breadcrumb trail or a genre label off the headline line ``head``, then a kicker
    the page echoes (:func:`echo_kicker`), and remove a kicker that is a trail
    (:func:`home_kicker`); return ``head``."""
    if head is None or lines[head].pieces[-1].kind is not BlockKind.HEADLINE:
        return head
    line = lines[head]
    text = line.text
    if {p.kind for p in line.pieces} <= _HEAD and (end := crumb_end(text)) is not None:
        # (a trail whose first item has a colon was split as a kicker: "Sie sind hier: …")
        at = len(text[:end].rstrip(" »›>"))
        split_head_line(line, at, end, removed=RemovedKind.NAVIGATION, reason="breadcrumb")
        return head
    if len(line.pieces) == 1 and (end := label_end(text)) is not None:
        at = len(text[:end].rstrip())
        split_head_line(line, at, end, kind=BlockKind.KICKER)
        return head
    head = echo_kicker(lines, head)
    if home_kicker(line):  # a kicker (after its colon, or echoed) that is a trail
        crumbs = replace(line.pieces[0], kind=None, removed=RemovedKind.NAVIGATION)
        line.pieces = [replace(crumbs, reason="breadcrumb"), *line.pieces[1:]]
    return head
