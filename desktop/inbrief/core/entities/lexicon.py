"""Small generic world knowledge for entities: places, organisations, nationalities and aliases."""

from __future__ import annotations

import functools
import logging
import re


def words(text: str) -> list[str]:
    """Return the whitespace-separated words of a data string."""
    return text.split()


# Countries and a few regions (English names). Generic knowledge, used to type and group.
COUNTRIES = frozenset(
    words("""
    Afghanistan Albania Algeria Andorra Angola Argentina Armenia Australia Austria Azerbaijan
    Bahamas Bahrain Bangladesh Barbados Belarus Belgium Belize Benin Bhutan Bolivia Bosnia
    Botswana Brazil Brunei Bulgaria Burundi Cambodia Cameroon Canada Chad Chile China Colombia
    Congo Croatia Cuba Cyprus Czechia Denmark Djibouti Dominica Ecuador Egypt Eritrea Estonia
    Ethiopia Fiji Finland France Gabon Gambia Georgia Germany Ghana Greece Grenada Guatemala
    Guinea Guyana Haiti Honduras Hungary Iceland India Indonesia Iran Iraq Ireland Israel Italy
    Jamaica Japan Jordan Kazakhstan Kenya Kiribati Kosovo Kuwait Kyrgyzstan Laos Latvia Lebanon
    Lesotho Liberia Libya Liechtenstein Lithuania Luxembourg Madagascar Malawi Malaysia Maldives
    Mali Malta Mauritania Mauritius Mexico Moldova Monaco Mongolia Montenegro Morocco Mozambique
    Myanmar Burma Namibia Nauru Nepal Netherlands Holland Nicaragua Niger Nigeria Norway Oman
    Pakistan Palau Palestine Panama Paraguay Peru Philippines Poland Portugal Qatar Romania
    Russia Rwanda Samoa Senegal Serbia Seychelles Singapore Slovakia Slovenia Somalia Spain
    Sudan Suriname Swaziland Sweden Switzerland Syria Taiwan Tajikistan Tanzania Thailand Togo
    Tonga Tunisia Turkey Turkmenistan Tuvalu Uganda Ukraine Uruguay Uzbekistan Vanuatu Venezuela
    Vietnam Yemen Zambia Zimbabwe Yugoslavia Scotland Wales England Britain Tibet Chechnya
    Kurdistan Greenland Kashmir Gaza Europe Asia Africa Antarctica Oceania Australasia
    """)
) | frozenset(
    {
        "United States",
        "United Kingdom",
        "Great Britain",
        "New Zealand",
        "South Africa",
        "North Korea",
        "South Korea",
        "Saudi Arabia",
        "Sri Lanka",
        "Costa Rica",
        "El Salvador",
        "Dominican Republic",
        "Czech Republic",
        "Ivory Coast",
        "Hong Kong",
        "Puerto Rico",
        "Northern Ireland",
        "Papua New Guinea",
        "Sierra Leone",
        "Burkina Faso",
        "Soviet Union",
        "United Arab Emirates",
        "Bosnia and Herzegovina",
        "West Bank",
        "East Timor",
        "Middle East",
        "Latin America",
        "North America",
        "South America",
        "Central America",
        "Southeast Asia",
        "Central Asia",
        "East Asia",
        "Western Europe",
        "Eastern Europe",
        "Trinidad and Tobago",
        "Equatorial Guinea",
        "Cape Verde",
        "San Marino",
        "Vatican City",
        "Faroe Islands",
        "Balkans",
        "Caribbean",
        "Scandinavia",
        "Baltic",
        "Mediterranean",
    }
)

# Capitals and very large cities: places unless the context says otherwise.
CITIES = frozenset(
    words("""
    London Paris Berlin Madrid Rome Moscow Beijing Tokyo Washington Brussels Vienna Warsaw
    Prague Budapest Athens Lisbon Dublin Stockholm Oslo Helsinki Copenhagen Amsterdam Bern
    Geneva Zurich Ankara Istanbul Cairo Baghdad Tehran Kabul Islamabad Karachi Delhi Mumbai
    Bangkok Jakarta Manila Seoul Pyongyang Taipei Shanghai Singapore Sydney Melbourne Canberra
    Ottawa Toronto Montreal Vancouver Chicago Boston Houston Dallas Miami Atlanta Seattle
    Denver Detroit Philadelphia Lagos Nairobi Johannesburg Pretoria Algiers Tunis Tripoli
    Riyadh Jerusalem Beirut Damascus Amman Kiev Kyiv Minsk Riga Vilnius Tallinn Bucharest
    Sofia Belgrade Zagreb Sarajevo Ljubljana Bratislava Lima Bogota Caracas Santiago Havana
    Brasilia Frankfurt Munich Hamburg Milan Naples Barcelona Seville Marseille Lyon Edinburgh
    Glasgow Manchester Liverpool Birmingham Hanoi Rangoon Yangon Dhaka Colombo Kathmandu
    Tashkent Almaty Baku Tbilisi Yerevan Kinshasa Khartoum Harare Lusaka Luanda Dakar Accra
    Abuja Doha Dubai
    """)
) | frozenset(
    {
        "New York",
        "Los Angeles",
        "San Francisco",
        "Hong Kong",
        "New Delhi",
        "Buenos Aires",
        "Mexico City",
        "Rio de Janeiro",
        "Sao Paulo",
        "Cape Town",
        "Tel Aviv",
        "Kuala Lumpur",
        "Abu Dhabi",
        "Addis Ababa",
        "Washington D.C.",
        "Las Vegas",
        "New Orleans",
    }
)

