"""Language-independent name finder: capitalised word sequences in Latin, Greek and Cyrillic."""

from __future__ import annotations

import dataclasses
import functools
import re
from collections import Counter
from collections.abc import Sequence

from inbrief.core.brief import EntityType
from inbrief.core.entities.lexicon import COMPANIES as _COMPANIES
from inbrief.core.entities.lexicon import ORGANIZATIONS, PLACES, given_names, words
from inbrief.core.entities.spans import RawMention

# Scripts without capital letters: capitals are the only cue this finder has.
_CASELESS = frozenset(
    words("zh ja ko th ar fa ur he yi hi bn ta te ml kn mr gu pa ne si my km lo ka am ps sd dv bo")
)
# Function words the stop-word lists may lack; a capitalised one starts a sentence, not a name.
_EXTRA_STOPS = {
    "fr": "à au aux un une de des du le la les l d qu ce cette il elle on y en selon hier "
    "mais lors dès depuis pendant après avant chez vers entre sans",
    "de": "der die das dem den des ein eine einen einem einer eines und oder aber am im zum "
    "zur vom beim ins in an auf aus bei mit nach seit von zu für über unter vor als wie "
    "er sie es wir ihr man nicht auch noch schon dann doch diese dieser dieses "
    "ende anfang mitte beginn",
    "es": "el la los las un una unos unas de del al y o en con por para según ayer pero",
    "it": "il lo la i gli le un una uno di del della dei delle al alla in con per e ma ieri",
    "pt": "o a os as um uma de do da dos das no na em com por para e mas ontem",
    "nl": "de het een van in op met voor en maar ook bij naar uit",
    "en": "the a an of in on at by for with and but",
}
# Words in front of a name that make it a person; they stay outside the span.
HONORIFICS = frozenset(
    words(
        "m mm mme mmes mlle dr pr prof herr frau fr sr sra srta don doña dott sig signor signora "
        "sig.ra mr mrs ms sir pan pani dhr mevr г-н г-жа господин госпожа κ κα "
        # Russian offices, nominative and genitive: "мэр Анна Соколова", "слова министра Орлова"
        "мэр мэра министр министра президент президента губернатор губернатора депутат "
        "депутата директор директора профессор профессора судья судьи генерал генерала "
        "премьер-министр премьер-министра "
        "président présidente ministre präsident präsidentin kanzler kanzlerin bundeskanzler "
        "bundeskanzlerin minister ministerin presidente ministro ministra "
        # offices held by people: "le maire Grégoire Martin", "la alcaldesa Ana Ruiz"
        "maire député députée sénateur sénatrice juge général générale docteur "
        "bürgermeister bürgermeisterin abgeordneter abgeordnete "
        "alcalde alcaldesa diputado diputada senador senadora juez jueza "
        "sindaco sindaca deputato deputata senatore senatrice prefeito prefeita deputado"
    )
)
# Endings that make a name an organization.
ORG_ENDINGS = frozenset(
    words(
        "gmbh ag sa s.a. se inc ltd plc spa s.p.a. nv n.v. bv b.v. sarl kg oy ab asa sas srl "
        "eg ev e.v. fc"
    )
)
# Leading words that make a name an organization.
ORG_HEADS = frozenset(
    words(
        "banque banco bank université universität universidad università universidade parti "
        "partido partei ministère ministerium ministerio ministero groupe gruppe grupo gruppo "
        "société compagnie fondation stiftung fundación fondazione institut instituto istituto "
        "comité komitee conseil assemblée union unión unione fédération federación verband "
        "verein club agence agentur agencia cour gericht tribunal"
    )
)
# Country and city names in a few languages (the English ones come from the lexicon).
_PLACES = (
    PLACES
    | frozenset(
        words(
            """
            Frankreich Deutschland Allemagne Italie Italien Espagne Spanien España Alemania
            Francia Italia Russie Russland Rusia Chine Japon Japón Europa Belgique Belgien
            Bélgica Suisse Schweiz Suiza Svizzera Autriche Österreich Pays-Bas Niederlande
            Pologne Polen Polonia Ucrania Grèce Griechenland Grecia Turquie Türkei Turquía Inde
            Indien Brésil Brasilien Brasil Kanada Mexique Mexiko México Afrique Afrika África
            Asie Asien Londres Rom Roma Bruxelles Brüssel Bruselas Genève Genf Vienne Wien
            Moscou Moskau Moscú Pékin Peking Lisboa Lisbonne Varsovie Warschau Athènes Athen
            Atenas Marseille Lyon Toulouse Köln München Hamburg Frankfurt Sevilla Valencia
            Milano Napoli Torino Firenze Venezia Россия Москва Украина Киев Франция Германия
            Америка США Ελλάδα Αθήνα Irlande Irland Écosse Angleterre England Londra Parigi
            Parigi Berlino Washington Québec Großbritannien Britannien Dänemark Schweden
            Norwegen Finnland Tschechien Ungarn Rumänien Bulgarien Kroatien Serbien Slowakei
            Slowenien Litauen Lettland Estland Weißrussland Zypern Luxemburg Amerika Nordkorea
            Südkorea Syrien Irak Ägypten Libyen Tunesien Marokko Algerien Kenia Äthiopien
            Südafrika Australien Neuseeland Indonesien Argentinien Kolumbien Saudi-Arabien
            Katar Kuba Stuttgart Düsseldorf Dortmund Leipzig Dresden Bremen Hannover Nürnberg
            Bonn Mainz Kiel Potsdam Wiesbaden Freiburg Heidelberg Zürich Mailand Neapel Venedig
            Florenz Prag Budapest Kopenhagen Stockholm Oslo Helsinki Istanbul Jerusalem Kairo
            Andalucía Aragón Asturias Cantabria Cataluña Catalunya Extremadura Galicia Murcia
            Navarra Canarias Baleares Euskadi Bretagne Normandie Occitanie Provence Corse Alsace
            Lorraine Bourgogne Aquitaine Auvergne Savoie Guadeloupe Martinique Guyane Mayotte
            Bayern Sachsen Thüringen Hessen Niedersachsen Saarland Tirol Kärnten Steiermark
            Vorarlberg Burgenland Lombardia Piemonte Veneto Toscana Lazio Campania Sicilia
            Sardegna Puglia Calabria Liguria Umbria Abruzzo Algarve Alentejo Madeira Açores
            """
        )
    )
    | frozenset(
        {
            "États-Unis",
            "Royaume-Uni",
            # Regions and states in their own languages (a place, not "Other names").
            "Castilla-La Mancha",
            "Castilla y León",
            "País Vasco",
            "Île-de-France",
            "Hauts-de-France",
            "Nouvelle-Aquitaine",
            "Pays de la Loire",
            "Nordrhein-Westfalen",
            "Baden-Württemberg",
            "Rheinland-Pfalz",
            "Schleswig-Holstein",
            "Mecklenburg-Vorpommern",
            "Sachsen-Anhalt",
            "Emilia-Romagna",
            "Friuli-Venezia Giulia",
            "Vereinigte Staaten",
            "Estados Unidos",
            "Stati Uniti",
            "Reino Unido",
            "Regno Unito",
        }
    )
)
# German capitalises every noun: single words after an article are nouns, not names.
_GERMAN_NUMBERS = frozenset(
    words("zwei drei vier fünf sechs sieben acht neun zehn elf zwölf zwanzig dreißig hundert "
          "tausend mehrere viele einige wenige zahlreiche rund etwa")
)
_GERMAN_DETERMINERS = frozenset(
    words(
        "der die das dem den des ein eine einen einem einer eines am im zum zur vom beim ins kein "
        "keine keinen dieser diese dieses diesem jeder jede jedes sein seine ihr ihre unser unsere "
        "mein meine neue neuen neuer"
    )
)
# Prepositions that take a noun phrase with no article when an adjective opens it ("in letzter
# Zeit", "seit vielen Jahren", "mit großem Abstand"): no verb stands between them and a noun.
_GERMAN_PREPOSITIONS = frozenset(
    words("in mit nach seit von vor bei aus für gegen ohne um unter über zu zwischen durch auf "
          "an bis ab trotz wegen während hinter neben")
)
_DECLINED = re.compile(r"[^\W\d_]{2,}(?:e|en|er|es|em)$")
_PARTICLES = frozenset(words("de du des la le von van der den di da del dos das zu ter"))
# German offices are compounds ("Bundesverkehrsminister Andreas Scheuer", "Fraktionsvorsitzende
# Michael Panse", "Flixbus-Chef Fabian Stenger"): a word ending in an office before a name
# makes it a person, as HONORIFICS do.
_GERMAN_OFFICES = (
    "minister", "ministerin", "präsident", "präsidentin", "vorsitzende", "vorsitzender",
    "kanzler", "kanzlerin", "bürgermeister", "bürgermeisterin", "sprecher", "sprecherin",
    "direktor", "direktorin", "chef", "chefin", "leiter", "leiterin", "abgeordnete",
    "abgeordneter", "sekretär", "sekretärin", "botschafter", "botschafterin", "trainer",
    "trainerin", "richter", "richterin", "senator", "senatorin", "beauftragte",
    "beauftragter", "geschäftsführer", "geschäftsführerin", "gründer", "gründerin",
    # declined: "des SPD-Parteivorsitzenden Martin Schulz", "des Ministers Ada Brennan"
    "vorsitzenden", "abgeordneten", "beauftragten", "präsidenten", "ministers", "kanzlers",
    "sprechers", "direktors", "leiters", "trainers", "gründers", "geschäftsführers",
    "bürgermeisters", "botschafters", "senators")


