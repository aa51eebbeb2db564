"""Source types, round typ8: newspaper titles with "post", declined names the knowledge base
knows in the nominative, a publication spoken to, ordinary people named by a given name or a
changed name, groups named by their origin, and a politician's government.  Texts are
written for these tests; names are invented."""

from __future__ import annotations

from attribution_texts import run_text as run
from attribution_texts import source_of

from newsprobe.attribution.kb_lookup import base_forms
from newsprobe.attribution.source_names import by_post_name
from newsprobe.attribution.source_types import Typing
from newsprobe.model import SourceType, Token


def _tokens(*words: str) -> list[Token]:
    out: list[Token] = []
    at = 0
    for w in words:
        out.append(Token(text=w, start=at, end=at + len(w), sentence=0))
        at += len(w) + 1
    return out


# -- "Post" ------------------------------------------------------------------------------------
def test_a_closed_post_compound_is_a_newspaper() -> None:
    a = run("Hinterdorf – Der Bürgermeister trat zurück. Das habe er lange geplant, wie die "
            "Nordpost am Montag berichtet.")  # fmt: skip
    src = source_of(a, "lange geplant")
    assert src.type == SourceType.MEDIA, src.reason


def test_post_after_a_name_adjective_is_a_body_not_a_posting() -> None:
    a = run(
        "Bonn – Der Streik geht weiter. Die Deutsche Post erklärte am Montag, man werde keine "
        "neuen Angebote vorlegen."
    )
    src = source_of(a, "neuen Angebote")
    assert src.type == SourceType.OTHER, src.reason


def test_a_posting_stays_social_media() -> None:
    posting = Typing(
        SourceType.SOCIAL_MEDIA, False, "head noun 'Facebook-Post' (post: social_media)"
    )
    assert by_post_name(posting, _tokens("einem", "Facebook-Post")) is posting
    bare = Typing(SourceType.SOCIAL_MEDIA, False, "head noun 'Post' (post: social_media)")
    assert by_post_name(bare, _tokens("einem", "Post")) is bare
    company = by_post_name(bare, _tokens("die", "Post"))
    assert company.type == SourceType.OTHER
    paper = by_post_name(bare, _tokens("der", "Kärntner", "Post"))
    assert paper.type == SourceType.MEDIA


# -- declined names ------------------------------------------------------------------------------
def test_base_forms_undo_the_declension_of_a_name_s_adjectives() -> None:
    assert "Rheinische Post" in base_forms("Rheinischen Post")
    assert "Passauer Neue Presse" in base_forms("Passauer Neuen Presse")
    assert base_forms("Post") == []
    assert base_forms("Rheinische Post") == []  # already the base form


def test_a_declined_outlet_name_is_found_in_the_knowledge_base() -> None:
    a = run("Düsseldorf – Die Gebühren fallen im April, hieß es bei der Rheinischen Post.")
    src = source_of(a, "Gebühren")
    assert src.type == SourceType.MEDIA, src.reason


# -- the publication spoken to ------------------------------------------------------------------
def test_the_paper_a_person_speaks_to_is_not_their_kind() -> None:
    a = run(
        "Berlin – Die Tarife ändern sich. Die Zuschläge sollen entfallen, sagte Lorenz "
        "Ametsberger der Rheinischen Post."
    )
    src = source_of(a, "Zuschläge")
    assert src.type == SourceType.OTHER, src.reason
    b = run("Berlin – Die Tarife ändern sich. Die Zuschläge fallen, meldete die Rheinische Post.")
    assert source_of(b, "Zuschläge").type == SourceType.MEDIA


# -- ordinary people ----------------------------------------------------------------------------
def test_a_person_named_by_a_given_name_alone_is_a_witness() -> None:
    a = run(
        "Preševo – Im Lager warten Hunderte. Zainab kommt aus Aleppo, wo sie studiert hat. "
        "Wir waren so nahe, sagt Zainab traurig."
    )
    src = source_of(a, "so nahe")
    assert src.type == SourceType.WITNESS, src.reason


def test_a_name_the_article_changed_is_a_witness() -> None:
    a = run(
        "Wien – Die Erpresser verlangten Bitcoins. Das erste Mail kam im Juli, erzählt "
        "Bernhard Moser (Name von der Redaktion geändert) dem STANDARD."
    )
    src = source_of(a, "erste Mail")
    assert src.type == SourceType.WITNESS, src.reason


def test_a_relative_named_by_a_given_name_is_not_made_a_witness() -> None:
    a = run(
        "Palermo – Der Boss Pino Scadelli wurde festgenommen. Er hatte seinen Sohn Paolo "
        "beauftragt. Paolo hatte abgelehnt: Das mache ich nicht, sagte Paolo."
    )
    assert source_of(a, "mache ich nicht").type != SourceType.WITNESS