US_STATES = frozenset(
    words("""
    Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Hawaii
    Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts
    Michigan Minnesota Mississippi Missouri Montana Nebraska Nevada Ohio Oklahoma Oregon
    Pennsylvania Tennessee Texas Utah Vermont Virginia Wisconsin Wyoming
    """)
) | frozenset(
    {
        "New Hampshire",
        "New Jersey",
        "New Mexico",
        "North Carolina",
        "North Dakota",
        "Rhode Island",
        "South Carolina",
        "South Dakota",
        "West Virginia",
    }
)

PLACES = COUNTRIES | CITIES | US_STATES

# Major international organizations, agencies and wire services (generic knowledge).
ORGANIZATIONS = frozenset(
    {
        "United Nations",
        "UN",
        "NATO",
        "European Union",
        "Europäische Union",
        "Union européenne",
        "Unión Europea",
        "Unione europea",
        "União Europeia",
        "EU",
        "European Commission",
        "European Parliament",
        "Council of Europe",
        "IMF",
        "International Monetary Fund",
        "World Bank",
        "WTO",
        "World Trade Organization",
        "OPEC",
        "WHO",
        "World Health Organization",
        "UNESCO",
        "UNICEF",
        "UNHCR",
        "FIFA",
        "UEFA",
        "IOC",
        "International Olympic Committee",
        "Interpol",
        "Europol",
        "OECD",
        "ASEAN",
        "G7",
        "G8",
        "G20",
        "African Union",
        "Arab League",
        "Red Cross",
        "Red Crescent",
        "Security Council",
        "European Central Bank",
        "ECB",
        "Federal Reserve",
        "Fed",
        "Reuters",
        "Associated Press",
        "AFP",
        "BBC",
        "CNN",
        "Bundesbank",
        "Pentagon",
        "Kremlin",
        "White House",
        "Congress",
        "Senate",
        "Parliament",
        "Bundestag",
        "Commonwealth",
        "OSCE",
        "Greenpeace",
        "Amnesty International",
        "Nasdaq",
        "NYSE",
        "CIA",
        "FBI",
        "NASA",
        "KGB",
        "PLO",
        "Hamas",
        "Hezbollah",
        "Taliban",
        "ICC",
        "NBA",
        "NFL",
        "NHL",
        # Institutions named in their own languages (the finder for languages without a
        # tagger types a name only on a cue or from these lists).
        "ONU", "UNO", "OTAN", "OMS", "Nations unies", "Naciones Unidas", "Vereinte Nationen",
        "Nazioni Unite", "Nações Unidas", "Sénat", "Assemblée nationale", "Élysée", "Matignon",
        "Conseil constitutionnel", "Conseil d'État", "Cour de cassation", "Commission européenne",
        "Parlement européen", "Banque centrale européenne", "Bundesrat", "Bundesregierung",
        "Bundesverfassungsgericht", "Bundeswehr", "Bundesgerichtshof", "Europäische Kommission",
        "Europäisches Parlament", "Europäische Zentralbank", "Congreso de los Diputados",
        "Senado", "Comisión Europea", "Parlamento Europeo", "Banco Central Europeo",
        "Tribunal Supremo", "Moncloa", "Senato", "Camera dei deputati", "Commissione europea",
        "Parlamento europeo", "Quirinale", "Palazzo Chigi", "Assembleia da República",
        "Comissão Europeia",
    }
)

# Nationalities and peoples: taggers sometimes call them persons or organizations.
# (Not "Roma" among the peoples: Rome in Italian, Spanish and Portuguese; nor "Sami", a given
# name too.)
DEMONYMS = frozenset(
    words(
        """
        american british english scottish welsh irish french german italian spanish portuguese
        dutch belgian swiss austrian swedish norwegian danish finnish icelandic polish czech
        slovak hungarian romanian bulgarian greek turkish russian ukrainian belarusian serbian
        croatian bosnian slovenian albanian macedonian european african asian arab arabic
        israeli palestinian lebanese syrian iraqi iranian afghan pakistani indian chinese
        japanese korean thai vietnamese indonesian malaysian filipino australian canadian
        mexican brazilian argentine argentinian chilean colombian peruvian venezuelan cuban
        egyptian libyan algerian moroccan tunisian nigerian kenyan ethiopian somali sudanese
        zulu kurdish kurd jewish muslim christian catholic protestant sunni shiite shia
        western eastern asian-american
        uighur uyghur tibetan rohingya hazara pashtun tamil sinhalese sikh hindu buddhist
        yazidi druze alawite maori inuit basque catalan flemish walloon bavarian
        chechen tatar bengali punjabi gujarati
        """
    )
)