# Endings of German abstract nouns no surname has ("Gelegenheit", "Möglichkeit", "Gesellschaft").
_GERMAN_ABSTRACT = ("heit", "keit", "schaft", "ation", "ität", "ismus")


def office(token: str, language: str) -> bool:
    """Return True for an honorific, or in German a word ending in an office."""
    bare = _bare(token)
    return bare in HONORIFICS or language == "de" and bare.endswith(_GERMAN_OFFICES)

_TOKEN = re.compile(r"[^\W\d_]+(?:[-’'][^\W\d_]+)*\.?")
_INITIAL_GAP = re.compile(r"[.!?…]|\n")


def has_case(language: str) -> bool:
    """Return True when the language's script has capital letters to find names by."""
    return language not in _CASELESS


def _german_common_position(tokens: list[re.Match[str]], i: int) -> bool:
    """Return True when tokens[i] stands where German puts a common noun.

    After a determiner, also past one or two declined adjectives ("des alten Lagerhauses"),
    or after a number ("zwölf Millionen", "12 Prozent").
    """
    previous = _bare(tokens[i - 1].group())
    if previous in _GERMAN_DETERMINERS or previous.isdigit() or previous in _GERMAN_NUMBERS:
        return True
    if (i >= 2 and _bare(tokens[i - 2].group()) in _GERMAN_PREPOSITIONS
            and tokens[i - 1].group()[:1].islower() and _DECLINED.search(previous)):
        return True  # a preposition and a declined adjective: "in letzter Zeit", "nach langen …"
    for back in (2, 3):
        if i < back:
            return False
        between = [tokens[k].group() for k in range(i - back + 1, i)]
        if not all(t[:1].islower() and t.endswith(("e", "en", "er", "es", "em")) for t in between):
            return False
        if _bare(tokens[i - back].group()) in _GERMAN_DETERMINERS:
            return True
    return False


