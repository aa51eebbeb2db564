"""A person named with a role or title noun in front ("Landesgesundheitsministerin Katrin
Albers") is one entity with the bare name, and the role noun is a mention of that person, so
that the attribution layer finds one source, not two.  Texts written for these tests."""

from __future__ import annotations

from newsprobe import analyze_text
from newsprobe.entities.aliases import NameMention, cluster, without_role_prefix
from newsprobe.entities.roles import find_roles, role_by_suffix
from newsprobe.model import MentionForm

TEXT = """Streit um Geburtsstation in Talheim

Talheim – Die Schließung der Geburtsstation beschäftigt die Landespolitik. \
Landesgesundheitsministerin Katrin Albers betonte am Dienstag, die Versorgung sei gesichert. \
Der Kreistagsabgeordnete Yusuf Demir widersprach. Auch der Klinik-Experte Dr. Jonas Feldmann \
äußerte sich skeptisch.

„Eine Geburtsstation schließt man nicht per Rundmail“, sagte Katrin Albers später. Demir \
kündigte eine Anfrage an. Albers will im Januar nach Talheim reisen.
"""


def test_role_by_suffix() -> None:
    assert role_by_suffix("Landesgesundheitsministerin")
    assert role_by_suffix("Kreistagsabgeordnete")
    assert role_by_suffix("IVRM-Experten")
    assert not role_by_suffix("Minister")  # too short a prefix: the role table's business
    assert not role_by_suffix("Gesundheitsministerium")
    assert not role_by_suffix("landesgesundheitsministerin")


def test_find_roles_marks_suffix_roles() -> None:
    words = ["Landesgesundheitsministerin", "Katrin", "Albers", "betonte"]
    roles = [r for r in find_roles(words) if r.by_suffix]
    assert [(r.start, r.end) for r in roles] == [(0, 1)]


def test_without_role_prefix() -> None:
    assert without_role_prefix(("Landesgesundheitsministerin", "Katrin", "Albers")) == (
        "Katrin",
        "Albers",
    )
    assert without_role_prefix(("Dr.", "Katrin", "Albers")) == ("Katrin", "Albers")
    assert without_role_prefix(("Albers",)) == ("Albers",)
    assert without_role_prefix(("Katrin", "Albers")) == ("Katrin", "Albers")


def test_cluster_merges_role_prefixed_name_with_bare_name() -> None:
    mentions = [
        NameMention(0, "Katrin Albers", "PER", "name"),
        NameMention(1, "Yusuf Demir", "PER", "name"),
        NameMention(2, "Landesgesundheitsministerin Albers", "PER", "name"),
        NameMention(3, "Dr. Yusuf Demir", "PER", "name"),
    ]
    assert cluster(mentions) == [[0, 2], [1, 3]]


def test_one_entity_and_one_source_per_person() -> None:
    a = analyze_text(TEXT)
    albers = [e for e in a.entities if "Albers" in e.name]
    assert len(albers) == 1, [e.name for e in a.entities]
    forms = {
        a.mentions[i].form: a.text[a.mentions[i].start : a.mentions[i].end]
        for i in albers[0].mentions
    }
    assert forms.get(MentionForm.ROLE) == "Landesgesundheitsministerin"
    demir = [e for e in a.entities if "Demir" in e.name]
    assert len(demir) == 1
    assert any(a.mentions[i].form is MentionForm.ROLE for i in demir[0].mentions)
    feldmann = [e for e in a.entities if "Feldmann" in e.name]
    assert len(feldmann) == 1  # the role noun reaches the name across "Dr."
    assert any(
        a.text[a.mentions[i].start : a.mentions[i].end] == "Klinik-Experte"
        for i in feldmann[0].mentions
    )
    sources = [s for s in a.sources if "Albers" in s.name]
    assert len(sources) == 1, [s.name for s in a.sources]
    assert sources[0].entity == albers[0].id
