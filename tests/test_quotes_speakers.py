"""Quotations in German news: what is not one (titles, names, foreign mottos), which cue words
count (`ß` spellings, particle and passive verbs), and who speaks when the cue names no
person (descriptions, documents, the sentence before or after, appositions)."""

from __future__ import annotations

import time

import pytest

from newsgraph import Document, extract
from newsgraph.model import Quote
from newsgraph.speech import find_phrase, is_cue, lexicon, words


def direct(text: str) -> tuple[Document, list[Quote]]:
    doc = extract(text, language="de")
    return doc, [q for q in doc.quotes if q.kind == "direct"]


def speaker_name(doc: Document, quote: Quote) -> str | None:
    names = {e.id: e.name for e in doc.entities}
    return names.get(quote.speaker) if quote.speaker else None


@pytest.mark.parametrize(
    "text",
    [
        # organisation names, capitalised words joined by connectors (also foreign ones)
        "Arni Finnsson, ein Vertreter der Umweltschutzorganisation „Iceland Nature Conservation "
        "Association“ (Inca), kommentierte die Entscheidung.",
        "Der Sprecher sagte, die Kampagne werde von „Reporter ohne Grenzen“ unterstützt.",
        # a web address
        "Der Verband kommentierte die Entscheidung laut „news.bbc.co.uk“ mit deutlichen Worten.",
        # a foreign motto or title, neither speech here nor German
        "Der Papst erklärte seine erste Enzyklika „Deus caritas est“ in Rom ausführlich.",
        # a naming word right before the mark, inflected or behind a colon
        "Der Verlag teilte mit, dass die Auflage des Romans „Ein Leben voller Irrtümer und "
        "Zufälle“ im Herbst erscheint.",
        "Das neue Buch mit dem Titel: „Sie befinden sich hier und jetzt“ erscheint im Herbst.",
    ],
)
def test_names_and_titles_are_not_quotations(text: str) -> None:
    assert direct(text)[1] == []


def test_speech_after_a_cue_with_als_stays_speech() -> None:
    _, quotes = direct(
        "Der Minister bezeichnete die Lage als „zutiefst verlogen und heuchlerisch“."
    )
    assert [q.text for q in quotes] == ["zutiefst verlogen und heuchlerisch"]


def test_cue_verbs_spelt_with_sharp_s_are_cues() -> None:
    """`äußerte` and `heißt` are looked up case-folded (`äussern`), as the data file is."""
    doc, quotes = direct(
        "Die Zahl stieg. „Die Entwicklung am Arbeitsmarkt setzt sich fort“, äußerte sich "
        "Angela Merkel in Berlin."
    )
    assert quotes[0].cue == "äußerte"
    assert speaker_name(doc, quotes[0]) == "Angela Merkel"


def test_phrases_are_found_in_the_text_itself_after_sharp_s() -> None:
    """Case-folding turns `ß` into `ss`; offsets found in a folded copy would drift."""
    lex = lexicon("de")
    assert lex is not None
    text = "Die Straße ist gesperrt, laut Polizei."
    match = find_phrase("laut", text)
    assert match is not None and text[match.start() : match.end()] == "laut"


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        (
            "„Die Produktion wird nicht ausgebaut werden“, gab ein Sprecher des Unternehmens "
            "bekannt.",
            "gab",
        ),
        ("„Ich trete an als ein konservativer Republikaner“, strich Mitt Romney heraus.", "strich"),
        (
            "„Dies ist eine echte Chance für das Video im Netz“, wird Mike Downey, Manager für "
            "Flash, zitiert.",
            "zitiert",
        ),
    ],
)
def test_particle_and_passive_cues(text: str, cue: str) -> None:
    assert direct(text)[1][0].cue == cue


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Die Daten werden weitergegeben. Sollten die Betroffenen davon erfahren, so gebe es "
            "keine Möglichkeit, sich dagegen zu wehren.",
            id="infinitive-zu-completes-no-geben",
        ),
        pytest.param(
            "Der Guru hatte ihr den Rat gegeben, die kleine Tochter zu begraben.",
            id="zu-of-a-later-infinitive",
        ),
        pytest.param(
            "Die Spannungen an der Grenze nehmen weiter zu, nachdem es dort zu Zusammenstößen "
            "zwischen den Truppen gekommen war.",
            id="a-preposition-is-no-particle",
        ),
    ],
)
def test_a_particle_verb_needs_its_particle_closing_the_clause(text: str) -> None:
    """`zu` before an infinitive and a preposition before its noun (`an der Grenze`) are no
    particles, so `gebe`, `gegeben`, `nehmen` are no speech verbs here."""
    assert extract(text, language="de").quotes == []


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        pytest.param(
            "Davon geht Slobodan Samardzic, der zuständige serbische Minister, aus.",
            "geht",
            id="particle-after-an-apposition",
        ),
        pytest.param(
            "Wie das Ministerium heute bekannt gab, wird Island den Walfang wieder aufnehmen.",
            "gab",
            id="particle-before-a-final-verb",
        ),
        pytest.param(
            "„Die Lage ist ernst“, fügte Olaf Scholz hinzu und verließ den Saal.",
            "fügte",
            id="particle-before-a-coordinator",
        ),
    ],
)
def test_a_separated_particle_completes_its_verb(text: str, cue: str) -> None:
    assert [q.cue for q in extract(text, language="de").quotes] == [cue]


