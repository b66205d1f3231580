"""Name cues: the titles before a person, the words that mark an organisation, place or event."""

from __future__ import annotations

from inbrief.core.entities.lexicon import words

# Words that introduce a person and stay outside the name span.
PERSON_TITLES = frozenset(
    words("""
    mr mrs ms miss mx dr prof sir dame lord lady madam president vice premier chancellor
    minister secretary senator sen rep representative gov governor mayor king queen prince
    princess pope cardinal bishop archbishop rabbi imam sheikh general gen col colonel capt
    captain lt lieutenant sgt sergeant major admiral commander judge justice ambassador
    chairman chairwoman chairperson ceo coach manager spokesman spokeswoman st saint rev
    reverend father brother sister emperor empress crown former late deputy acting chief
    councillor councilor councilman councilwoman alderman alderwoman assemblyman
    assemblywoman congressman congresswoman
    """)
)
# Multi-word titles, checked before the single words above.
TITLE_PHRASES = (
    "prime minister",
    "foreign minister",
    "finance minister",
    "defence minister",
    "defense minister",
    "interior minister",
    "secretary of state",
    "secretary-general",
    "secretary general",
    "chief executive",
    "vice president",
    "vice-president",
    "attorney general",
    "supreme leader",
    "crown prince",
    "head coach",
    "first minister",
)
# Titles that are strong evidence of a person when directly in front of a name.
STRONG_PERSON_TITLES = frozenset(
    words(
        "mr mrs ms miss dr prof sir dame president senator sen rep gov governor mayor king queen "
        "prince princess pope judge coach chancellor premier minister"
    )
)

# Name endings that mark organizations (companies, parties, institutions, clubs).
ORG_SUFFIXES = frozenset(
    words("""
    inc inc. corp corp. corporation co co. ltd ltd. llc plc ag gmbh sa s.a. nv bv spa s.p.a.
    se ab asa oy kg sarl group holdings bank party union association federation council
    committee commission ministry department agency institute university college school
    club fc united city rovers wanderers athletic athletico albion county hotspur town
    airlines airways motors industries international company companies partners fund trust
    foundation authority board bureau court army navy police service services church league
    organisation organization times post journal news press network exchange securities
    capital insurance energy telecom systems technologies pharmaceuticals railways assembly
    parliament congress senate government front movement alliance coalition
    """)
)
# Legal forms of companies: a name ending so is an organization whatever a tagger says.
LEGAL_SUFFIXES = frozenset(
    words("inc inc. corp corp. co co. ltd ltd. llc plc ag gmbh sa s.a. nv bv spa s.p.a. se ab")
)
# Leading words that mark organizations ("Bank of ...", "University of ...").
ORG_PREFIXES = frozenset(
    words(
        "bank university ministry department council college institute church house board "
        "office bureau museum academy society league federation association"
    )
)
# Words that mark a place when they end a name ("Hudson River", "Gulf of ...").
PLACE_WORDS = frozenset(
    words(
        "river lake sea ocean gulf bay mountains mount island islands valley street avenue "
        "square airport province region district state county strait straits peninsula "
        "desert coast cape"
    )
)
# Words that end a building's or a structure's name, never a person's ("Trump Tower",
# "Carnegie Hall", "Union Station").
FACILITY_WORDS = frozenset(
    words(
        "tower towers building hotel bridge stadium arena palace hall centre center plaza mall "
        "museum cathedral church temple mosque synagogue station terminal dam"
    )
)
# Words that end the name of an event, a competition or a prize, never a person's ("Davis
# Cup", "Australian Open", "Nobel Prize", "Super Bowl").
EVENT_WORDS = frozenset(
    words(
        "cup open games olympics paralympics trophy championship championships prix finals "
        "bowl marathon festival awards prize tournament derby expo"
    )
)

# Words that end the name of a disease, never a person's or a place's ("Eastern Equine
# Encephalitis", "Lyme Disease", "West Nile Virus", "Dengue Fever").
DISEASE_WORDS = frozenset(
    words(
        "disease encephalitis virus fever syndrome flu influenza hepatitis meningitis "
        "pneumonia sclerosis pox plague"
    )
)

# Organization keywords after which " of X" belongs to the name ("Group of 20").
OF_HEADS = ORG_PREFIXES | frozenset(
    words(
        "group union republic kingdom court organisation organization federation party chamber "
        "order friends gulf bay isle cape lake mount sea strait straits"
    )
)
