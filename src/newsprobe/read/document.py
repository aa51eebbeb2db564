"""What a reader hands to the pipeline: decoded text, metadata and optional structure hints."""

from __future__ import annotations

from dataclasses import dataclass, field

from newsprobe.model import Analysis, Metadata, Status
from newsprobe.read.decode import normalise
from newsprobe.read.errors import InputError

__all__ = ["RawDocument"]


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

    def to_analysis(self) -> Analysis:
        if self.units is None:
            from newsprobe.read.markup import unwrap_links

            text, links = unwrap_links(normalise(self.text))
            analysis = Analysis(text=text, meta=self.meta, warnings=self.warnings)
            if not analysis.text.strip():
                raise InputError("input has no text", path=self.meta.source_path)
            if links:  # where the links were: the layout tells link lists from prose
                analysis._scratch["links"] = links
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
        analysis._hints = hints
        analysis._scratch["reader_removed"] = self.removed
        return analysis