def test_a_particle_of_a_later_clause_completes_no_verb() -> None:
    """`, und …` opens another clause: its `an` is no particle of `gab`."""
    lex = lexicon("de")
    assert lex is not None
    assert not lex.completes(
        "geben", "Der Konzern ", " im Streit nach, und die Verhandlungen fingen wieder an."
    )
    assert lex.completes("gehen", "Davon ", " Slobodan Samardzic, der Minister, aus.")


def test_particle_verbs_in_a_long_sentence_cost_linear_time() -> None:
    """Each candidate verb reads a bounded stretch after it, not the rest of the sentence."""
    lex = lexicon("de")
    assert lex is not None
    segment = "der Konzern gab im Streit nach und teilte die Zahlen " * 1000
    started = time.perf_counter()
    cues = [t for t in words(segment) if is_cue(lex, segment, t)]
    assert cues == []
    assert time.perf_counter() - started < 2.0


def test_medium_after_a_preposition_is_not_the_speaker() -> None:
    doc, quotes = direct(
        "Gegenüber dem Tagesspiegel sagte der Linkspolitiker: „Man kommt mit Militär an und "
        "verteilt die Güter.“"
    )
    assert speaker_name(doc, quotes[0]) != "Tagesspiegel"
    assert quotes[0].speaker_text is not None
    assert "Linkspolitiker" in quotes[0].speaker_text


def test_quoted_name_of_a_medium_is_part_of_the_subject() -> None:
    _, quotes = direct(
        "Er starb. „Er ist der kreative Kopf, der in Erinnerung geblieben ist“, schrieb "
        "„Die Zeit“ in einem Nachruf."
    )
    assert quotes[0].speaker_text == "Die Zeit"


def test_so_before_an_impersonal_cue_leaves_the_cue_to_the_verb() -> None:
    _, quotes = direct(
        "Die Werke bleiben. Einsparungen sollen „durch mehr Effizienz und Produktivität“ "
        "erreicht werden, so heißt es in einer gemeinsamen Erklärung des Betriebsrates."
    )
    assert quotes[0].cue == "heißt"
    assert quotes[0].speaker_text == "in einer gemeinsamen Erklärung des Betriebsrates"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a cue after a coordinator shares the subject of the clause before the quotation
        (
            "Die Gewerkschafterin Petra Lindner nannte den Plan „völlig verantwortungslos“ "
            "und verwies auf Zahlen von Thomas Becker.",
            "Petra Lindner",
        ),
        # in German a cue after its own subject starts another clause
        (
            "Bürgermeister Jan Albers nannte die Entscheidung „überstürzt und falsch“, "
            "Landrat Klaus Feldmann bezeichnete sie dagegen als vernünftig.",
            "Jan Albers",
        ),
        # a subject between the clause's comma and a final participle
        (
            "Peter Lang widersprach. Die Stadt habe „viel zu lange auf die falschen Pläne "
            "gesetzt“, hatte Maria Vogt damals gesagt und Peter Lang kritisiert.",
            "Maria Vogt",
        ),
        # a name set off as an apposition is the subject, not a clause before the verb
        (
            "Der Vorsitzende des Vereins, Martin Krüger, würdigte Anna Roth in einer "
            "Mitteilung als „eine unermüdliche und mutige Kämpferin“.",
            "Martin Krüger",
        ),
        # subjunctive speech in a sentence opening with `für X` is X's view
        (
            "Ulrich Brandt sprach zuerst. Für die Historikerin Sabine Kern sei der Beschluss "
            "„aus vielen Gründen ein Fehler“.",
            "Sabine Kern",
        ),
        # a separable cue (`sicherte … zu`) whose bare verb is listed only for its particle
        (
            "Den Bauern sicherte Ministerin Eva Hartmann am Montag zu, dass sie „die Hilfen "
            "noch in diesem Jahr auszahlen werde“.",
            "Eva Hartmann",
        ),
    ],
)
def test_clause_structure_decides_the_speaker(text: str, speaker: str) -> None:
    doc, quotes = direct(text)
    assert len(quotes) == 1
    assert speaker_name(doc, quotes[0]) == speaker


