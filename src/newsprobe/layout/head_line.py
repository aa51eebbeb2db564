"""What a renderer runs onto a whole page's headline line: a breadcrumb trail before it, a
genre label before it, a kicker the page repeats elsewhere.

* ``Sie sind hier: Home » Newsarchiv » Dago Leukefeld wird Botschafter``, ``Home »
  Berufskleidung • Bosch » Heizjacken von Bosch``: the trail up to its last separator is page
  navigation (removed), the rest is the headline;
* ``Meinung Warum Kritik an Trumps Charakter verpufft``: a genre label (the genre lexicon's
  ``labels``) written before a capitalised headline is its kicker;
* a kicker the page shows elsewhere: :func:`newsprobe.layout.page_meta.echo_kicker`;
* a teaser read as the headline: the headline is the heading-shaped line right above it
  (:func:`headline_over_teaser`).

:func:`tidy_headline` runs on whole pages, after the headline was chosen.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from itertools import pairwise

from newsprobe.layout.genre import is_genre_label
from newsprobe.layout.page_meta import Line, echo_kicker, head_shaped, split_head_line
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
#: A line of at least this many words (or a sentence of more than ``SENTENCE_WORDS`` that ends
#: in a full stop) reads as a teaser rather than a headline when a heading stands above it.
TEASER_WORDS = 13
SENTENCE_WORDS = 8
#: The least words of the heading above a teaser (a menu item, a section's name, a "Become a
#: member" link are shorter) …
OVER_WORDS = 5
#: … which shares a content word with the teaser or these many lines below it.
OVER_LEAD = 4
_LETTER = re.compile(r"[^\W\d_]")


def teaser_shaped(line: Line) -> bool:
    """A long, sentence-like line: a teaser (or a caption) rather than a headline."""
    text = line.text.rstrip()
    return line.words >= TEASER_WORDS or (text.endswith(".") and line.words > SENTENCE_WORDS)


def headline_over_teaser(
    lines: Sequence[Line], head: int | None, fits: Callable[[], Sequence[float]]
) -> int | None:
    """The headline is the last heading-shaped line above the byline and date; a long,
    sentence-like line right below it is the teaser.  When the headline found (line ``head``)
    is teaser-shaped and the line with letters right above it is heading-shaped
    (:func:`newsprobe.layout.page_meta.head_shaped` with the lines' headline fits, which
    ``fits`` computes only when a page comes that far), shorter, no sentence
    ending in a full stop, of at least ``OVER_WORDS`` words and on the article's topic (a
    content word shared with the teaser or the ``OVER_LEAD`` lines below it), that line is the
    headline: return its index, else None."""
    from newsprobe.layout.line_model.cohesion import content_keys

    if head is None or len(lines[head].pieces) > 1 or not teaser_shaped(lines[head]):
        return None
    j = head - 1
    while j >= 0 and not _LETTER.search(lines[j].text):
        j -= 1
    if j < 0:
        return None
    above = lines[j]
    if above.text.rstrip().endswith(".") or above.words < OVER_WORDS:
        return None
    if len(above.text.strip()) >= len(lines[head].text.strip()):
        return None
    topic = {k for ln in lines[head : head + 1 + OVER_LEAD] for k in content_keys(ln.text)}
    return j if content_keys(above.text) & topic and head_shaped(above, fits()[j]) else None


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
