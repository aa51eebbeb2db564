"""Layout recovery on the bundled samples and (when present) the seed article."""

from __future__ import annotations

import pytest

from newsprobe import analyze_text
from newsprobe.model import BlockKind, RemovedKind
from support import analysed

K = BlockKind


def kinds(analysis) -> list[str]:
    return [b.kind.value for b in analysis.blocks]


def test_seed_blocks_typed(seed_path) -> None:
    a = analysed(seed_path)
    expected = (
        ["kicker", "headline", "teaser", "caption", "credit"]
        + ["highlight"] * 3
        + [
            "paragraph",
            "subheading",
            "paragraph",
            "related",
            "related",
            "paragraph",
            "subheading",
            "paragraph",
            "subheading",
            "paragraph",
        ]
        + ["list_item"] * 4
    )
    assert kinds(a) == expected
    assert a.blocks[0].text == "Wladimir Putin"
    assert a.blocks[1].text.endswith("lässt eigene Truppen im Stich")
    assert a.blocks[0].parent == 1
    assert a.blocks[4].parent == 3 and a.blocks[4].text.startswith("Bild: picture alliance")
    assert a.meta.title is not None and a.meta.title.startswith("Wladimir Putin: Kremlchef")
    assert a.meta.byline_empty and a.meta.authors == []
    assert a.meta.agency == ["dpa"]
    assert a.meta.publisher is not None and a.meta.publisher.lower() == "news.de"
    removed = {r.kind for r in a.removed}
    assert removed == {
        RemovedKind.EMPTY_BYLINE,
        RemovedKind.UI_RESIDUE,
        RemovedKind.DUPLICATE,
        RemovedKind.BOILERPLATE,
        RemovedKind.AGENCY_CODE,
    }
    dup = next(r for r in a.removed if r.kind is RemovedKind.DUPLICATE)
    assert dup.duplicate_of == 3
    assert "(Foto) Suche" not in a.text and "WhatsApp" not in a.text and "/bua/" not in a.text
    assert "Erstellt von" not in a.text
    # nothing is silently lost: every input line is in the text or in `removed`
    for line in seed_path.read_text(encoding="utf-8").splitlines():
        line = line.strip().lstrip("•").strip()
        if line:
            pieces = [line] if line in a.text else []
            covered = bool(pieces) or any(r.text in line for r in a.removed)
            assert covered, line


def test_seed_json_round_trips(seed_path) -> None:
    from newsprobe import Analysis

    a = analysed(seed_path)
    again = Analysis.from_json(a.to_json())
    assert again == a
    for _, span in again.spans():
        assert again.text[span.start : span.end] == span.text
    assert len(a.sentences) > 25 and len(a.tokens) > 400


def test_sample_klinik(sample_path) -> None:
    a = analysed(sample_path("de_klinik.txt"))
    assert kinds(a)[:9] == [
        "byline",
        "kicker",
        "headline",
        "teaser",
        "caption",
        "credit",
        "highlight",
        "highlight",
        "highlight",
    ]
    assert a.meta.authors == ["Lena Vogt"]
    assert a.meta.published is not None and a.meta.published.isoformat() == "2025-03-14T09:41:00"
    assert a.meta.publisher == "Auentaler Kurier" and a.meta.agency == ["dpa"]
    assert kinds(a).count("list_item") == 4
    assert "Wie unsere Redaktion arbeitet" not in a.text
    assert {r.kind for r in a.removed} >= {
        RemovedKind.UI_RESIDUE,
        RemovedKind.DUPLICATE,
        RemovedKind.AGENCY_CODE,
        RemovedKind.BOILERPLATE,
    }


def test_sample_wirtschaft(sample_path) -> None:
    a = analysed(sample_path("de_wirtschaft.txt"))
    assert kinds(a)[:8] == [
        "byline",
        "headline",
        "teaser",
        "caption",
        "credit",
        "highlight",
        "highlight",
        "highlight",
    ]
    assert a.meta.authors == []  # "Redaktion Wirtschaft" is not a person
    assert a.meta.published is not None and a.meta.published.day == 12
    assert "Abonnieren Sie" not in a.text and "Kommentare (23)" not in a.text
    assert [b.text for b in a.blocks_of(K.SUBHEADING)] == [
        "Unternehmen dementiert Baustopp",
        "Streit um die Förderung",
        "Experten sehen ein strukturelles Problem",
    ]


def test_sample_english(sample_path) -> None:
    a = analysed(sample_path("en_port.txt"))
    assert a.meta.language == "en"
    assert kinds(a)[:9] == [
        "byline",
        "kicker",
        "headline",
        "teaser",
        "caption",
        "credit",
        "highlight",
        "highlight",
        "highlight",
    ]
    assert a.meta.authors[0] == "Mark Ellison"
    assert a.meta.publisher == "The Eastern Ledger"
    assert "Enlarge image" not in a.text and "All rights reserved" not in a.text
    assert next(b.text for b in a.blocks_of(K.RELATED)) == "Read more:"