def test_a_name_in_the_genitive_is_not_the_speaker() -> None:
    doc, quotes = direct(
        "Der Preis geht an Barack Obama. Das Komitee würdigte damit Obamas Einsatz für die "
        "„Stärkung der internationalen Diplomatie“."
    )
    assert quotes[0].speaker is None
    assert quotes[0].speaker_text is not None and "Komitee" in quotes[0].speaker_text


def test_a_capitalised_noun_is_no_cue_verb() -> None:
    _, quotes = direct(
        "In dem Schreiben an die Mitarbeiter war von einem „offenen und ehrlichen Dialog“ die Rede."
    )
    assert all(q.cue != "Schreiben" for q in quotes)


@pytest.mark.parametrize(
    "text",
    [
        "Die Junta werde sich dann in den „Rat für nationale Sicherheit“ umbenennen.",
        "Die Aktion ist Teil einer „Woche des verbotenen Buches“ in vielen Städten.",
        # a naming word as the last part of a hyphenated compound
        "Danach zeigte er seine Klima-Dokumentation „Die Zeit läuft uns allen davon“ im Saal.",
    ],
)
def test_named_titles_are_not_quotations(text: str) -> None:
    _, quotes = direct(text)
    assert quotes == []


def test_a_noun_phrase_after_a_speech_verb_stays_a_quotation() -> None:
    doc, quotes = direct(
        "Trainer Thomas Berg war zufrieden: „Ein guter Start“, sagte er nach dem Spiel."
    )
    assert [q.text for q in quotes] == ["Ein guter Start"]
    assert speaker_name(doc, quotes[0]) == "Thomas Berg"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a cue after the quotation that names nobody yields to the named cue before it
        (
            "Regierungssprecher Steffen Seibert schrieb bei Twitter: „Das sind furchtbare "
            "Nachrichten aus der Stadt“, weiter hieß es, dass das Mitgefühl allen gelte.",
            "Steffen Seibert",
        ),
        # a participle naming something (`kurz „PACs“ genannt`) is no cue of its own
        (
            "Barack Obama sagte in einer Videobotschaft, der Verzicht sei keine leichte "
            "Entscheidung gewesen. Allerdings sei das System „kaputt“, denn es könne durch "
            "Komitees, kurz „PACs“ genannt, unterwandert werden.",
            "Barack Obama",
        ),
        # a verb inside a `dass` clause is what is said, not its cue
        (
            "Der Theologe Hans Küng hofft, „dass Ratzinger keinen Einfluss auf die Wahl "
            "nimmt.“ Es sei ohnehin schwierig, dass man eine Person findet, „die die Kirche "
            "aus der Krise führen könnte.“",
            "Hans Küng",
        ),
        # a subjunctive sentence before a colon goes on with the reported speech
        (
            "Wie die Premierministerin Anna Bligh erklärte, habe sie den Zivilschutz "
            "alarmiert. Queensland sei Neuseeland zu Dank verpflichtet: „Sie haben uns "
            "Helfer geschickt, und wir werden ihnen genauso helfen.“",
            "Anna Bligh",
        ),
        # a quotation in parentheses right after a name
        (
            "Viele gratulierten, so Silvio Berlusconi und der Leiter der Atombehörde, "
            "Mohammed ElBaradei („Mir fällt niemand ein, der diese Ehre mehr verdient "
            "hätte.“), und andere.",
            "Mohammed ElBaradei",
        ),
        # two speakers in one stretch: the clause of the other speech verb is left out
        (
            "Ministerin Susanne Eisenmann wies diese Behauptung zurück, die Sprecherin der "
            "Fraktion, Sandra Boser, erklärte: „Neiddebatten sind völlig fehl am Platz.“",
            "Sandra Boser",
        ),
        # a name set off by commas before a verb is its subject, not a final cue's content
        (
            "Die Haushaltspolitikerin der Grünen, Anja Hajduk, kritisierte die Pläne der "
            "Regierung. Hier seien die Mittel „völlig unrealistisch“.",
            "Anja Hajduk",
        ),
        # a name with its apposition opening a sentence is the subject of the verb after them
        (
            "Sadiq Khan, einer der Abgeordneten, die den Brief unterschrieben, verurteilte die "
            "Haltung der Regierung bezüglich des Nahen Ostens. „Diese Regierung hat einige "
            "große Erfolge in der Außenpolitik zu verzeichnen.“",
            "Sadiq Khan",
        ),
        # a quotation without a cue of its own is by whom its sentence names before it
        (
            "Auch Winfried Hassemer glaubt, dass ein Verfahren möglich sei. Auch der Sprecher "
            "der SPD, Dieter Wiefelspütz, will „in den kommenden Wochen noch einmal sorgfältig "
            "prüfen“, ob ein Verbot angestrebt werden solle.",
            "Dieter Wiefelspütz",
        ),
        # a cue verb in the subjunctive is reported: its subject names no speaker
        (
            "„Ich halte Studiengebühren für richtig“, sagte Annette Schavan. Die Studie zeige "
            "in Wahrheit, „dass die Gebühren kaum vom Studium abschrecken“.",
            "Annette Schavan",
        ),
        # a speech verb without a quotation makes its subject the one reported after it
        (
            "Innenminister Thomas de Maizière weist auf die neuen Risiken hin. Dazu gehöre die "
            "Gesichtserkennung. So gewonnene Daten seien „in besonderem Maße schutzwürdig“.",
            "Thomas de Maizière",
        ),
        # a role noun stands for the holder of a role with the same head
        (
            "Innenminister Thomas de Maizière legte den Entwurf vor. Der Minister sagte: „Die "
            "Daten sind in besonderem Maße schutzwürdig.“",
            "Thomas de Maizière",
        ),
        pytest.param(
            "Angela Merkel sagte dazu gegenüber der ARD: „Frauen haben sich gegen den Diktator "
            "gestellt und kämpfen weiter“, betont sie.",
            "Angela Merkel",
            id="cue-after-with-a-pronoun-yields-to-a-named-cue-before",
        ),
        pytest.param(
            "Olaf Scholz hatte am Samstag die Zustimmung seiner Regierung „trotz einiger "
            "Vorbehalte“ bekanntgegeben.",
            "Olaf Scholz",
            id="clause-final-cue-takes-the-subject-before-the-quotation",
        ),
        pytest.param(
            "Die Debatte war lang. Olaf Scholz verteidigte die Haltung der Regierung im "
            "Bundestag. „Diese Regierung hat große Erfolge in der Außenpolitik zu verzeichnen.“",
            "Olaf Scholz",
            id="quotation-without-cue-is-by-whom-the-sentence-before-introduces",
        ),
        pytest.param(
            "„Ja, es gibt Zumutungen für alle Bürger.“ Das musste Bundesfinanzminister Olaf "
            "Scholz zu Beginn der Debatte einräumen.",
            "Olaf Scholz",
            id="sentence-pointing-back-names-the-source",
        ),
        pytest.param(
            "Die Lage ist ernst. Nach den Worten der innenpolitischen Sprecherin der "
            "FDP-Bundesfraktion, Gisela Piltz, fehle es „an einem durchgreifenden Konzept“.",
            "Gisela Piltz",
            id="name-in-apposition-after-a-source-phrase",
        ),
        pytest.param(
            "Die Schwelle sei zu niedrig. Der Einsatz solle sich, so Olaf Scholz, „in Anbetracht "
            "der Grundrechte vieler Personen“ auf schwere Fälle begrenzen.",
            "Olaf Scholz",
            id="so-before-a-quotation-names-its-speaker",
        ),
    ],
)
def test_speaker_across_clauses_and_sentences(text: str, speaker: str) -> None:
    doc, quotes = direct(text)
    assert speaker_name(doc, quotes[-1]) == speaker