# Things taggers call names that are not: time zones and the like.
# Time zones, a clock's halves, and offices written short that name nobody ("the AG's suit":
# an attorney general; "the DA").
NOT_NAMES = frozenset(words("gmt utc est edt cst cdt pst pdt cet cest bst jst ist am pm ag da"))

# Alias table: normalised key (see group_key) -> canonical key, for names with no shared words.
ALIASES = {
    "us": "united states",
    "usa": "united states",
    "united states of america": "united states",
    "uk": "united kingdom",
    "britain": "united kingdom",
    "great britain": "united kingdom",
    "eu": "european union",
    "un": "united nations",
    "ussr": "soviet union",
    "uae": "united arab emirates",
    "prc": "china",
    "people's republic of china": "china",
    "russian federation": "russia",
    "dprk": "north korea",
    "republic of korea": "south korea",
    "north atlantic treaty organization": "nato",
    "imf": "international monetary fund",
    "wto": "world trade organization",
    "who": "world health organization",
    "ecb": "european central bank",
    "ioc": "international olympic committee",
    "group of 20": "g20",
    "group of twenty": "g20",
    "g-20": "g20",
    "group of 7": "g7",
    "group of seven": "g7",
    "g-7": "g7",
    "group of 8": "g8",
    "group of eight": "g8",
    "g-8": "g8",
    "holland": "netherlands",
    "burma": "myanmar",
    "kyiv": "kiev",
}


_DOTS = re.compile(r"\.")
_SPACES = re.compile(r"\s+")


def group_key(name: str) -> str:
    """Return the key names are grouped by: no dots, casefolded, single spaces, no 'the'."""
    key = _SPACES.sub(" ", _DOTS.sub("", name)).strip().casefold()
    key = key.replace("\u2019", "'")
    if key.startswith("the "):
        key = key[4:]
    return ALIASES.get(key, key)


_KNOWN_PLACES = frozenset(group_key(p) for p in PLACES)
# Companies that news in any language names by one word, which nothing around them types
# (generic knowledge; a German text's "Microsoft" or "Vodafone" is no common noun either;
# an English tagger's "Twitter" alone is no person).
COMPANIES = frozenset(words(
    "Apple Google Alphabet Amazon Microsoft Facebook Twitter Instagram WhatsApp YouTube "
    "TikTok Netflix Spotify Samsung Sony Huawei Xiaomi Tesla Uber Airbnb Intel Nvidia Oracle "
    "Siemens Bosch Daimler Mercedes-Benz Volkswagen Audi Porsche Bayer Allianz Lufthansa "
    "Telekom Vodafone T-Mobile Telefónica Adidas Toyota Honda Nissan Hyundai Renault Peugeot "
    "Stellantis Fiat Ferrari Nestlé Unilever Danone Shell Boeing Airbus Ryanair Walmart "
    "Disney Zalando Aldi Lidl Ikea Carrefour Novartis Roche Pfizer BioNTech Moderna "
    "AstraZeneca Commerzbank Goldman PayPal Visa Mastercard Alibaba Tencent Baidu OpenAI "
    "Yahoo Pixar Kickstarter LinkedIn Reddit Snapchat Pinterest Dropbox eBay IBM Cisco Qualcomm "
    "Motorola Nokia Ericsson Lenovo Philips"))

_KNOWN_ORGS = frozenset(group_key(o) for o in ORGANIZATIONS | COMPANIES)
_COUNTRY_KEYS = frozenset(group_key(c) for c in COUNTRIES)


def known_type(name: str) -> str | None:
    """Return "place" or "organization" when ``name`` is in the small gazetteer, else None."""
    key = group_key(name)
    if key in _KNOWN_ORGS:
        return "organization"
    if key in _KNOWN_PLACES:
        return "place"
    return None


def is_demonym(name: str) -> bool:
    """Return True for a nationality or people word ("Thai", "Palestinians", "European")."""
    key = group_key(name)
    return key in DEMONYMS or (key.endswith("s") and key[:-1] in DEMONYMS)


def is_country(name: str) -> bool:
    """Return True when ``name`` is a country or a large region."""
    return group_key(name) in _COUNTRY_KEYS


# Common given names (Faker's lists for its Latin-script locales, MIT: resources/names/, made by
# build_scripts/given_names.py), read once on first use: given_names.py types people by them.
@functools.cache
def given_names() -> frozenset[str]:
    """Return the given names of resources/names/given-names.txt (empty when it is missing:
    then no name is typed so)."""
    try:
        from inbrief.resources import resource

        text = resource("names", "given-names.txt").read_text(encoding="utf-8")
    except (FileNotFoundError, OSError) as error:
        logging.getLogger(__name__).warning("given names not loaded: %s", error)
        return frozenset()
    return frozenset(line.strip() for line in text.splitlines()
                     if line.strip() and not line.startswith("#"))
