"""Word tables (months, weekdays, numbers, relative words) for the date finder, per language."""

from __future__ import annotations

import re
from collections.abc import Iterable

EN_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
}  # fmt: skip
# Abbreviations only count next to a day or year number ("Jan. 5", "Sept 2024").
EN_MONTH_ABBREVIATIONS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip

# Month and weekday names of other languages, lower case, accented and plain spellings.
MONTHS: dict[str, dict[str, int]] = {
    "de": {
        "januar": 1, "jänner": 1, "februar": 2, "märz": 3, "maerz": 3, "april": 4, "mai": 5,
        "juni": 6, "juli": 7, "august": 8, "september": 9, "oktober": 10, "november": 11,
        "dezember": 12,
    },
    "fr": {
        "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6,
        "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11,
        "décembre": 12, "decembre": 12,
    },
    "es": {
        "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7,
        "agosto": 8, "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11,
        "diciembre": 12,
    },
    "it": {
        "gennaio": 1, "febbraio": 2, "marzo": 3, "aprile": 4, "maggio": 5, "giugno": 6,
        "luglio": 7, "agosto": 8, "settembre": 9, "ottobre": 10, "novembre": 11, "dicembre": 12,
    },
    "pt": {
        "janeiro": 1, "fevereiro": 2, "março": 3, "marco": 3, "abril": 4, "maio": 5, "junho": 6,
        "julho": 7, "agosto": 8, "setembro": 9, "outubro": 10, "novembro": 11, "dezembro": 12,
    },
    # Russian: nominative, genitive ("14 марта") and prepositional ("в марте") forms.
    "ru": {
        "январь": 1, "января": 1, "январе": 1, "февраль": 2, "февраля": 2, "феврале": 2,
        "март": 3, "марта": 3, "марте": 3, "апрель": 4, "апреля": 4, "апреле": 4, "май": 5,
        "мая": 5, "мае": 5, "июнь": 6, "июня": 6, "июне": 6, "июль": 7, "июля": 7, "июле": 7,
        "август": 8, "августа": 8, "августе": 8, "сентябрь": 9, "сентября": 9,
        "сентябре": 9, "октябрь": 10, "октября": 10, "октябре": 10, "ноябрь": 11,
        "ноября": 11, "ноябре": 11, "декабрь": 12, "декабря": 12, "декабре": 12,
    },
    # Arabic: the names used in Egypt and the Gulf, and the Levantine and Iraqi ones.
    "ar": {
        "يناير": 1, "فبراير": 2, "مارس": 3, "أبريل": 4, "ابريل": 4, "إبريل": 4, "مايو": 5,
        "يونيو": 6, "يوليو": 7, "أغسطس": 8, "اغسطس": 8, "سبتمبر": 9, "أكتوبر": 10,
        "اكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12, "كانون الثاني": 1, "شباط": 2, "آذار": 3,
        "نيسان": 4, "أيار": 5, "ايار": 5, "حزيران": 6, "تموز": 7, "آب": 8, "أيلول": 9,
        "ايلول": 9, "تشرين الأول": 10, "تشرين الثاني": 11, "كانون الأول": 12,
    },
}  # fmt: skip

EN_WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}  # fmt: skip

WEEKDAYS: dict[str, dict[str, int]] = {
    "de": {
        "montag": 0, "dienstag": 1, "mittwoch": 2, "donnerstag": 3, "freitag": 4,
        "samstag": 5, "sonnabend": 5, "sonntag": 6,
    },
    "fr": {
        "lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5,
        "dimanche": 6,
    },
    "es": {
        "lunes": 0, "martes": 1, "miércoles": 2, "miercoles": 2, "jueves": 3, "viernes": 4,
        "sábado": 5, "sabado": 5, "domingo": 6,
    },
    "it": {
        "lunedì": 0, "lunedi": 0, "martedì": 1, "martedi": 1, "mercoledì": 2, "mercoledi": 2,
        "giovedì": 3, "giovedi": 3, "venerdì": 4, "venerdi": 4, "sabato": 5, "domenica": 6,
    },
    "pt": {
        "segunda-feira": 0, "terça-feira": 1, "terca-feira": 1, "quarta-feira": 2,
        "quinta-feira": 3, "sexta-feira": 4, "sábado": 5, "sabado": 5, "domingo": 6,
    },
    # "в понедельник", "во вторник"; not "среда" (also "environment"), only "в среду".
    "ru": {
        "понедельник": 0, "вторник": 1, "среду": 2, "четверг": 3, "пятницу": 4,
        "пятница": 4, "субботу": 5, "суббота": 5, "воскресенье": 6,
    },
    "ar": {
        "الاثنين": 0, "الإثنين": 0, "الثلاثاء": 1, "الأربعاء": 2, "الاربعاء": 2, "الخميس": 3,
        "الجمعة": 4, "السبت": 5, "الأحد": 6, "الاحد": 6,
    },
}  # fmt: skip