# German articles join a name's parts only after "von" or "zu" ("Ursula von der Leyen"); else
# they join two nouns ("Sinn des Lebens", "Rest des Internets").
_GERMAN_ARTICLES = frozenset(words("der des den dem das"))
_NOBLE_PARTICLES = frozenset(("von", "van", "de", "du", "da", "di", "zu", "del"))
_GERMAN_NOBLE = _PARTICLES - _GERMAN_ARTICLES  # "von", "zu", and "de", "da" of foreign names


def _gap(tokens: list[re.Match[str]], index: int) -> str:
    """Return the text between ``tokens[index - 1]`` and ``tokens[index]``."""
    return tokens[index].string[tokens[index - 1].end():tokens[index].start()]


def _german_particles(tokens: list[re.Match[str]], first: int, after: int,
                      stops: frozenset[str]) -> bool:
    """Return True when the German particles ``tokens[first:after]`` join the capitalised
    words around them into one name: "von" before a surname ("Richard von Weizsäcker"), "von
    der" ("Ursula von der Leyen"); not an article alone, nor "von" before a name of its own
    (a place, "Zugverbindung von Madrid"; a first name and surname, "Leitung von Mathias
    Ehrlich")."""
    bare = [_bare(tokens[k].group()) for k in range(first, after)]
    if bare[0] in _GERMAN_ARTICLES or not all(
            word in _GERMAN_NOBLE or word in _GERMAN_ARTICLES and i > 0
            for i, word in enumerate(bare)):
        return False
    if after >= len(tokens):
        return True
    name = tokens[after].group().rstrip(".")
    if name in _PLACES:
        return False
    following = after + 1
    if following < len(tokens) and tokens[following].group() in _GERMAN_NOBLE:
        following += 1  # "Bild von Leonardo da Vinci": a name of its own too
    return not (following < len(tokens) and _capitalised(tokens[following].group(), stops)
                and _gap(tokens, following) == " ")