@pytest.mark.parametrize(
    ("text", "speaker_text"),
    [
        # an impersonal cue after words that stand for nobody still names its document
        (
            "Die Gruppe fordert Kennzeichen. „Werden Straftaten von Polizisten nicht "
            "verfolgt, besteht die Gefahr eines Prangers“ heißt es dazu in einer "
            "Pressemitteilung des Vereins.",
            "in einer Pressemitteilung des Vereins",
        ),
        # the document is where it appeared, not the stretch after the verb
        (
            "Auf der Homepage heißt es zur Begründung, warum man sich für das Bild entschieden "
            "hat: „Die Striche wurden wegen ihrer bildhaften Darstellung gewählt.“",
            "Auf der Homepage",
        ),
        # reported speech after an impersonal cue goes on quoting its document
        (
            "In einem Positionspapier des Ministeriums heißt es, die Prüfung habe ergeben, "
            "dass die Regeln wirkten. Deshalb sei es „folgerichtig, die bewährten Regelungen "
            "beizubehalten“.",
            "In einem Positionspapier des Ministeriums",
        ),
        # a quotation without a cue is by the noun phrase opening its sentence
        (
            "Richter Michael Seidling verlas das Urteil. Das Gericht kam damit zu dem "
            "Ergebnis, „dass keine tragfähige Grundlage für eine Verurteilung besteht“.",
            "Das Gericht",
        ),
        # of two source phrases, the last before the quoted fragment introduces it
        (
            "Nach Angaben des Verfassungsschutzes handelt es sich um Missionierung, die nach "
            "Bewertung der Staatsanwaltschaft „keinen Anlass für Maßnahmen“ gibt.",
            "der Staatsanwaltschaft",
        ),
        # an article followed by a preposition opens an attribute of the subject's noun
        (
            "„Jetzt ist es noch außergewöhnlicher als damals“, schrieb die in New York "
            "geborene Sängerin, die den Auftritt mit ihrer Kollegin aus Kolumbien kaum "
            "erwarten könne.",
            "die in New York geborene Sängerin",
        ),
        pytest.param(
            "Er trat zurück. „Angesichts der Kritik bin ich zu dem Entschluss gekommen“, heißt "
            "es in einer gestern verbreiteten Erklärung.",
            "in einer gestern verbreiteten Erklärung",
            id="impersonal-cue-names-the-document",
        ),
        pytest.param(
            "Die Hausverwaltung versicherte, dass die Tafel noch existiere. "
            "Eine „offene architektonische Frage“ sei der Grund für die Verzögerung.",
            "Die Hausverwaltung",
            id="descriptive-speaker-goes-on-in-reported-speech",
        ),
    ],
)
def test_speaker_described_as_written(text: str, speaker_text: str) -> None:
    _, quotes = direct(text)
    assert (quotes[-1].speaker, quotes[-1].speaker_text) == (None, speaker_text)