# (unit, offset) for fixed relative words: "day" offsets are days from the reference.
RELATIVE_WORDS: dict[str, dict[str, tuple[str, int]]] = {
    "de": {
        "heute": ("day", 0), "gestern": ("day", -1), "vorgestern": ("day", -2),
        "morgen": ("day", 1), "übermorgen": ("day", 2),
        "dieses jahr": ("year", 0), "diesem jahr": ("year", 0), "letztes jahr": ("year", -1),
        "letzten jahr": ("year", -1), "vergangenes jahr": ("year", -1),
        "vergangenen jahr": ("year", -1), "nächstes jahr": ("year", 1),
        "nächsten jahr": ("year", 1), "vorjahr": ("year", -1),
        "diese woche": ("week", 0), "letzte woche": ("week", -1),
        "vergangene woche": ("week", -1), "nächste woche": ("week", 1),
        "diesen monat": ("month", 0), "letzten monat": ("month", -1),
        "nächsten monat": ("month", 1),
    },
    "fr": {
        "aujourd'hui": ("day", 0), "aujourd’hui": ("day", 0), "hier": ("day", -1),
        "avant-hier": ("day", -2), "demain": ("day", 1), "après-demain": ("day", 2),
        "cette année": ("year", 0), "l'année dernière": ("year", -1),
        "l’année dernière": ("year", -1), "l'an dernier": ("year", -1),
        "l’an dernier": ("year", -1), "l'année prochaine": ("year", 1),
        "l’année prochaine": ("year", 1), "l'an prochain": ("year", 1),
        "l’an prochain": ("year", 1), "cette semaine": ("week", 0),
        "la semaine dernière": ("week", -1), "la semaine prochaine": ("week", 1),
        "ce mois-ci": ("month", 0), "le mois dernier": ("month", -1),
        "le mois prochain": ("month", 1),
    },
    "es": {
        "hoy": ("day", 0), "ayer": ("day", -1), "anteayer": ("day", -2),
        "pasado mañana": ("day", 2), "este año": ("year", 0), "el año pasado": ("year", -1),
        "el próximo año": ("year", 1), "el año que viene": ("year", 1),
        "esta semana": ("week", 0), "la semana pasada": ("week", -1),
        "la próxima semana": ("week", 1), "la semana que viene": ("week", 1),
        "este mes": ("month", 0), "el mes pasado": ("month", -1),
        "el próximo mes": ("month", 1),
    },
    "it": {
        "oggi": ("day", 0), "ieri": ("day", -1), "l'altro ieri": ("day", -2),
        "domani": ("day", 1), "dopodomani": ("day", 2), "quest'anno": ("year", 0),
        "quest’anno": ("year", 0), "l'anno scorso": ("year", -1),
        "l’anno scorso": ("year", -1), "l'anno prossimo": ("year", 1),
        "l’anno prossimo": ("year", 1), "questa settimana": ("week", 0),
        "la settimana scorsa": ("week", -1), "la settimana prossima": ("week", 1),
        "questo mese": ("month", 0), "il mese scorso": ("month", -1),
        "il mese prossimo": ("month", 1),
    },
    "pt": {
        "hoje": ("day", 0), "ontem": ("day", -1), "anteontem": ("day", -2),
        "amanhã": ("day", 1), "este ano": ("year", 0), "neste ano": ("year", 0),
        "o ano passado": ("year", -1), "no ano passado": ("year", -1),
        "o próximo ano": ("year", 1), "no próximo ano": ("year", 1),
        "esta semana": ("week", 0), "nesta semana": ("week", 0),
        "a semana passada": ("week", -1), "na semana passada": ("week", -1),
        "a próxima semana": ("week", 1), "na próxima semana": ("week", 1),
        "este mês": ("month", 0), "o mês passado": ("month", -1),
        "no mês passado": ("month", -1), "o próximo mês": ("month", 1),
    },
    "ru": {
        "сегодня": ("day", 0), "вчера": ("day", -1), "позавчера": ("day", -2),
        "завтра": ("day", 1), "послезавтра": ("day", 2), "в этом году": ("year", 0),
        "в прошлом году": ("year", -1), "в следующем году": ("year", 1),
        "в будущем году": ("year", 1), "на этой неделе": ("week", 0),
        "на прошлой неделе": ("week", -1), "на следующей неделе": ("week", 1),
        "в этом месяце": ("month", 0), "в прошлом месяце": ("month", -1),
        "в следующем месяце": ("month", 1),
    },
    "ar": {
        "اليوم": ("day", 0), "أمس": ("day", -1), "امس": ("day", -1), "غدا": ("day", 1),
        "غداً": ("day", 1), "العام الماضي": ("year", -1), "العام المقبل": ("year", 1),
        "العام القادم": ("year", 1), "هذا العام": ("year", 0), "العام الحالي": ("year", 0),
        "الأسبوع الماضي": ("week", -1), "الأسبوع المقبل": ("week", 1),
        "الشهر الماضي": ("month", -1), "الشهر المقبل": ("month", 1),
    },
}  # fmt: skip