@functools.cache
def stop_words_for(language: str) -> frozenset[str]:
    """Return lower-case stop words for ``language`` (the shared lists plus function words)."""
    from inbrief.core.stopwords import stop_words

    return frozenset(set(_EXTRA_STOPS.get(language, "").split()) | stop_words(language))


def _bare(token: str) -> str:
    """Return a token without its final dot, casefolded."""
    return token.rstrip(".").casefold()


def _capitalised(token: str, stops: frozenset[str]) -> bool:
    """Return True for a capitalised token that is not a stop word."""
    word = token.rstrip(".")
    return (
        len(word) >= 1
        and word[0].isupper()
        and word.casefold() not in stops
        and (len(word) >= 2 or token.endswith("."))
    )


def fallback_mentions(
    text: str, language: str, sentence_spans: Sequence[tuple[int, int]] = ()
) -> list[RawMention]:
    """Return capitalised name candidates in ``text``, typed only when a cue says so."""
    stops = stop_words_for(language)
    tokens = list(_TOKEN.finditer(text))
    sentence_starts = {s for s, _ in sentence_spans}
    initial: list[bool] = []
    previous_end = 0
    for i, m in enumerate(tokens):
        gap = text[previous_end : m.start()]
        ends_sentence = (
            i > 0 and tokens[i - 1].group().endswith(".") and len(tokens[i - 1].group()) > 3
        )
        starts = i == 0 or m.start() in sentence_starts
        initial.append(starts or bool(_INITIAL_GAP.search(gap)) or ends_sentence)
        previous_end = m.end()
    non_initial_caps: set[str] = set()
    lowercase: set[str] = set()
    after_determiner: set[str] = set()
    for i, m in enumerate(tokens):
        word = m.group().rstrip(".")
        if word[:1].islower():
            lowercase.add(word)
        elif not initial[i]:
            non_initial_caps.add(word)
        if i and language == "de" and _german_common_position(tokens, i):
            after_determiner.add(word)

    def keeps_initial(i: int) -> bool:
        """Return True when a sentence-initial capital is a name, not the sentence's capital."""
        word = tokens[i].group().rstrip(".")
        if (word in non_initial_caps or word in _COMPANIES or word in _PLACES
                or word in ORGANIZATIONS):
            return True
        nxt = i + 1 < len(tokens) and _capitalised(tokens[i + 1].group(), stops)
        nxt = nxt and _bare(tokens[i + 1].group()) not in HONORIFICS  # "Yesterday Mr. X"
        # "Richard von Weizsäcker …", "Ursula von der Leyen …" opening a sentence.
        k = i + 1
        while k < len(tokens) and (tokens[k].group() in _NOBLE_PARTICLES
                                   or k > i + 1 and tokens[k].group() in _PARTICLES):
            k += 1
        nxt = nxt or (k > i + 1 and k < len(tokens) and _capitalised(tokens[k].group(), stops))
        return nxt and word.casefold() not in lowercase and _bare(word) not in HONORIFICS

    mentions: list[RawMention] = []
    i = 0
    while i < len(tokens):
        if not _capitalised(tokens[i].group(), stops) or (initial[i] and not keeps_initial(i)):
            i += 1
            continue
        j = i + 1  # extend over capitalised words and name particles ("Charles de Gaulle")
        while j < len(tokens) and text[tokens[j - 1].end() : tokens[j].start()] == " ":
            k = j
            while (
                k < len(tokens)
                and _bare(tokens[k].group()) in _PARTICLES
                and tokens[k].group()[0].islower()
                and text[tokens[k].end() : tokens[k].end() + 1] == " "
            ):
                k += 1
            honorific = k < len(tokens) and office(tokens[k].group(), language)
            if k > j and language == "de" and not _german_particles(tokens, j, k, stops):
                break  # "Sinn des Lebens", "Leitung von Mathias Ehrlich": two phrases
            if k < len(tokens) and _capitalised(tokens[k].group(), stops) and not initial[k]:
                if honorific:
                    break  # "Yesterday Mr. Fairbanks": the title starts a new name
                j = k + 1
            else:
                break
        mentions.extend(_typed(text, tokens, i, j, language, after_determiner))
        i = j
    return mentions