def test_das_heisst_is_no_speech_cue() -> None:
    """`das heißt` (that is) reports nothing: a short quotation beside it has no cue."""
    _, quotes = direct("Es bestehen „begründete Zweifel“ an der Schuld, das heißt am Tatvorwurf.")
    assert quotes == []  # with `heißt` as its cue the short quotation would be kept


def test_a_speech_verb_far_before_a_colon_is_the_cue() -> None:
    doc, quotes = direct(
        "Renate Schmidt äußerte Vorbehalte und wagte die Prognose, bei der Wahl würden nicht "
        "alle Abgeordneten für die Kandidatin stimmen: „Ich gehe davon aus, dass es große "
        "Vorbehalte gibt.“"
    )
    assert (quotes[0].cue, speaker_name(doc, quotes[0])) == ("äußerte", "Renate Schmidt")


def test_a_name_opening_the_sentence_is_no_reported_content() -> None:
    """`Sadiq Khan, einer der Abgeordneten, verurteilte …` is no `…, sagte X.` speech."""
    doc = extract(
        "Sadiq Khan, einer der Abgeordneten, die den Brief unterschrieben, verurteilte die "
        "Haltung der Regierung bezüglich des Nahen Ostens.",
        language="de",
    )
    assert [q for q in doc.quotes if q.kind == "indirect"] == []


