"""Speaker resolution, round 7: unnamed people introduced with an indefinite article,
person nouns and role synonyms as descriptions, bodies by their kind ("die Behörde", "der
Club", "die Organisation"), plural verbs in -ern, demonstrative subjects, and statements
whose speaker phrase is missing (a colon before a quote, coordinated verbs, relative
clauses, "der 81-jährige").  Texts are written for these tests."""

from __future__ import annotations

from attribution_texts import find, run_text

from newsprobe.model import SpeakerResolution


def speaker_name(text: str, fragment: str) -> str | None:
    att = find(run_text(text), fragment)
    return att.speaker.name if att.speaker is not None else None


WITNESS = (
    "In dem Bericht der Organisation wird ein Augenzeuge zitiert. Seiner Darstellung "
    "zufolge fielen am Abend mehrere Schüsse. Laut dem Zeugen flohen die Täter in einem "
    "grauen Auto."
)


def test_a_possessive_takes_the_person_the_sentence_before_introduced() -> None:
    att = find(run_text(WITNESS), "mehrere Schüsse")
    assert att.speaker is not None
    assert att.speaker.name == "Augenzeuge"
    assert att.speaker.resolved_by == SpeakerResolution.PRONOUN
    assert not att.speaker.named


def test_a_definite_noun_takes_the_person_introduced_with_its_compound() -> None:
    att = find(run_text(WITNESS), "grauen Auto")
    assert att.speaker is not None
    assert att.speaker.name == "Augenzeuge"
    assert att.speaker.resolved_by == SpeakerResolution.DESCRIPTION


def test_a_possessive_of_schilderung_is_a_pronoun_not_a_document() -> None:
    text = (
        "Eine Anwohnerin sah das Feuer als Erste. Ihrer Schilderung zufolge brannte das "
        "Haus schon am frühen Morgen."
    )
    assert speaker_name(text, "frühen Morgen") == "Anwohnerin"


def test_an_unresolved_pronoun_takes_no_one_introduced_long_before() -> None:
    text = (
        "Ein Polizist kam am Morgen an den Ort. Das Wetter war schlecht. Die Straße war "
        "nass und rutschig. Er sagte, die Lage sei unübersichtlich gewesen."
    )
    att = find(run_text(text), "unübersichtlich")
    assert att.speaker is not None and att.speaker.name is None


def test_person_nouns_of_any_kind_describe_the_person_named_before() -> None:
    text = (
        "Der Sänger Max Raabe sagte der Zeitung, er freue sich auf die Tour. Auf die Frage "
        "nach seinem Alter antwortete der Musiker, das spiele keine Rolle."
    )
    assert speaker_name(text, "keine Rolle") == "Max Raabe"
    coach = (
        "Der Bundesliga-Trainer Stefan Roth lobte seine Mannschaft. Der Coach sagte, das "
        "Team habe Moral gezeigt."
    )
    assert speaker_name(coach, "Moral gezeigt") == "Stefan Roth"


def test_a_person_noun_in_a_statement_nouns_genitive_is_a_description() -> None:
    text = (
        "Der Virologe Hendrik Streeck sprach mit der Zeitung. Nach Einschätzung des "
        "Forschers wird die Welle im Winter zurückkommen."
    )
    assert speaker_name(text, "im Winter zurückkommen") == "Hendrik Streeck"


def test_die_behoerde_is_the_authority_named_before() -> None:
    text = (
        "Die Staatsanwaltschaft Köln ermittelt gegen einen Arzt. Nach Angaben der Behörde "
        "soll er Rezepte gefälscht haben."
    )
    assert speaker_name(text, "Rezepte gefälscht") == "Staatsanwaltschaft Köln"


def test_role_synonyms_link_lawyers_and_prosecutors() -> None:
    lawyer = (
        "Der Angeklagte schwieg während des Prozesses. Sein Verteidiger Klaus Mahn erklärte, "
        "sein Mandant sei unschuldig. Der Anwalt kündigte an, in Revision zu gehen."
    )
    assert speaker_name(lawyer, "in Revision zu gehen") == "Klaus Mahn"
    prosecutor = (
        "Der Richter Hans Bauer und die Staatsanwältin Eva Klein berieten sich. Die "
        "Anklägerin sagte danach, der Prozess werde fortgesetzt."
    )
    assert speaker_name(prosecutor, "werde fortgesetzt") == "Eva Klein"


def test_a_plural_verb_in_ern_asks_a_plural_antecedent() -> None:
    text = (
        "Die Grünen haben im Landtag einen Antrag eingebracht. Sie fordern ein Tempolimit "
        "auf Autobahnen."
    )
    assert speaker_name(text, "Tempolimit") == "Die Grünen"


def test_a_body_named_by_a_compound_of_its_kind_is_an_antecedent() -> None:
    text = "Der Mieterbund kritisierte die Pläne der Stadt. Er befürchtet höhere Mieten."
    assert speaker_name(text, "höhere Mieten") == "Mieterbund"


def test_a_lone_demonstrative_is_the_subject_that_speaks() -> None:
    text = (
        "Der Trainer sprach mit dem Kapitän Jonas Berg. Dieser erklärte danach, die "
        "Mannschaft sei bereit."
    )
    assert speaker_name(text, "Mannschaft sei bereit") == "Jonas Berg"


def test_kind_nouns_on_their_own_stand_for_the_body_named_before() -> None:
    club = (
        "Der Fußballverein Hertha BSC hat seinen Trainer entlassen. Der Club teilte am "
        "Sonntag mit, man habe das Vertrauen verloren."
    )
    assert speaker_name(club, "Vertrauen verloren") == "Hertha BSC"
    un = (
        "Die Vereinten Nationen warnten vor einer Hungersnot. Die Organisation erklärte, "
        "Millionen Menschen seien in Gefahr."
    )
    assert speaker_name(un, "in Gefahr") == "Vereinten Nationen"


