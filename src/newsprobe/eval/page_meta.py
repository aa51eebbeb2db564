"""Headline, byline and date read from whole-page texts, against a set's gold metadata.

Used by ``newsprobe eval extraction --as-text RENDERER`` on sets whose ``ground-truth.json``
holds ``title``, ``authors`` and ``date`` (extraction-fundus): every page's rendered text is
analysed (layout only) with the line model of its fold of sites, as the article text is.

* ``title exact``: the article's title (kicker and headline when they share a line — what
  ``meta.title`` reports) equals the gold title; ``headline exact``: the headline block alone;
* ``authors exact``: the set of author names equals the gold's (pages with gold authors);
* ``agency found``: on pages whose gold authors name a news agency ("dpa", "AP"), that agency
  is in ``meta.agency`` (where newsprobe keeps agencies: not among the authors);
* ``date same day``: the publication day equals the gold's; ``date same day (read time
  known)``: the same, the page read with its crawl time (:func:`read_times`), as a crawl's
  WARC date gives it.

Texts are compared case-folded with whitespace runs collapsed, soft hyphens dropped and
typographic quotes written straight.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Mapping
from datetime import datetime
from pathlib import Path

from newsprobe.eval.base import Metric, figure
from newsprobe.model import Metadata

#: Typographic quotes and apostrophes, written straight: a gold set that stores its titles
#: with straight quotes ("Strava unveils 'family' plan") where the page prints curly ones
#: (‘family’) names the same title.
_QUOTES = str.maketrans({"‘": "'", "’": "'", "‚": "'", "‛": "'", "“": '"', "”": '"', "„": '"'})


def fold_text(text: str) -> str:
    return " ".join(text.replace("\u00ad", "").translate(_QUOTES).split()).casefold()


def gold_meta(root: Path) -> dict[str, dict]:
    """``{page key: {title, authors, date}}`` where the set's gold has them, else ``{}``."""
    import json

    path = root / "ground-truth.json"
    if not path.is_file():
        return {}
    data = json.loads(path.read_text(encoding="utf-8"))
    out = {}
    for key, entry in data.items():
        if not isinstance(entry, dict) or not {"title", "authors", "date"} & set(entry):
            continue
        authors = entry.get("authors")
        if isinstance(authors, str) and authors.startswith("["):
            authors = ast.literal_eval(authors)
        out[key] = {
            "title": str(entry.get("title") or ""),
            "authors": [str(a) for a in authors or []],
            "date": str(entry.get("date") or "")[:10],
        }
    return out


def read_times(root: Path) -> dict[str, datetime]:
    """``{page key: when the page was crawled}`` where the set records it (extraction-fundus's
    ``gold.jsonl``: ``crawl_date``), else ``{}``: the reading time a crawl's user has (a WARC
    record's date), against which relative stamps ("vor 14 Minuten") give a date."""
    import json

    path = root / "gold.jsonl"
    if not path.is_file():
        return {}
    out = {}
    for row in path.read_text(encoding="utf-8").splitlines():
        entry = json.loads(row) if row.strip() else {}
        name, when = str(entry.get("file", "")), entry.get("crawl_date")
        if name and when:
            key = Path(name).name.split(".")[0]
            out[key] = datetime.fromisoformat(str(when))
    return out


def read_time_metric(
    system: str, gold: Mapping[str, dict], found: Mapping[str, tuple[str, str, Metadata]]
) -> list[Metric]:
    """``date same day (read time known)``: the date figure of pages read with their crawl
    time (relative stamps counted back from it)."""
    got = [m for m in meta_metrics(system, gold, found) if m.name == "date same day"]
    for m in got:
        m.name = "date same day (read time known)"
        m.note = "relative stamps counted back from the page's crawl time"
    return got


def gold_agencies(authors: list[str]) -> set[str]:
    """The news agencies a gold author list names ("dpa", "AFP, MANILA", "Deutsche
    Presse-Agentur"), by the agency lexicon's display names."""
    from newsprobe.layout.lexicon import furniture

    agencies = furniture().agencies
    out = set()
    for author in authors:
        low = author.casefold()
        out |= {agencies[t] for t in re.split(r"[\s,/()]+", low) if t in agencies}
        if "presse-agentur" in low:
            out.add("dpa")
    return out


def meta_metrics(
    system: str, gold: Mapping[str, dict], found: Mapping[str, tuple[str, str, Metadata]]
) -> list[Metric]:
    """The figures of ``system`` from ``found``: ``{page key: (headline, title, meta)}``."""
    n = head = title = n_auth = auth = n_date = date = n_agency = agency = 0
    for key, want in gold.items():
        if key not in found:
            continue
        headline, got_title, meta = found[key]
        if want["title"]:
            n += 1
            head += fold_text(headline) == fold_text(want["title"])
            title += fold_text(got_title) == fold_text(want["title"])
        if want["authors"]:
            n_auth += 1
            auth += {fold_text(a) for a in meta.authors} == {fold_text(a) for a in want["authors"]}
        if wanted := gold_agencies(want["authors"]):
            n_agency += 1
            agency += wanted <= set(meta.agency)
        if want["date"]:
            n_date += 1
            got = meta.published.isoformat()[:10] if meta.published else ""
            date += got == want["date"]
    if not n:
        return []
    out = [
        figure(system, "title exact", title / n, n=n, note="meta.title vs the gold title"),
        figure(system, "headline exact", head / n, n=n),
        figure(system, "authors exact", auth / max(1, n_auth), n=n_auth, note="the name set"),
        figure(system, "date same day", date / max(1, n_date), n=n_date),
    ]
    if n_agency:
        note = "pages whose gold authors name an agency: it is in meta.agency"
        out.append(figure(system, "agency found", agency / n_agency, n=n_agency, note=note))
    return out