# Words that join a day and a month, or a month and a year, in each language.
DATE_JOINERS = {"de": r"\.?", "fr": "", "es": r"(?:\s+de)?", "it": "", "pt": r"(?:\s+de)?",
                "ru": "", "ar": r"(?:\s+من)?"}
YEAR_JOINERS = {"de": "", "fr": "", "es": r"(?:\s+de(?:l)?)?", "it": "", "pt": r"(?:\s+de)?",
                "ru": "", "ar": r"(?:\s+من)?"}

NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15,
    "twenty": 20, "thirty": 30, "fifty": 50, "hundred": 100,
}  # fmt: skip

ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "twenty-first": 21, "1st": 1, "2nd": 2, "3rd": 3,
    "4th": 4,
}  # fmt: skip

DECADE_WORDS = {
    "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
    "eighties": 8, "nineties": 9,
}  # fmt: skip

SEASON_WORDS = {"spring": 0, "summer": 1, "autumn": 2, "fall": 2, "winter": 3}
# Seasons (northern hemisphere: 0 spring ... 3 winter) and the word joining them to a year.
SEASONS = {
    "de": {"frühjahr": 0, "frühling": 0, "sommer": 1, "herbst": 2, "winter": 3},
    "fr": {"printemps": 0, "été": 1, "automne": 2, "hiver": 3},
    "es": {"primavera": 0, "verano": 1, "otoño": 2, "invierno": 3},
    "it": {"primavera": 0, "estate": 1, "autunno": 2, "inverno": 3},
    "pt": {"primavera": 0, "verão": 1, "outono": 2, "inverno": 3},
    # Russian: "весной 2026 года" (in spring), "весна 2026", "до весны 2026".
    "ru": {"весна": 0, "весной": 0, "весну": 0, "весны": 0, "лето": 1, "летом": 1, "лета": 1,
           "осень": 2, "осенью": 2, "осени": 2, "зима": 3, "зимой": 3, "зиму": 3, "зимы": 3},
    "ar": {"ربيع": 0, "الربيع": 0, "صيف": 1, "الصيف": 1, "خريف": 2, "الخريف": 2, "شتاء": 3,
           "الشتاء": 3},
}
SEASON_YEAR_JOINERS = {"de": "", "fr": "", "es": r"(?:\s+de)?", "it": r"(?:\s+del)?",
                       "pt": r"(?:\s+de)?", "ru": "", "ar": r"(?:\s+عام)?"}
# What may stand between a weekday and the date it names: "Dienstag, dem 14.", "martes 14".
WEEKDAY_DATE_JOINERS = {"de": r",?\s+(?:(?:dem|den)\s+)?", "fr": r",?\s+(?:le\s+)?",
                        "es": r",?\s+", "it": r",?\s+", "pt": r",?\s+(?:dia\s+)?",
                        "ru": r",?\s+", "ar": r"،?\s+(?:الموافق\s+)?"}

