"""Round 12 of the headline check: a party's own announced step, an authority's own account,
"almost all" under "all", an act only a warning or a party's claim states with its doer named
by another word, an "X:" prefix that abbreviates a source, the speaker of a trailing verb of
saying (texts written for these tests)."""

from __future__ import annotations

from newsprobe.api import analyze_text
from newsprobe.claims import headline_scope
from newsprobe.claims.backing import weigh
from newsprobe.claims.open_cause import names_cause
from newsprobe.claims.saying import abbreviates
from newsprobe.claims.stance import Weight, tokens_in
from newsprobe.claims.stance_markers import speaker_words
from newsprobe.training.gold import predicted_label


def _label(headline: str, body: str, lang: str = "de") -> str:
    return predicted_label(analyze_text(f"{headline}\n\n{body}", lang=lang))


def _weight(body: str, sentence_start: str, lang: str = "de") -> Weight:
    analysis = analyze_text(body, lang=lang)
    claim = next(c for c in analysis.claims if c.text.startswith(sentence_start))
    return weigh(analysis, claim, "sources" in analysis.components).weight


# -- a party's own announced step ----------------------------------------------------------------
CUTS = (
    "The drone maker Skyhaven said on Tuesday it would cut about 600 jobs, a fifth of its staff, "
    "as orders from retailers slow. The company had hired heavily during the last two years.\n\n"
    "Skyhaven's shares fell 3 percent in early trading."
)


def test_a_company_announcing_its_own_step_is_the_authority_on_it() -> None:
    # "said it would cut": the speaker's own next step, not a party's contested claim
    analysis = analyze_text(CUTS, lang="en")
    claim = next(c for c in analysis.claims if c.text.startswith("The drone maker"))
    assert headline_scope.intends(analysis, claim)
    assert _label("Skyhaven to cut 600 jobs as orders slow", CUTS, "en") == "supported"
    # stated as done, the plan is still overstated
    assert _label("Skyhaven has cut 600 jobs", CUTS, "en") == "overstated"


def test_a_future_about_others_is_no_intention() -> None:
    body = (
        "Shop owners in the city centre warned on Monday that the new parking charge would "
        "drive customers to out-of-town retail parks."
    )
    analysis = analyze_text(body, lang="en")
    assert not headline_scope.intends(analysis, analysis.claims[0])


# -- an authority's own account -----------------------------------------------------------------
def test_an_authoritys_own_account_is_no_partys_claim() -> None:
    body = (
        "Das Bundeskartellamt hat nach eigenen Angaben ein Verfahren gegen den Molkereikonzern "
        "Milchwerk eingeleitet. Es geht um mögliche Preisabsprachen mit Supermärkten."
    )
    assert _weight(body, "Das Bundeskartellamt") is not Weight.INTERESTED
    assert _label("Kartellamt ermittelt gegen Milchwerk", body) == "supported"


def test_a_companys_own_account_of_its_merit_stays_a_partys_claim() -> None:
    body = (
        "Der Molkereikonzern Milchwerk hat nach eigenen Angaben als erstes Unternehmen der "
        "Branche alle Verpackungen auf recycelbare Kunststoffe umgestellt. Umweltverbände "
        "bezweifeln das."
    )
    assert _weight(body, "Der Molkereikonzern") is Weight.INTERESTED


# -- almost all, stated as all ------------------------------------------------------------------
BANS = (
    "Die Stadt Lindental verbietet ab Mai das Parken auf fast allen Plätzen der Altstadt. Das hat "
    "der Stadtrat am Dienstag beschlossen. Ausgenommen ist der Marktplatz."
)


def test_almost_all_stated_as_all_is_overstated() -> None:
    assert _label("Parkverbot auf allen Plätzen der Lindentaler Altstadt", BANS) == "overstated"
    assert _label("Parkverbot auf fast allen Plätzen der Lindentaler Altstadt", BANS) == (
        "supported"
    )
    body = (
        "Nearly all primary schools in the county of Eastmoor will close on Friday because of "
        "the storm, the county council said."
    )
    assert _label("All Eastmoor primary schools close for storm", body, "en") == "overstated"


# -- an act only a warning states, its doer named by another word -------------------------------
ZONE = (
    "Die Stadt Kellbach richtet zum 1. Juni eine Umweltzone in der Innenstadt ein. Das hat der "
    "Stadtrat am Montag beschlossen.\n\nDer Einzelhandelsverband warnte, die Zone werde "
    "Kunden aus dem Umland vertreiben. Die Verwaltung erwartet bessere Luft."
)


def test_an_act_only_a_warning_states_is_overstated_as_fact() -> None:
    # the warning names the zone as "die Zone": only it says the act (vertreiben + Kunden)
    assert _label("Umweltzone vertreibt Kunden aus Kellbachs Innenstadt", ZONE) == "overstated"
    assert _label("Kellbach beschließt Umweltzone für die Innenstadt", ZONE) == "supported"