def test_bullets_before_body_are_highlights_after_are_list_items() -> None:
    text = (
        "Stadt beschließt neuen Haushalt\n\nDer Rat hat entschieden. Das ist neu.\n\n"
        "• Mehr Geld für Schulen\n• Weniger für Straßen\n\n"
        "Der Haushalt wurde am Abend mit großer Mehrheit beschlossen, wie die Stadt "
        "mitteilte. Die Opposition stimmte dagegen.\n\nKritiker sagten:\n\n"
        "• „Zu wenig“\n• „Zu spät“\n"
    )
    a = analyze_text(text, only=["layout"])
    assert kinds(a) == [
        "headline",
        "teaser",
        "highlight",
        "highlight",
        "paragraph",
        "paragraph",
        "list_item",
        "list_item",
    ]
    assert a.text.count("• ") == 4  # markers stay in the text, outside the block spans
    assert all(not b.text.startswith("•") for b in a.blocks)


def test_navigation_menu_is_removed() -> None:
    text = (
        "Startseite\nPolitik\nWirtschaft\nSport\nKultur\n\n"
        "Regierung legt Gesetzentwurf vor\n\nDie Regierung hat am Mittwoch einen "
        "Entwurf vorgelegt. Er soll im Herbst beraten werden.\n\nImpressum\nDatenschutz\n"
        "Kontakt\n"
    )
    a = analyze_text(text, only=["layout"])
    assert a.headline is not None and a.headline.text == "Regierung legt Gesetzentwurf vor"
    nav = [r.text for r in a.removed if r.kind is RemovedKind.NAVIGATION]
    assert nav[:2] == ["Startseite", "Politik"] and "Datenschutz" in nav
    assert "Startseite" not in a.text and "Impressum" not in a.text


def test_hard_wrapped_paragraphs_are_joined() -> None:
    para = (
        "Die Stadtverwaltung hat am Montag bekanntgegeben, dass die Brücke über den Fluss "
        "für mindestens drei Monate gesperrt bleibt, weil Gutachter Risse im Beton "
        "gefunden haben und eine Sanierung unumgänglich sei, wie ein Sprecher sagte."
    )
    para2 = para.replace("Stadtverwaltung", "Bezirksregierung").replace("drei", "vier")

    def wrap(text: str) -> list[str]:
        lines, line = [], ""
        for word in text.split():
            if len(line) + len(word) + 1 > 60:
                lines.append(line)
                line = word
            else:
                line = f"{line} {word}".strip()
        return [*lines, line]

    text = (
        "Brücke bleibt gesperrt\n\n"
        + "\n".join(wrap(para))
        + "\n\n"
        + "\n".join(wrap(para2))
        + "\n"
    )
    a = analyze_text(text, only=["layout"])
    assert kinds(a) == ["headline", "teaser", "paragraph"]
    assert a.blocks[2].text.count("\n") == len(wrap(para2)) - 1


def test_empty_byline_and_english_byline() -> None:
    a = analyze_text(
        "Erstellt von - Uhr\n\nSchlagzeile für den Test\n\nText. Mehr Text.\n", only=["layout"]
    )
    assert a.meta.byline_empty and a.removed[0].kind is RemovedKind.EMPTY_BYLINE
    b = analyze_text(
        "By Jane Roe and John Poe | Updated March 4, 2025 at 9:15 am\n\n"
        "A headline for the test\n\nBody text here. More.\n",
        only=["layout"],
    )
    assert b.meta.authors == ["Jane Roe", "John Poe"]
    assert b.meta.published is not None and (b.meta.published.month, b.meta.published.day) == (3, 4)


@pytest.mark.parametrize(
    ("lead", "tail", "agency"),
    [
        ("Berlin (dpa) - Die Regierung hat am Montag", "", ["dpa"]),
        ("KÖLN (KNA/iz) – Die Bischöfe haben am Montag", "", ["KNA"]),
        ("Die Regierung hat am Montag", " (AFP)", ["AFP"]),
        ("Die Regierung hat am Montag", "\n\nQuelle: kathpress", ["Kathpress"]),
        ("Die Regierung (SPD) hat am Montag", " (CDU)", []),
    ],
)
def test_agency_from_the_start_or_end_of_the_body(lead: str, tail: str, agency: list[str]) -> None:
    text = (
        f"Regierung beschließt Reform\n\n{lead} eine Reform beschlossen, die lange umstritten "
        "war.\n\nDie Opposition kündigte Widerstand an und sprach von einem schweren Fehler."
        f"{tail}\n"
    )
    assert analyze_text(text, only=["layout"]).meta.agency == agency
    html = (
        "<html><body><article><h1>Regierung beschließt Reform</h1>"
        + "".join(f"<p>{p}</p>" for p in text.split("\n\n")[1:])
        + "</article></body></html>"
    )
    from newsprobe.api import analyze_bytes

    assert analyze_bytes(html.encode(), name="a.html", only=["layout"]).meta.agency == agency