def _typed(
    text: str,
    tokens: list[re.Match[str]],
    i: int,
    j: int,
    language: str,
    after_determiner: set[str],
) -> list[RawMention]:
    """Return the mention for tokens[i:j] with its honorific stripped and its type guessed."""
    kind: EntityType = "other"
    compound = False  # a German office ("Deutschland-Chef") rather than a title
    while i < j and office(tokens[i].group(), language):
        kind = "person"
        compound = _bare(tokens[i].group()) not in HONORIFICS
        i += 1
    while compound and i < j and tokens[i].group()[:1].islower():
        kind = "other"  # "Deutschland-Chef von Flixbus": the office's, not a person's name
        i += 1
    if i == j:
        return []
    if (kind == "other" and i > 0 and office(tokens[i - 1].group(), language)
            and tokens[i].group()[:1].isupper()):
        kind = "person"  # not "der Deutschland-Chef von Flixbus", "die Chefin der Bahn"
    while language == "de" and j - i >= 3 and _bare(tokens[j - 1].group()).endswith(
            _GERMAN_ABSTRACT):
        j -= 1  # "gab Stefan Keuter Gelegenheit": the name, then the verb's object
    start, end = tokens[i].start(), tokens[j - 1].end()
    name = text[start:end].rstrip(".")
    end = start + len(name)
    words = name.split()
    tail = re.match(
        r"\s+(S\.A\.|S\.p\.A\.|N\.V\.|B\.V\.|e\.V\.|GmbH|AG|SA|SE|Inc\.?|Ltd\.?)", text[end:]
    )
    if tail:
        end += tail.end()
        kind = "organization"
    elif len(words) > 1 and (words[-1].casefold() in ORG_ENDINGS
                             or words[0].casefold() in ORG_HEADS):
        # ("Partei" or "Bank" alone is the common noun: "die Partei", "der Verein")
        kind = "organization"
    elif kind == "other" and name in _PLACES:
        kind = "place"
    elif kind == "other" and (name in _COMPANIES or name in ORGANIZATIONS):
        kind = "organization"  # (and institutions: "Bundestag", "Sénat", "Moncloa")
    if language == "de" and kind == "other" and i > 0:
        previous = _bare(tokens[i - 1].group())
        if previous.isdigit() or previous in _GERMAN_NUMBERS:
            return []  # "zwölf Millionen Euro", "drei Jahre": a quantity, not a name
    if (
        language == "de"
        and kind == "other"
        and len(words) == 1
        and (
            name in after_determiner
            or not name.isupper()
            and len(name) > 3
            and name.endswith(
                ("ung", "heit", "keit", "schaft", "tion", "tät", "ismus", "nis", "ment", "chen")
            )
        )
    ):
        return []  # a German common noun
    return [RawMention(start, end, kind, 2.0 if kind != "other" else 1.0)]