def test_a_quote_after_a_colon_takes_the_pronoun_subject_of_the_clause() -> None:
    text = (
        "Die Bundeskanzlerin Angela Merkel begrüßte den Beschluss der Konferenz. Dabei "
        "griff sie auch den Präsidenten direkt an: „Wer so redet, stellt sich außerhalb "
        "der Gemeinschaft.“"
    )
    assert speaker_name(text, "außerhalb der Gemeinschaft") == "Angela Merkel"


def test_a_coordinated_participle_shares_the_main_clauses_subject() -> None:
    text = (
        "Der Journalist Tom Becker hatte in einer Sendung eine Geschichte erzählt, in der es "
        "um seine Angst ging, gleichzeitig aber auch darauf hingewiesen, er habe keine "
        "Vorurteile."
    )
    att = find(run_text(text), "keine Vorurteile")
    assert not att.speakers  # the cue rules found no speaker phrase: this reader's case
    assert att.speaker is not None and att.speaker.name == "Tom Becker"


def test_a_passive_sentence_shares_no_subject() -> None:
    text = (
        "Der Bürgermeister Jan Kolb wurde am Montag kritisiert und aufgefordert, die "
        "Straße zu sanieren."
    )
    att = find(run_text(text), "Straße zu sanieren")
    assert att.speaker is None or att.speaker.name != "Jan Kolb"


def test_a_relative_clauses_cue_takes_the_relative_pronouns_antecedent() -> None:
    text = (
        "In der Zeitung erschien ein Kommentar, der die Entscheidung der Jury als „nicht "
        "nachvollziehbare Verirrung von sechs Juroren“ bezeichnet, denen jedes Gefühl für die "
        "Lage abhanden gekommen sei."
    )
    att = next(a for a in run_text(text).attributions if a.cue and a.cue.text == "bezeichnet")
    assert not att.speakers  # the cue rules found no speaker phrase: this reader's case
    assert att.speaker is not None and att.speaker.name == "Kommentar"


def test_an_age_stands_for_an_unnamed_person_as_a_pronoun_would() -> None:
    text = (
        "Der Hausbesitzer machte in Interviews widersprüchliche Aussagen. Am Montag sagte "
        "der 81-jährige in einem Interview, die Maus sei sofort tot gewesen."
    )
    att = find(run_text(text), "Maus sei sofort tot")
    assert att.speaker is not None
    assert att.speaker.name == "Hausbesitzer"
    assert att.speaker.resolved_by == SpeakerResolution.DESCRIPTION


# -- the sentence readers on their own: the cue rules find these phrases themselves, so
# each reader is asked with the statement's speaker phrase taken away


def _read(reader_name: str, text: str, cue: str) -> str | None:
    from newsprobe.attribution import unframed
    from newsprobe.attribution.speaker_article import article
    from newsprobe.attribution.speaker_resolution import _phrase

    analysis = run_text(text)
    att = analysis.attributions[0].model_copy(deep=True)
    start = text.index(cue)
    att.cue = att.cue.model_copy(update={"start": start, "end": start + len(cue), "text": cue})
    att.speakers = []
    reader = getattr(unframed, reader_name)
    found = reader(unframed.Ask(att, article(analysis), [], {}, _phrase))
    return found.name if found is not None else None


def test_a_wie_clause_names_its_speaker_in_quotation_marks() -> None:
    text = "Wie die „Stiftung Kinderhilfe“ am Montag mitteilte, wurden 300 Familien versorgt."
    assert _read("wie_clause", text, "mitteilte") == "Stiftung Kinderhilfe"
    comparison = "Es ging so schnell, wie die Polizei es erwartet hatte, sagte Anna Brehm."
    assert _read("wie_clause", comparison, "sagte") is None


def test_a_phrase_that_opens_the_clause_before_the_cue_verb_speaks() -> None:
    text = (
        "Das Budget wurde gekürzt. Der Vorsitzende des Finanzausschusses des Landtags Peter "
        "Kranz erklärte, die Kürzung sei nötig."
    )
    assert _read("subject_before_cue", text, "erklärte") == "Peter Kranz"


def test_a_passive_zitiert_names_its_speaker_after_the_auxiliary() -> None:
    text = (
        "Der Plan sei gut, sagte Jan Ott. Das sei ein großer Schritt, wird Lena Vogt, "
        "Leiterin des Instituts, in der Mitteilung zitiert."
    )
    assert _read("passive_quoted", text, "zitiert") == "Lena Vogt"


def test_kinds_of_company_stand_for_the_company_named_before() -> None:
    car = (
        "Volkswagen hat seine Prognose gesenkt. Der Autobauer teilte mit, die Nachfrage in "
        "China sei schwach."
    )
    assert speaker_name(car, "Nachfrage in China") == "Volkswagen"
    tv = (
        "Der Sender RTL zeigt die Serie nicht mehr. Wie der Privatsender mitteilte, seien die "
        "Quoten zu schwach."
    )
    assert speaker_name(tv, "Quoten zu schwach") == "RTL"


def test_a_sentence_opening_possessive_description_takes_the_role_holder() -> None:
    text = (
        "Die Lehrerin Maria Huber und ihr Kollege Peter Stein protestierten vor der Schule. "
        "Huber sagte, die Klassen seien zu groß. Ihr Kollege ergänzte, es fehlten Lehrer."
    )
    assert speaker_name(text, "fehlten Lehrer") == "Peter Stein"