def test_a_strong_sentence_with_the_act_keeps_it_supported() -> None:
    body = ZONE + " Seit Juni hat die Zone schon viele Kunden aus der Innenstadt vertrieben."
    assert _label("Umweltzone vertreibt Kunden aus Kellbachs Innenstadt", body) == "supported"


def test_a_figure_the_weak_claim_lacks_leaves_it_to_the_strong_one() -> None:
    body = (
        "Die Polizei in Hellstedt hat einen 24-Jährigen festgenommen, der mehrere Fenster "
        "eingeschlagen haben soll. Nach Angaben der Polizei wurden an mindestens neun Häusern "
        "Schäden festgestellt."
    )
    assert _label("Mindestens neun Fenster in Hellstedt eingeschlagen", body) != "overstated"


# -- an "X:" prefix that abbreviates a source ---------------------------------------------------
def test_an_abbreviation_names_its_source() -> None:
    assert abbreviates("HR", "Hessischen Rundfunks")
    assert abbreviates("CMA", "Competition and Markets Authority")
    assert not abbreviates("HR", "Westdeutscher Rundfunk")
    assert not abbreviates("Kiel", "Kieler Nachrichten")
    body = (
        "Die Stadtwerke Nordhafen haben einem Bericht des Hessischen Rundfunks zufolge über "
        "Jahre zu hohe Wasserpreise verlangt. Die Stadtwerke wiesen das zurück."
    )
    assert _label("HR: Stadtwerke Nordhafen verlangten zu hohe Wasserpreise", body) == "supported"
    assert _label("Stadtwerke Nordhafen verlangten zu hohe Wasserpreise", body) == "overstated"


# -- the speaker of a trailing verb of saying ---------------------------------------------------
def test_a_trailing_verb_of_saying_names_its_speaker_after_the_comma() -> None:
    body = (
        "The chief executive of the bus operator Lynmoor Coaches, Paul Grant, is stepping down, "
        "the company said on Friday."
    )
    analysis = analyze_text(body, lang="en")
    claim = analysis.claims[0]
    cue = next(c for c in claim.cues if c.type == "speech_verb")
    toks = tokens_in(analysis, claim.start, claim.end)
    forms = [(t.text.lower(),) for t in toks]
    assert [f[0] for f in speaker_words(toks, forms, cue.start)] == ["the", "company"]
    assert _label("Lynmoor Coaches chief executive to step down", body, "en") == "supported"


# -- a cause the body leaves open ---------------------------------------------------------------
BLAST = (
    "Bei einer Explosion in einer Lackfabrik in Wendorf sind am Dienstag drei Arbeiter verletzt "
    "worden. Die Ursache der Explosion ist noch unklar. Ein Sprecher der Firma sagte, "
    "möglicherweise sei eine Gasleitung undicht gewesen."
)


def test_a_cause_the_body_leaves_open_is_overstated_as_fact() -> None:
    assert _label("Undichte Gasleitung löste Explosion in Wendorf aus", BLAST) == "overstated"
    # the event itself, and the open question, are not
    assert _label("Drei Verletzte bei Explosion in Wendorfer Lackfabrik", BLAST) == "supported"
    body = (
        "A freight train derailed near the town of Milbury on Sunday, blocking the main line "
        "for a day, the rail operator said. The cause of the derailment is being investigated; "
        "a union official said a broken rail was the most likely explanation."
    )
    assert _label("Broken rail caused Milbury derailment", body, "en") == "overstated"
    assert _label("Freight train derails near Milbury", body, "en") == "supported"


def test_a_cause_the_body_states_stays_supported() -> None:
    body = (
        "Bei einer Explosion in einer Lackfabrik in Wendorf sind am Dienstag drei Arbeiter "
        "verletzt worden. Eine undichte Gasleitung hat die Explosion ausgelöst, teilte die "
        "Polizei nach der Untersuchung durch Gutachter mit."
    )
    assert names_cause(tokens_in(analyze_text("Gas caused the blast", lang="en"), 0, 21))
    assert _label("Undichte Gasleitung löste Explosion in Wendorf aus", body) == "supported"


def test_a_cause_found_later_in_the_text_backs_the_headline() -> None:
    body = BLAST + " Am Abend stand fest: Eine undichte Gasleitung hat die Explosion ausgelöst."
    assert _label("Undichte Gasleitung löste Explosion in Wendorf aus", body) == "supported"


def test_a_finished_inquiry_that_names_the_cause_leaves_nothing_open() -> None:
    body = (
        "Bei einem Brand in einer Scheune in Ostheim ist am Sonntag ein Schaden von 80.000 Euro "
        "entstanden. Die Ursache des Feuers war ein defektes Kabel, teilte die Feuerwehr nach "
        "ihren Untersuchungen mit."
    )
    assert _label("Defektes Kabel löste Scheunenbrand in Ostheim aus", body) != "overstated"
    body = (
        "A barn fire near Eastwick caused damage of 50,000 pounds on Sunday. An investigation "
        "found that the cause was a faulty cable, the fire service said."
    )
    assert _label("Faulty cable caused Eastwick barn fire", body, "en") != "overstated"