# German capitalises every noun, and without a tagger a single capitalised word is a name only
# on evidence: a type its context gave it, capitals throughout ("DVB"), a part of a longer name
# ("Lell" after "Christian Lell"), a town's place after a preposition (_GERMAN_LOCATIVE), or
# this many mentions. On six German pages of trafilatura's tests pasted as HTML, single-word
# Other names went from 175 to 24 (with _COMPANIES and the German _PLACES typing some): some
# 145 common nouns ("Stunden", "Privatkunden", "Kobalt") left, a brand, a team and a god
# with them.
GERMAN_NAME_MENTIONS = 3


# A town's name right after a preposition of place, with no article ("nach Lindau", "bis
# Hoyerswerda", "zwischen Hannover und Berlin"), which a common noun there seldom lacks; nouns
# ending so are plurals and abstracts ("in Zügen", "nach Angaben", "in Ordnung"), or a phrase
# of its own ("in Kraft", "bei Bedarf").
_GERMAN_LOCATIVE = re.compile(r"(?:^|[\s(])(?:in|nach|aus|bei|bis|zwischen|von)\s$")
_GERMAN_NOUN_ENDINGS = ("en", "e", "ung", "heit", "keit", "schaft", "ion", "tät", "ern", "ismus")
_GERMAN_PHRASE_NOUNS = frozenset((
    "Kraft", "Form", "Zusammenhang", "Ruhestand", "Betrieb", "Zukunft", "Bedarf", "Sicht",
    "Anfang", "Kauf", "Anspruch", "Haft", "Angst", "Versehen", "Arbeit", "Kontakt", "Zeit",
    "Teil", "Wert", "Ort", "Hinsicht", "Bezug", "Betracht", "Gefahr", "Prozent", "Euro"))