# Nouns that, right after a four-digit number, show it is a count and not a year.
_COUNT_NOUN_WORDS = """people persons men women children workers employees jobs members residents
voters students
troops soldiers cases deaths dead units shares votes seats homes houses cars vehicles miles
kilometres kilometers km meters metres feet tons tonnes pounds kg acres hectares points
barrels dollars euros yuan yen rupees copies tickets sales users visitors patients beds
rooms pages words calories degrees hours minutes seconds days weeks months years times
percent stores plants sites items products passengers flights"""
COUNT_NOUNS = frozenset(_COUNT_NOUN_WORDS.split())


def alternation(words: Iterable[str]) -> str:
    """Return a regex alternation of ``words``, longest first so the longest one wins."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


# "N units ago" in other languages: (pattern with {n} and {unit} slots, numbers, units).
AGO: dict[str, tuple[str, dict[str, int], dict[str, str]]] = {
    "de": (
        r"vor\s+{n}\s+{unit}",
        {"einem": 1, "einer": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6,
         "sieben": 7, "acht": 8, "neun": 9, "zehn": 10},
        {"jahr": "year", "jahren": "year", "monat": "month", "monaten": "month",
         "woche": "week", "wochen": "week", "tag": "day", "tagen": "day"},
    ),
    "fr": (
        r"il\s+y\s+a\s+{n}\s+{unit}",
        {"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6,
         "sept": 7, "huit": 8, "neuf": 9, "dix": 10},
        {"an": "year", "ans": "year", "année": "year", "années": "year", "mois": "month",
         "semaine": "week", "semaines": "week", "jour": "day", "jours": "day"},
    ),
    "es": (
        r"hace\s+{n}\s+{unit}",
        {"un": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6,
         "siete": 7, "ocho": 8, "nueve": 9, "diez": 10},
        {"año": "year", "años": "year", "mes": "month", "meses": "month", "semana": "week",
         "semanas": "week", "día": "day", "días": "day"},
    ),
    "it": (
        r"{n}\s+{unit}\s+fa",
        {"un": 1, "uno": 1, "una": 1, "due": 2, "tre": 3, "quattro": 4, "cinque": 5, "sei": 6,
         "sette": 7, "otto": 8, "nove": 9, "dieci": 10},
        {"anno": "year", "anni": "year", "mese": "month", "mesi": "month",
         "settimana": "week", "settimane": "week", "giorno": "day", "giorni": "day"},
    ),
    "pt": (
        r"há\s+{n}\s+{unit}",
        {"um": 1, "uma": 1, "dois": 2, "duas": 2, "três": 3, "quatro": 4, "cinco": 5,
         "seis": 6, "sete": 7, "oito": 8, "nove": 9, "dez": 10},
        {"ano": "year", "anos": "year", "mês": "month", "meses": "month", "semana": "week",
         "semanas": "week", "dia": "day", "dias": "day"},
    ),
    "ru": (
        r"{n}\s+{unit}\s+назад",
        {"один": 1, "одна": 1, "одну": 1, "два": 2, "две": 2, "три": 3, "четыре": 4,
         "пять": 5, "шесть": 6, "семь": 7, "восемь": 8, "девять": 9, "десять": 10},
        {"год": "year", "года": "year", "лет": "year", "месяц": "month", "месяца": "month",
         "месяцев": "month", "неделю": "week", "недели": "week", "недель": "week",
         "день": "day", "дня": "day", "дней": "day"},
    ),
    "ar": (
        r"[وف]?قبل\s+{n}\s+{unit}",  # "وقبل 3 سنوات": "and" is written onto the word
        {"ثلاث": 3, "ثلاثة": 3, "أربع": 4, "أربعة": 4, "خمس": 5, "خمسة": 5, "ست": 6,
         "ستة": 6, "سبع": 7, "سبعة": 7, "عشر": 10, "عشرة": 10},
        {"سنوات": "year", "سنة": "year", "أعوام": "year", "عام": "year", "أشهر": "month",
         "شهور": "month", "شهر": "month", "أسابيع": "week", "أسبوع": "week", "أيام": "day",
         "يوم": "day"},
    ),
}  # fmt: skip