def test_a_possessive_far_into_the_subject_names_no_speaker() -> None:
    """In `laut der Studie … von seinem Beitrag` the possessive belongs to an object; only a
    pronoun opening the subject (`er`, `seiner Meinung nach`) stands for the last speaker."""
    _, quotes = direct(
        "„Ich halte Studiengebühren für richtig“, sagte Annette Schavan. Laut der HIS-Studie "
        "erhofft sich nur jeder zweite Zahler von seinem Beitrag „verbesserte "
        "Studienbedingungen“."
    )
    assert quotes[-1].speaker is None
    assert quotes[-1].speaker_text is not None
    assert quotes[-1].speaker_text.startswith("der HIS-Studie")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Olaf Scholz sagte, die Lage sei ernst. Die Zahlen zeigen einen deutlichen Anstieg. "
            "Es gebe „keine andere Möglichkeit als diese“.",
            id="a-subject-that-names-nobody",
        ),
        pytest.param(
            "Olaf Scholz sagte, die Lage sei ernst. Das Projekt wird intern Wumms genannt. "
            "Es gebe „keine andere Möglichkeit als diese“.",
            id="a-naming-verb",
        ),
    ],
)
def test_a_speech_verb_without_a_named_subject_keeps_the_last_speaker(text: str) -> None:
    """A sentence with a speech verb and no quotation makes only a named subject the last
    speaker: `Die Zahlen zeigen …` and `… Wumms genannt` leave Scholz speaking."""
    doc, quotes = direct(text)
    assert speaker_name(doc, quotes[-1]) == "Olaf Scholz"


def test_a_speech_verb_inside_a_quotation_is_no_speech_act() -> None:
    """`Der Minister teilte mir mit` is part of what Scholz says, so the minister it names does
    not become the speaker of the reported speech after the quotation."""
    doc, quotes = direct(
        "Innenminister Horst Seehofer war auch da. Olaf Scholz sagte: „Ich war dort. Der "
        "Minister teilte mir mit, dass alles ruhig sei. Wir werden sehen.“ Es gebe „keine "
        "andere Möglichkeit als diese“."
    )
    assert speaker_name(doc, quotes[-1]) == "Olaf Scholz"


def test_a_described_subject_of_a_speech_verb_is_no_speaker_to_go_on_with() -> None:
    """`Die Polizei teilte mir mit` inside a quotation describes nobody who speaks after it."""
    _, quotes = direct(
        "Der Einsatz dauerte bis in die Nacht. „Ich war dort. Die Polizei teilte mir mit, dass "
        "alles ruhig sei. Wir werden sehen.“ Die Lage sei „sehr ernst und schwierig“."
    )
    assert quotes[-1].speaker_text != "Die Polizei"


@pytest.mark.parametrize(
    ("text", "speaker_text"),
    [
        pytest.param(
            "Die Regierung, die das Gesetz vorgelegt hat, habe versagt, sagte Olaf Scholz.",
            "Olaf Scholz",
            id="noun-phrase-with-a-relative-clause",
        ),
        pytest.param(
            "Der Minister, der am Montag in Berlin war, habe zugestimmt, sagte ein Sprecher.",
            "ein Sprecher",
            id="role-noun-with-a-relative-clause",
        ),
        pytest.param(
            "Die Grünen, die CDU und die FDP stimmten zu, hieß es am Montag.",
            None,
            id="organisations-listed",
        ),
    ],
)
def test_a_noun_phrase_set_off_by_commas_leaves_a_final_cue(
    text: str, speaker_text: str | None
) -> None:
    """German nouns are capitalised: only a person's name set off by commas is the subject of
    the verb after it (`Anja Hajduk, …, kritisierte`), not any capitalised noun phrase."""
    doc = extract(text, language="de")
    indirect = [q for q in doc.quotes if q.kind == "indirect"]
    assert len(indirect) == 1
    assert speaker_text is None or indirect[0].speaker_text == speaker_text


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Präsident Wladimir Putin traf am Montag Frank-Walter Steinmeier. Der "
            "Bundespräsident sagte: „Wir haben lange über die Lage gesprochen.“",
            id="bundespraesident-is-no-praesident",
        ),
        pytest.param(
            "Sprecher Steffen Seibert war am Montag in Berlin. Der Polizeisprecher sagte: „Wir "
            "haben lange über die Lage gesprochen.“",
            id="polizeisprecher-is-no-sprecher",
        ),
    ],
)
def test_a_more_specific_role_is_no_holder_of_the_generic_one(text: str) -> None:
    """`der Minister` may be the `Innenminister`, but `der Bundespräsident` is not whoever is
    a `Präsident`: the role named may only be the head of the role held."""
    _, quotes = direct(text)
    assert quotes[-1].speaker is None