def test_a_full_name_without_role_is_not_made_a_witness() -> None:
    a = run("Wien – Die Lage ist ernst. Wir brauchen Hilfe, sagte Bernhard Moser am Montag.")
    assert source_of(a, "brauchen Hilfe").type != SourceType.WITNESS


def test_a_group_named_by_its_origin_is_a_witness_one_person_is_not() -> None:
    a = run(
        "Belgrad – Die Grenze bleibt zu. Eine Gruppe von jungen Irakern und Syrern beteuerte, "
        "dass sie es weiter versuchen würden."
    )
    src = source_of(a, "weiter versuchen")
    assert src.type == SourceType.WITNESS, src.reason
    b = run("London – Das Spiel ist aus. Es ist eine große Erleichterung, sagte der Franzose.")
    assert source_of(b, "Erleichterung").type != SourceType.WITNESS
    c = run("Berlin – Der Streit geht weiter. Laut den Deutschen Verlagen ist das Gesetz streng.")
    assert source_of(c, "Gesetz").type != SourceType.WITNESS


# -- government ----------------------------------------------------------------------------------
def test_a_politician_s_government_is_official_the_politician_quoted_stays() -> None:
    a = run(
        "Athen – Die Banken bleiben zu. Die Regierung von Alexis Tsipras betonte jedoch "
        "wiederholt, die Guthaben seien sicher."
    )
    assert source_of(a, "Guthaben").type == SourceType.OFFICIAL
    b = run(
        "Athen – Die Banken bleiben zu. Tsipras sagte, er sei zuversichtlich. Die Regierung "
        "von Alexis Tsipras betonte, die Guthaben seien sicher."
    )
    assert source_of(b, "zuversichtlich").type == SourceType.POLITICIAN


# -- staff of a body, a surname the entity layer missed ------------------------------------------
def test_staff_of_a_known_body_has_its_kind_bare_staff_stays_vague() -> None:
    a = run(
        "Khartum – Die Kämpfe gehen weiter. Die Lage sei dramatisch, sagte ein UN-Mitarbeiter "
        "am Montag. Ein Polizeimitarbeiter sagte, die Straßen seien gesperrt. Ein Mitarbeiter "
        "sagte, man wisse nichts."
    )
    assert source_of(a, "dramatisch").type == SourceType.OFFICIAL
    assert source_of(a, "Straßen").type == SourceType.OFFICIAL
    assert source_of(a, "wisse nichts").type == SourceType.ANONYMOUS


def test_a_surname_of_a_person_named_in_full_is_no_unnamed_group() -> None:
    a = run(
        "Washington – Die frühere Bürgermeisterin von San Francisco Anna Feinstein unterstützt "
        "Clinton. Auch Feinstein argumentierte, dass die Partei geeint sein müsse."
    )
    src = source_of(a, "geeint")
    assert src.type != SourceType.ANONYMOUS and src.named, src.reason


# -- a body named by a common noun the sentence before a bare role ---------------------------------
def test_a_bare_role_takes_the_kind_of_a_body_noun_named_the_sentence_before() -> None:
    a = run(
        "Wien – Die Normen werden billiger. Auch die Wirtschaftskammer zeigt sich im Wesentlichen "
        "zufrieden. Generalsekretärin Anna Maria Hochhalter betont vor allem, dass die Normen "
        "kostenfrei werden."
    )
    src = source_of(a, "kostenfrei")
    assert src.type == SourceType.OTHER, src.reason
    b = run(
        "Wien – Die Normen werden billiger. Die Regierung zeigt sich zufrieden. "
        "Generalsekretärin Anna Maria Hochhalter betont vor allem, dass die Normen "
        "kostenfrei werden."
    )
    assert source_of(b, "kostenfrei").type != SourceType.OTHER


# -- party membership in a relative clause ------------------------------------------------------
def test_a_relative_clause_placing_a_person_in_a_party_or_chamber_makes_a_politician() -> None:
    a = run(
        "Wien – Im Gemeinderat wurde gestritten. Das sei ein Skandal, sagte Marlene Gruber, "
        "die für die Grünen im Landtag sitzt."
    )
    assert source_of(a, "Skandal").type == SourceType.POLITICIAN
    b = run(
        "Wien – Im Gemeinderat wurde gestritten. Das sei ein Skandal, sagte Marlene Gruber, "
        "die seit 2010 im Gemeinderat sitzt."
    )
    assert source_of(b, "Skandal").type == SourceType.POLITICIAN


def test_a_relative_clause_near_a_party_without_membership_is_no_party_post() -> None:
    for clause in ("die der SPÖ nahesteht", "die ein Café in der Innenstadt betreibt"):
        a = run(
            "Wien – Im Gemeinderat wurde gestritten. Das sei ein Skandal, sagte Marlene "
            f"Gruber, {clause}."
        )
        assert source_of(a, "Skandal").type != SourceType.POLITICIAN, clause
