"""Photo captions a page text gives away by their credit or by where the people stand."""

from __future__ import annotations

from newsprobe.api import analyze_text
from newsprobe.layout import line_model
from newsprobe.model import BlockKind

HEAD = "Die Reiter wärmen sich vor der Prüfung auf"
LEAD = (
    "Die Übungen im Sattel helfen dem Pferd und dem Reiter gleichermaßen, sagt die Trainerin "
    "aus dem Nachbarort, die seit vielen Jahren unterrichtet."
)
BODY = (
    "Wer regelmäßig übt, sitzt nach einigen Wochen deutlich ruhiger im Sattel und kann die "
    "Hilfen feiner geben als vorher."
)


def _kinds(*middle: str) -> dict[str, BlockKind]:
    text = "\n\n".join([HEAD, LEAD, *middle, BODY]) + "\n"
    with line_model.use(None):
        analysis = analyze_text(text, only=["layout"])
    return {b.text: b.kind for b in analysis.blocks}


def test_a_single_name_after_a_copyright_mark_is_a_credit() -> None:
    kinds = _kinds("Kleine Kreise im Schritt lockern den Rücken des Pferdes. © Reitermagazin")
    assert kinds["Kleine Kreise im Schritt lockern den Rücken des Pferdes."] is BlockKind.CAPTION
    assert kinds["© Reitermagazin"] is BlockKind.CREDIT
    kinds = _kinds("Die Reiterin auf dem Abreiteplatz. Foto: Hanna Beispiel")
    assert kinds["Foto: Hanna Beispiel"] is BlockKind.CREDIT


def test_a_source_at_the_end_of_a_paragraph_is_no_credit() -> None:
    line = "Im vergangenen Jahr stieg die Zahl der Reitschüler um ein Fünftel. Quelle: Verband"
    assert _kinds(line)[line] not in (BlockKind.CAPTION, BlockKind.CREDIT)
    # a long text after the mark is a sentence, not a name
    line = (
        "Die Halle wurde erneuert. © Alle Rechte an den Bildern liegen bei den Fotografen "
        "dieser Seite und ihren Agenturen"
    )
    assert _kinds(line).get(line) is not BlockKind.CAPTION


def test_where_people_stand_in_the_photo_makes_a_caption() -> None:
    for line in (
        "Anna Muster (l.) und Berta Beispiel bei der Siegerehrung am Sonntag.",
        "Der Vorstand (v. l. n. r.): Carl Probe, Dora Test und Emil Muster.",
        "Wer die Stangen immer wieder umwirft, ist unklar (Symbolbild).",
    ):
        assert _kinds(line)[line] is BlockKind.CAPTION, line


def test_a_long_paragraph_with_a_position_mark_stays_a_paragraph() -> None:
    line = " ".join(["Die Trainerin (l.) erklärt den Ablauf der Prüfung sehr genau."] * 5)
    assert _kinds(line)[line] is BlockKind.PARAGRAPH
