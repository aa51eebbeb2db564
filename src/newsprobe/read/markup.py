r"""Link markup in plain text: Markdown links and lynx ``-dump`` link numbers, unwrapped.

A page saved as Markdown (``[Politik](/politik)``, ``![Foto](x.jpg)``) or as a lynx dump
(``[12]Politik`` and a ``References`` list of numbered URLs at the end) carries its links in
the text.  The article text keeps the link text only; where the links were is kept as
character spans of the new text, so the layout can tell link lists (menus, teasers) from prose.
Markdown's emphasis (``**Wort**``, ``*Wort*``, ``__Wort__``) and backslash escapes
(``Kund\*innen``, ``1\. Liga``) go too: the words are the article's, the marks are not.

Only texts that carry such markup more than by chance are rewritten: a clean article is
returned unchanged (``links`` empty).
"""

from __future__ import annotations

import re

_MD_IMAGE = re.compile(r"!\[([^\]\n]{0,300})\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+\"[^\"\n]*\")?\)")
_MD_LINK = re.compile(r"\[([^\]\n]{0,500})\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+\"[^\"\n]*\")?\)")
_LYNX_REF = re.compile(r"\[(\d{1,5})\]")
_LYNX_HEAD = re.compile(r"^[ \t]*(References|Verweise)[ \t]*$", re.M)
_LYNX_ITEM = re.compile(
    r"\A[ \t]*+(\d+\.[ \t]+\S+|(Visible|Hidden) links:|(Sichtbare|Versteckte) Links:)[ \t]*+\Z"
)
#: Markup is unwrapped when the text has at least this many links.
MIN_LINKS = 3
#: A Markdown backslash escape of a punctuation mark, and a private stand-in for the mark
#: while emphasis is unwrapped (so an escaped ``\*`` never opens or closes emphasis).
_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|<>~])")
_STAND_IN = 0xE000
_MD_STRONG = re.compile(r"(\*\*|__)(?=\S)([^\n]+?)(?<=\S)\1")
_MD_EMPHASIS = re.compile(r"(?<![\w*])([*_])(?=[^\s*_])([^*_\n]+?)(?<=[^\s*_])\1(?![\w*])")


def unwrap_links(text: str) -> tuple[str, list[tuple[int, int]]]:
    """``text`` without link markup, and the spans of link text in it."""
    md = len(_MD_LINK.findall(text))
    if md >= MIN_LINKS:
        return _unwrap_markdown(text)
    refs = _lynx_references(text)
    if refs is not None and len(_LYNX_REF.findall(text, 0, refs)) >= MIN_LINKS:
        return _unwrap_lynx(text[:refs].rstrip() + "\n")
    return text, []


def _lynx_references(text: str) -> int | None:
    """Where a lynx ``References`` list (numbered URLs up to the end) starts, if there is one."""
    heads = list(_LYNX_HEAD.finditer(text))
    if not heads:
        return None
    head = heads[-1]
    rest = [ln for ln in text[head.end() :].split("\n") if ln.strip()]
    if rest and all(_LYNX_ITEM.fullmatch(ln) for ln in rest):
        return head.start()
    return None


def _plain_markdown(text: str) -> str:
    """``text`` without emphasis marks and backslash escapes (the escaped marks kept)."""
    text = _MD_ESCAPE.sub(lambda m: chr(_STAND_IN + ord(m.group(1))), text)
    text = _MD_STRONG.sub(r"\2", text)
    text = _MD_EMPHASIS.sub(r"\2", text)
    return re.sub("[\ue000-\ue07f]", lambda m: chr(ord(m.group(0)) - _STAND_IN), text)


def _unwrap_markdown(text: str) -> tuple[str, list[tuple[int, int]]]:
    text = _plain_markdown(_MD_IMAGE.sub("", text))
    out: list[str] = []
    links: list[tuple[int, int]] = []
    pos = 0
    size = 0
    for m in _MD_LINK.finditer(text):
        out.append(text[pos : m.start()])
        size += m.start() - pos
        inner = m.group(1)
        if inner:
            links.append((size, size + len(inner)))
        out.append(inner)
        size += len(inner)
        pos = m.end()
    out.append(text[pos:])
    return "".join(out), links


def _unwrap_lynx(text: str) -> tuple[str, list[tuple[int, int]]]:
    """Drop ``[n]`` markers; the link text runs from the marker to the end of its word run
    (lynx does not mark where a link ends: up to the next marker, line end or 6 words)."""
    out: list[str] = []
    links: list[tuple[int, int]] = []
    pos = 0
    size = 0
    for m in _LYNX_REF.finditer(text):
        out.append(text[pos : m.start()])
        size += m.start() - pos
        pos = m.end()
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        nxt = _LYNX_REF.search(text, pos, end)
        stop = nxt.start() if nxt else end
        words = re.match(r"\s*(\S+\s*){0,6}", text[pos:stop])
        span = len(words.group(0).rstrip()) if words else 0
        if span:
            links.append((size, size + span))
    out.append(text[pos:])
    return "".join(out), links