def _surname_with_particle(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """Return ``mentions`` with a noun and a name joined by "von" or "zu" cut to the name,
    when the text names that person in full without the particle ("Jörg Meuthen"): "Meuthen
    zu Besuch" is Meuthen, "Werbeplakate von Meuthen" too ("Richard von Weizsäcker" stays)."""
    names = [text[m.start:m.end] for m in mentions]
    plain = {name.split()[-1] for name in names
             if " " in name and not any(part in _GERMAN_NOBLE for part in name.split())}
    kept = []
    for name, mention in zip(names, mentions, strict=True):
        parts = name.split(" ")
        if len(parts) == 3 and parts[1] in _GERMAN_NOBLE:
            if parts[0] in plain:
                mention = dataclasses.replace(mention, end=mention.start + len(parts[0]))
            elif parts[2] in plain:
                mention = dataclasses.replace(mention, start=mention.end - len(parts[2]))
        kept.append(mention)
    return kept


# Words that make a German phrase a quantity, not a name ("Milliarden Euro"); common nouns by
# their endings, and nouns that stand before a name in apposition ("Wohnort Barcelona",
# "Bahngesellschaft Renfe", "Magazin Technology Review").
_GERMAN_UNITS = frozenset(words(
    "Milliarden Millionen Milliarde Million Euro Prozent Dollar Cent Franken Pfund Kilometer "
    "Meter Stunden Minuten Jahre Tonnen"))
_GERMAN_COMMON_ENDINGS = ("ung", "heit", "keit", "schaft")
_GERMAN_APPOSITION = frozenset(words(
    "Wohnort Heimatstadt Hauptstadt Stadt Gemeinde Dorf Bundesland Region Land Strecke "
    "Magazin Zeitschrift Zeitung Sender Firma Unternehmen Konzern Autor Autorin Sänger "
    "Sängerin Schauspieler Schauspielerin Aktivist Aktivistin Trainer Trainerin Musiker "
    "Musikerin Künstler Künstlerin"))


_CAPITAL_AFTER_HYPHEN = re.compile(r"-[A-ZÄÖÜ]")
_HYPHENED_ADJECTIVE = re.compile(r"-[a-zäöüß]+(?:en|er|es|em|e)$")  # "EU-weiten"
_GERMAN_DIRECTIONS = frozenset(words("Richtung Nord Süd Ost West Norden Süden Osten Westen"))


def _german_phrases(text: str, mentions: list[RawMention]
                    ) -> list[tuple[RawMention, str]]:
    """Return each of ``mentions`` kept with the name it was found as: the untyped German
    phrases of several words that are no name left out (a number in them: "Preis von 249
    Euro"; quantities: "Milliarden Euro"; a genitive before a noun: "Lindners Aussagen"; a
    common noun and "von", "zu": "Mischung von Leuten"; an adjective from a hyphened word:
    "EU-weiten Plan"), a common noun in apposition cut off the name after it ("Wohnort
    Barcelona" -> "Barcelona"), and a direction off a place ("Warschau Richtung Westen" ->
    "Warschau")."""
    names = [text[m.start:m.end] for m in mentions]
    last_words = {name.split()[-1] for name in names}
    kept: list[tuple[RawMention, str]] = []
    for m, name in zip(mentions, names, strict=True):
        parts = name.split()
        if m.type != "other" or m.cue is not None or len(parts) < 2:
            kept.append((m, name))
            continue
        if any(part[:1].isdigit() for part in parts) or all(p in _GERMAN_UNITS for p in parts):
            continue
        first = parts[0].strip(".,;:!?\"'„“”»«")
        if first.endswith("s") and first[:-1] in last_words and len(first) > 4:
            continue  # "Lindners Aussagen" beside "Christian Lindner"
        if _HYPHENED_ADJECTIVE.search(first) or "zu" in parts[1:-1] and (
                first.split("-")[0] not in given_names()):
            continue  # "EU-weiten Plan"; "Art zu Reisen" ("zu" joins a first name's surname)
        if first in _PLACES and parts[1] in _GERMAN_DIRECTIONS:
            kept.append((dataclasses.replace(m, end=m.start + len(parts[0]), type="place"),
                         parts[0]))
            continue  # "Warschau Richtung Westen"
        # (Not a name's own compound: "Heinrich-Böll-Stiftung Baden-Württemberg".)
        common = first.endswith(_GERMAN_COMMON_ENDINGS) and not _CAPITAL_AFTER_HYPHEN.search(first)
        if first in _GERMAN_APPOSITION or common:
            rest = parts[1:]
            if rest[0] in _PARTICLES or not all(part[:1].isupper() for part in rest):
                continue  # a noun phrase: "Nutzung von Kundendaten"
            start = m.start + name.rindex(" ".join(rest))
            named = text[start:m.end]
            kind: EntityType = ("place" if named in _PLACES else "organization"
                                if named in _COMPANIES or named in ORGANIZATIONS else "other")
            # A noun that names what follows ("Wohnort", "Firma") vouches for a name of one
            # word; any other noun does not ("Meinung Werbung", "Beschreibung Fehler").
            kept.append((dataclasses.replace(m, start=start, type=kind),
                         name if first in _GERMAN_APPOSITION else named))
            continue
        kept.append((m, name))
    return kept


def german_nouns_out(text: str, mentions: list[RawMention]) -> list[RawMention]:
    """Return ``mentions`` without the single German words nothing marks as a name."""
    found = _german_phrases(text, _surname_with_particle(text, mentions))
    mentions = [m for m, _ in found]
    # (A word of a longer name stays a name when a noun that names it is cut off: "Firma
    # Obergöker" to "Obergöker".)
    in_longer = {word for _, name in found if " " in name for word in name.split()}
    names = [text[m.start:m.end] for m in mentions]
    typed = {name for name, m in zip(names, mentions, strict=True)
             if m.type != "other" or m.cue is not None}
    counts = Counter(names)
    placed = {name for name, m in zip(names, mentions, strict=True)
              if _GERMAN_LOCATIVE.search(text, max(0, m.start - 12), m.start)
              and not name.endswith(_GERMAN_NOUN_ENDINGS) and name not in _GERMAN_PHRASE_NOUNS}
    return [m for name, m in zip(names, mentions, strict=True)
            if " " in name or name in typed or name.isupper() or name in in_longer
            or name in placed or counts[name] >= GERMAN_NAME_MENTIONS]
