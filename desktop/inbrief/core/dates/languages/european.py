"""German, French, Spanish, Italian, Portuguese and Russian date words (grammar.py reads them)."""

from __future__ import annotations

from inbrief.core.dates.languages.record import Ago, DateLanguage, TenseCues, WordOrder

# Tense cues: future verb endings where they are unmistakable (Spanish -rá, Italian -rà,
# French -ront/-rira/-sera...), auxiliaries, and past auxiliaries and words.

GERMAN = DateLanguage(
    code="de",
    grammar=WordOrder(
        day_month=r"\.?", month_year="", season_year="",
        weekday_date=r",?\s+(?:(?:dem|den)\s+)?", capitalised_nouns=True,
    ),
    months={
        "januar": 1, "jänner": 1, "februar": 2, "märz": 3, "maerz": 3, "april": 4, "mai": 5,
        "juni": 6, "juli": 7, "august": 8, "september": 9, "oktober": 10, "november": 11,
        "dezember": 12,
    },
    weekdays={
        "montag": 0, "dienstag": 1, "mittwoch": 2, "donnerstag": 3, "freitag": 4,
        "samstag": 5, "sonnabend": 5, "sonntag": 6,
    },
    seasons={"frühjahr": 0, "frühling": 0, "sommer": 1, "herbst": 2, "winter": 3},
    relative_words={
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
    ago=Ago(
        r"vor\s+{n}\s+{unit}",
        {"einem": 1, "einer": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6,
         "sieben": 7, "acht": 8, "neun": 9, "zehn": 10},
        {"jahr": "year", "jahren": "year", "monat": "month", "monaten": "month",
         "woche": "week", "wochen": "week", "tag": "day", "tagen": "day"},
    ),
    tense=TenseCues(
        r"\b(?:wird|werden|soll|sollen|künftig|geplant|voraussichtlich)\b",
        r"\b(?:war|waren|hatte|hatten|wurde|wurden|gestern|vergangenen?|letzten?)\b",
        # Preterites of the reporting and event verbs, also with their prefix at the end of
        # a clause ("wie Krafcik am Dienstag ankündigte", "mitteilte"); participles ("hat am
        # Dienstag gewählt").
        r"\b(?:an|mit|ab|auf|aus|bei|bekannt|ein|vor|zu)?(?:sagte|erklärte|teilte|kündigte"
        r"|berichtete|meldete|bestätigte|nannte|wählte"
        r"|stimmte|traf|gewann|verlor|fand|kam|ging|stand|sprach|gab|begann|starb)n?\b"
        r"|\b(?:ge\w{2,}t|ge\w{3,}en)\b",
        # The Konjunktiv II of a plan ("sollten" is as often "were to": left out).
        r"\b(?:würden?|dürften?|könnten?)\b",
    ),
)  # fmt: skip

FRENCH = DateLanguage(
    code="fr",
    grammar=WordOrder(
        day_month="", month_year="", season_year="", weekday_date=r",?\s+(?:le\s+)?",
        capitalised_nouns=False,
    ),
    months={
        "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6,
        "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11,
        "décembre": 12, "decembre": 12,
    },
    weekdays={
        "lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5,
        "dimanche": 6,
    },
    seasons={"printemps": 0, "été": 1, "automne": 2, "hiver": 3},
    relative_words={
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
    ago=Ago(
        r"il\s+y\s+a\s+{n}\s+{unit}",
        {"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6,
         "sept": 7, "huit": 8, "neuf": 9, "dix": 10},
        {"an": "year", "ans": "year", "année": "year", "années": "year", "mois": "month",
         "semaine": "week", "semaines": "week", "jour": "day", "jours": "day"},
    ),
    tense=TenseCues(
        r"\b(?:\w+(?:ront|rons|rira|sera|era|ura|iendra)|va|vont|prochaine?s?|prévue?s?)\b",
        r"\b(?:hier|était|étaient|avait|avaient|a\s+été|ont\s+été|dernière?s?|passée?s?)\b",
        # The passé composé: "a déclaré jeudi", "ont voté mardi", "s'est réuni lundi".
        r"\b(?:a|ont|avait|avaient|est|sont|s'est|s’est|se\s+sont)\s+(?:(?:été|déjà|aussi"
        r"|également|notamment)\s+)?(?!lieu\b)\w+(?:é|ée|és|ées|i|ie|is|it|u|ue|us|ert|int)\b",
        # The conditional ("devraient commencer"), not "aurait" (a plan past: "aurait dû")
        # nor nouns ending alike ("portrait", "retrait").
        r"\b(?!aurai(?:t|ent)\b|(?:portr|retr|extr|tr|attr|abstr|distr|soustr)ait\b)"
        r"\w+r(?:ait|aient)\b",
    ),
)  # fmt: skip

SPANISH = DateLanguage(
    code="es",
    grammar=WordOrder(
        day_month=r"(?:\s+de)?", month_year=r"(?:\s+de(?:l)?)?", season_year=r"(?:\s+de)?",
        weekday_date=r",?\s+", capitalised_nouns=False,
    ),
    months={
        "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7,
        "agosto": 8, "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11,
        "diciembre": 12,
    },
    weekdays={
        "lunes": 0, "martes": 1, "miércoles": 2, "miercoles": 2, "jueves": 3, "viernes": 4,
        "sábado": 5, "sabado": 5, "domingo": 6,
    },
    seasons={"primavera": 0, "verano": 1, "otoño": 2, "invierno": 3},
    relative_words={
        "hoy": ("day", 0), "ayer": ("day", -1), "anteayer": ("day", -2),
        "pasado mañana": ("day", 2), "este año": ("year", 0), "el año pasado": ("year", -1),
        "el próximo año": ("year", 1), "el año que viene": ("year", 1),
        "esta semana": ("week", 0), "la semana pasada": ("week", -1),
        "la próxima semana": ("week", 1), "la semana que viene": ("week", 1),
        "este mes": ("month", 0), "el mes pasado": ("month", -1),
        "el próximo mes": ("month", 1),
    },
    ago=Ago(
        r"hace\s+{n}\s+{unit}",
        {"un": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6,
         "siete": 7, "ocho": 8, "nueve": 9, "diez": 10},
        {"año": "year", "años": "year", "mes": "month", "meses": "month", "semana": "week",
         "semanas": "week", "día": "day", "días": "day"},
    ),
    tense=TenseCues(
        r"\b(?:\w+rán?|va\s+a|van\s+a|próxim[oa]s?|previst[oa]s?)\b",
        r"\b(?:ayer|fue|fueron|había|habían|pasad[oa]s?)\b",
        # The pretérito ("dijo el jueves", "votaron el martes") and the perfect ("ha dicho").
        r"\b\w{2,}(?:ó|aron|ieron|ió)\b|\b(?:dijo|dijeron|hizo|hicieron|tuvo|tuvieron|dio"
        r"|dieron|vino|vinieron|estuvo)\b|\b(?:ha|han)\s+\w+(?:ado|ido|cho|to)\b",
        # The conditional of a plan (not every word in -ría: "categoría", "mayoría").
        r"\b(?:debería|podría|sería|tendría|haría|iría)n?\b",
    ),
)  # fmt: skip

ITALIAN = DateLanguage(
    code="it",
    grammar=WordOrder(
        day_month="", month_year="", season_year=r"(?:\s+del)?", weekday_date=r",?\s+",
        capitalised_nouns=False,
    ),
    months={
        "gennaio": 1, "febbraio": 2, "marzo": 3, "aprile": 4, "maggio": 5, "giugno": 6,
        "luglio": 7, "agosto": 8, "settembre": 9, "ottobre": 10, "novembre": 11, "dicembre": 12,
    },
    weekdays={
        "lunedì": 0, "lunedi": 0, "martedì": 1, "martedi": 1, "mercoledì": 2, "mercoledi": 2,
        "giovedì": 3, "giovedi": 3, "venerdì": 4, "venerdi": 4, "sabato": 5, "domenica": 6,
    },
    seasons={"primavera": 0, "estate": 1, "autunno": 2, "inverno": 3},
    relative_words={
        "oggi": ("day", 0), "ieri": ("day", -1), "l'altro ieri": ("day", -2),
        "domani": ("day", 1), "dopodomani": ("day", 2), "quest'anno": ("year", 0),
        "quest’anno": ("year", 0), "l'anno scorso": ("year", -1),
        "l’anno scorso": ("year", -1), "l'anno prossimo": ("year", 1),
        "l’anno prossimo": ("year", 1), "questa settimana": ("week", 0),
        "la settimana scorsa": ("week", -1), "la settimana prossima": ("week", 1),
        "questo mese": ("month", 0), "il mese scorso": ("month", -1),
        "il mese prossimo": ("month", 1),
    },
    ago=Ago(
        r"{n}\s+{unit}\s+fa",
        {"un": 1, "uno": 1, "una": 1, "due": 2, "tre": 3, "quattro": 4, "cinque": 5, "sei": 6,
         "sette": 7, "otto": 8, "nove": 9, "dieci": 10},
        {"anno": "year", "anni": "year", "mese": "month", "mesi": "month",
         "settimana": "week", "settimane": "week", "giorno": "day", "giorni": "day"},
    ),
    tense=TenseCues(
        r"\b(?:\w+r(?:à|anno)|prossim[oaie]|previst[oaie])\b",
        r"\b(?:ieri|era|erano|fu|furono|aveva|avevano|scors[oaie])\b",
        # The passato prossimo ("ha detto giovedì", "si è riunito") and the passato remoto.
        r"\b(?:ha|hanno|è|sono)\s+(?:(?:stat[oaie]|già)\s+)?\w+(?:at[oaie]|ut[oaie]|it[oaie]"
        r"|ett[oaie]|att[oaie]|ess[oaie]|ist[oaie]|ort[oaie]|olt[oaie])\b"
        r"|\b(?:disse|dissero|vinse|vinsero|annunciò|dichiarò)\b",
        # The conditional of a plan ("dovrebbe iniziare"), not "avrebbe" ("avrebbe dovuto").
        r"\b(?!avrebber?o?\b)\w+rebber?o?\b",
    ),
)  # fmt: skip

PORTUGUESE = DateLanguage(
    code="pt",
    grammar=WordOrder(
        day_month=r"(?:\s+de)?", month_year=r"(?:\s+de)?", season_year=r"(?:\s+de)?",
        weekday_date=r",?\s+(?:dia\s+)?", capitalised_nouns=False,
    ),
    months={
        "janeiro": 1, "fevereiro": 2, "março": 3, "marco": 3, "abril": 4, "maio": 5, "junho": 6,
        "julho": 7, "agosto": 8, "setembro": 9, "outubro": 10, "novembro": 11, "dezembro": 12,
    },
    weekdays={
        "segunda-feira": 0, "terça-feira": 1, "terca-feira": 1, "quarta-feira": 2,
        "quinta-feira": 3, "sexta-feira": 4, "sábado": 5, "sabado": 5, "domingo": 6,
    },
    seasons={"primavera": 0, "verão": 1, "outono": 2, "inverno": 3},
    relative_words={
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
    ago=Ago(
        r"há\s+{n}\s+{unit}",
        {"um": 1, "uma": 1, "dois": 2, "duas": 2, "três": 3, "quatro": 4, "cinco": 5,
         "seis": 6, "sete": 7, "oito": 8, "nove": 9, "dez": 10},
        {"ano": "year", "anos": "year", "mês": "month", "meses": "month", "semana": "week",
         "semanas": "week", "dia": "day", "dias": "day"},
    ),
    tense=TenseCues(
        r"\b(?:\w+r(?:á|ão)|vai|vão|próxim[oa]s?|previst[oa]s?)\b",
        r"\b(?:ontem|foi|foram|tinha|tinham|passad[oa]s?)\b",
        # The pretérito perfeito: "disse na quinta-feira", "votaram na terça-feira".
        r"\b\w{2,}(?:ou|aram|eram|iu|iram)\b|\b(?:disse|disseram|fez|fizeram|teve|tiveram"
        r"|deu|deram|venceu|perdeu)\b",
        # The conditional of a plan.
        r"\b(?:deveria|poderia|seria|iria|faria)m?\b",
    ),
)  # fmt: skip

RUSSIAN = DateLanguage(
    code="ru",
    grammar=WordOrder(
        day_month="", month_year="", season_year="", weekday_date=r",?\s+",
        capitalised_nouns=False,
    ),
    # Nominative, genitive ("14 марта") and prepositional ("в марте") forms.
    months={
        "январь": 1, "января": 1, "январе": 1, "февраль": 2, "февраля": 2, "феврале": 2,
        "март": 3, "марта": 3, "марте": 3, "апрель": 4, "апреля": 4, "апреле": 4, "май": 5,
        "мая": 5, "мае": 5, "июнь": 6, "июня": 6, "июне": 6, "июль": 7, "июля": 7, "июле": 7,
        "август": 8, "августа": 8, "августе": 8, "сентябрь": 9, "сентября": 9,
        "сентябре": 9, "октябрь": 10, "октября": 10, "октябре": 10, "ноябрь": 11,
        "ноября": 11, "ноябре": 11, "декабрь": 12, "декабря": 12, "декабре": 12,
    },
    # "в понедельник", "во вторник"; not "среда" (also "environment"), only "в среду".
    weekdays={
        "понедельник": 0, "вторник": 1, "среду": 2, "четверг": 3, "пятницу": 4,
        "пятница": 4, "субботу": 5, "суббота": 5, "воскресенье": 6,
    },
    # "весной 2026 года" (in spring), "весна 2026", "до весны 2026".
    seasons={
        "весна": 0, "весной": 0, "весну": 0, "весны": 0, "лето": 1, "летом": 1, "лета": 1,
        "осень": 2, "осенью": 2, "осени": 2, "зима": 3, "зимой": 3, "зиму": 3, "зимы": 3,
    },
    relative_words={
        "сегодня": ("day", 0), "вчера": ("day", -1), "позавчера": ("day", -2),
        "завтра": ("day", 1), "послезавтра": ("day", 2), "в этом году": ("year", 0),
        "в прошлом году": ("year", -1), "в следующем году": ("year", 1),
        "в будущем году": ("year", 1), "на этой неделе": ("week", 0),
        "на прошлой неделе": ("week", -1), "на следующей неделе": ("week", 1),
        "в этом месяце": ("month", 0), "в прошлом месяце": ("month", -1),
        "в следующем месяце": ("month", 1),
    },
    ago=Ago(
        r"{n}\s+{unit}\s+назад",
        {"один": 1, "одна": 1, "одну": 1, "два": 2, "две": 2, "три": 3, "четыре": 4,
         "пять": 5, "шесть": 6, "семь": 7, "восемь": 8, "девять": 9, "десять": 10},
        {"год": "year", "года": "year", "лет": "year", "месяц": "month", "месяца": "month",
         "месяцев": "month", "неделю": "week", "недели": "week", "недель": "week",
         "день": "day", "дня": "day", "дней": "day"},
    ),
    tense=TenseCues(
        r"\b(?:будет|будут|планируется|откроется|начнётся|начнется|завершится)\b",
        r"\b(?:вчера|был|была|было|были|прошлом|прошлой)\b",
        # Past-tense verbs end in -л, -ла, -ло, -ли: "заявил в четверг", "встретились".
        r"\b\w{2,}[аеиуыяё]л(?:а|о|и)?(?:сь|ся)?\b",
    ),
)  # fmt: skip

LANGUAGES = (GERMAN, FRENCH, SPANISH, ITALIAN, PORTUGUESE, RUSSIAN)