@pytest.mark.parametrize(
    ("text", "language", "speaker"),
    [
        (
            "Мэр Виталий Кличко был в Киеве в понедельник. Мэр заявил: «Мы готовы к зиме».",
            "ru",
            "Виталий Кличко",
        ),
        (
            'CEO Tim Cook was in Berlin on Monday. The CEO said: "We are ready for the winter."',
            "en",
            "Tim Cook",
        ),
    ],
)
def test_a_short_role_names_its_holder(text: str, language: str, speaker: str) -> None:
    doc = extract(text, language=language)
    assert [speaker_name(doc, q) for q in doc.quotes if q.kind == "direct"] == [speaker]


def test_a_temporal_nach_is_no_source() -> None:
    """`Nach der Ankündigung des Rücktritts` says when, not who says so."""
    doc = extract(
        "Nach der Ankündigung des Rücktritts fielen die Kurse an der Börse deutlich.",
        language="de",
    )
    assert doc.quotes == []


def test_a_source_phrase_with_nach_still_introduces_a_quoted_fragment() -> None:
    doc, quotes = direct(
        "Die Staatsanwaltschaft ermittelt gegen den Mann, dessen Aussage nach Bewertung von "
        "Richter Thomas Fischer „nicht viel hergibt“."
    )
    assert [speaker_name(doc, q) for q in quotes] == ["Thomas Fischer"]


def test_a_title_in_parentheses_after_a_name_is_no_speech() -> None:
    """`Regisseur Wolfgang Petersen („Das Boot ist voll“)`: a title, unlike `X („Mir fällt
    niemand ein …“)`, does not end like a sentence."""
    _, quotes = direct(
        "Der Film von Regisseur Wolfgang Petersen („Das Boot ist voll“) lief am Montag im Kino."
    )
    assert quotes == []


def _speakers(text: str, language: str) -> list[str | None]:
    doc = extract(text, language=language)
    return [speaker_name(doc, q) for q in doc.quotes]


def test_pronoun_after_a_spokesman_met_as_an_object_is_the_subject() -> None:
    """`traf einen Sprecher`: a newcomer brought in as an object is not who `Er` means."""
    text = (
        "Titel\n\nOlaf Scholz traf einen Sprecher der Regierung. "
        "Er sagte: „Wir werden weiter helfen.“"
    )
    assert _speakers(text, "de") == ["Olaf Scholz"]
    text = 'Title\n\nJoe Biden met a spokesman of the army. He said: "We will keep helping."'
    assert _speakers(text, "en") == ["Joe Biden"]


def test_pronoun_after_an_unnamed_subject_or_agent_of_its_gender_names_nobody() -> None:
    opening = (
        "Titel\n\nOlaf Scholz besuchte Kiew. Ein Sprecher der Regierung bestätigte den Besuch. "
        "Er sagte: „Wir werden weiter helfen.“"
    )
    assert _speakers(opening, "de") == [None]
    text = (
        "Title\n\nJoe Biden visited Kyiv. The visit was confirmed by a spokeswoman. "
        'She said: "We will keep helping."'
    )
    assert _speakers(text, "en") == [None]


def test_feminine_pronoun_does_not_stand_for_a_spokesman() -> None:
    text = (
        "Titel\n\nAngela Merkel besuchte Kiew. Der Besuch wurde von einem Sprecher bestätigt. "
        "Sie sagte: „Wir werden weiter helfen.“"
    )
    assert _speakers(text, "de") == ["Angela Merkel"]
