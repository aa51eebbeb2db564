"""What a reader hands to the pipeline: decoded text, metadata and optional structure hints."""

from __future__ import annotations

from dataclasses import dataclass, field

from newsprobe.model import Analysis, Metadata, Status
from newsprobe.read.decode import bidi_count, normalise
from newsprobe.read.errors import InputError

__all__ = ["MAX_CHARS", "RawDocument"]

#: The longest article text analysed, in characters (after reading: for HTML the extracted
#: article, not the page).  A news article has 2,000 to 30,000; a longer text is a book, a
#: dump or a paste gone wrong, and is refused with a message rather than analysed for
#: minutes (every layer is linear, some 10 s CPU per million characters: ``eval long``).
MAX_CHARS = 1_000_000


def _check_length(text: str, path: str | None) -> None:
    if len(text) > MAX_CHARS:
        raise InputError(
            f"text is {len(text):,} characters long, over the limit of {MAX_CHARS:,} an "
            "analysis takes (an article has a few thousand): split it into articles",
            path=path,
        )


@dataclass
class RawDocument:
    """Decoded input before layout: text plus optional structure hints from the reader."""

    text: str
    meta: Metadata
    #: ``(kind, text)`` units in reading order, when the input had structure (HTML).
    units: list[tuple[str, str]] | None = None
    warnings: list[str] = field(default_factory=list)
    #: Page regions the reader kept out: ``(kind, text, before_article)``.
    removed: list[tuple[str, str, bool]] = field(default_factory=list)
    #: What the page says of the article's kind: ``(what, value)`` (read/labels.py).
    labels: list[tuple[str, str]] = field(default_factory=list)

    def to_analysis(self) -> Analysis:
        bidi = bidi_count(self.text) + sum(bidi_count(unit) for _, unit in self.units or [])
        if bidi:
            self.warnings.append(
                f"removed {bidi:,} bidirectional control character{'s' if bidi > 1 else ''} "
                "(U+202A-U+202E, U+2066-U+2069) that could show the text in another order"
            )
        if self.units is None:
            from newsprobe.read.markup import unwrap_links

            text, links = unwrap_links(normalise(self.text))
            analysis = Analysis(text=text, meta=self.meta, warnings=self.warnings)
            if not analysis.text.strip():
                raise InputError("input has no text", path=self.meta.source_path)
            if links:  # where the links were: the layout tells link lists from prose
                analysis._scratch["links"] = links
            if self.labels:
                analysis._scratch["page_labels"] = self.labels
            _check_length(analysis.text, self.meta.source_path)
            return analysis
        parts: list[str] = []
        hints: list[tuple[int, int, str]] = []
        pos = 0
        for kind, unit in self.units:
            unit = normalise(unit).strip()
            if not unit:
                continue
            if parts:
                parts.append("\n\n")
                pos += 2
            parts.append(unit)
            hints.append((pos, pos + len(unit), kind))
            pos += len(unit)
        if not parts:
            return Analysis(
                text="",
                meta=self.meta,
                status=Status.NO_ARTICLE_FOUND,
                warnings=[*self.warnings, "no article text found in the page"],
            )
        analysis = Analysis(text="".join(parts), meta=self.meta, warnings=self.warnings)
        _check_length(analysis.text, self.meta.source_path)
        analysis._hints = hints
        analysis._scratch["reader_removed"] = self.removed
        if self.labels:
            analysis._scratch["page_labels"] = self.labels
        return analysis
