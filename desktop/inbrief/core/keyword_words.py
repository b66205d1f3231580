"""The words keywords are not: fillers, verb forms, particles, numbers in words, per language."""

from __future__ import annotations

import re

# Japanese: a word written only in hiragana is a particle, an auxiliary or a verb ending (する,
# いる, た): content words carry a kanji, katakana or Latin letter. Chinese: one character is
# mostly a function word (会, 在); a number with its measure word (一座, 两个) is no topic.
HIRAGANA_ONLY = re.compile(r"^[\u3041-\u309f\u30fc]+$")
ZH_COUNT = re.compile(
    r"^[〇零一二三四五六七八九十百千万亿两几每这那该]+[个座名位家条项种次件所台只张块份人]?$"
)
# Reporting and all-purpose English verbs, and past forms that are only verbs ("fought", not
# "-ed": see keyword_forms.PAST): what a story says happened is in its summary.
ENGLISH_VERBS_TEXT = """
        say saying talk talking talked discuss discusses discussing discussed tell telling
        told ask asking asked add adding added note noted noting stated explain explained
        explaining claim claimed claiming reported reporting announce announced announcing
        think thinks thought believe believes believed want wants wanted wanting
        seem seems seemed going gone get gets getting got make makes making made take takes
        taking took come comes coming came know knows knew known see sees seeing saw seen
        give gives giving gave given find finds finding found include includes including
        included expect expects expected expecting continue continues continued continuing
        called calling call calls put puts putting tried trying try tries let lets
        fought began became brought bought taught caught sought wrote spoke chose grew drew
        threw struck spent meant kept sold held won
"""
# Nouns that stand for any topic ("issues", "things", "the future"): a reader tags the topic
# itself.
ENGLISH_VAGUE_TEXT = """
        issue issues thing things matter matters way ways lot lots kind kinds sort sorts stuff
        fact facts aspect aspects future past
"""
# News agencies credited in a dateline or a byline ("(Reuters)", "LISBOA, 10 out (Lusa)"):
# the source of the story, not what it is about. Lower case; matched in every language.
AGENCIES_TEXT = """
        reuters ap afp upi dpa efe ansa lusa apa ips xinhua tass itar-tass interfax kyodo
        yonhap bernama pti ians
"""
AGENCIES = frozenset(AGENCIES_TEXT.split())
# The reporting verbs of news in the other languages ("a déclaré", "disse", "erklärte").
REPORTING_TEXT = {
    "fr": """
        dit dire déclaré déclare indiqué indique expliqué explique affirmé affirme ajouté
        ajoute annoncé annonce estimé estime précisé précise souligné souligne assuré assure
        """,
    "pt": """
        disse dizer diz dizem disseram afirmou afirma declarou declara explicou explica
        acrescentou referiu refere adiantou sublinhou vai vão pode podem deve devem
        """,
    "es": """
        dijo dice dicen decir afirmó afirma declaró declara explicó explica añadió agregó
        señaló señala indicó indica aseguró asegura
        """,
    "it": """
        detto dice dicono dire affermato afferma dichiarato dichiara spiegato spiega aggiunto
        sottolineato sottolinea
        """,
    "de": """
        sagte sagt sagten sagen erklärte erklärt betonte betont teilte mitteilte fügte
        hinzu
        """,
}
# Adverbs, demonstratives and all-purpose verb forms missing from sumy's Portuguese stop words
# ("ainda", "neste momento", "pois", "quis"): they open or close a run of content words and
# make a phrase of it ("tendência ainda", "Mourinho continua").
FILLER_TEXT = {
    "pt": """
        ainda pois cá lá pouco pouca poucos poucas tudo perto assim sempre nunca mal apenas
        neste nesta nestes nestas naquele naquela deste desta destes destas aquele aquela
        isso isto disso disto nisso nisto próximo próxima passado passada dito dita
        quis fez faz fazem fazer feito feita está estão estava estavam tem têm teve tinha
        ser sido foi foram será serão continua continuam consegue conseguem tarde senhor
        """,
}
# Reporting verbs and fillers of news prose, missing from the stop-word lists (words for days,
# months and years, 昨天 or 来年, are added from the date rules).
FILLERS = {
    "zh": frozenset({
        "表示", "认为", "指出", "强调", "介绍", "宣布", "透露", "报道", "记者", "进行", "目前",
        "预计", "已经", "开始", "以及", "相关", "方面", "所有", "有人", "不少", "可以", "同时",
        "一些", "很多", "许多", "其中", "之后", "之前", "以后", "以前", "此外", "因此", "这个",
        "那个", "說", "表達", "認為", "強調", "介紹", "宣佈", "報導", "記者", "進行", "預計",
        "已經", "開始", "相關",
    }),
    "ja": frozenset({"記者", "会見", "同日", "一方", "発表"}),
    "en": frozenset(ENGLISH_VERBS_TEXT.split() + ENGLISH_VAGUE_TEXT.split()),
    **{
        code: frozenset(text.split() + FILLER_TEXT.get(code, "").split())
        for code, text in REPORTING_TEXT.items()
    },
}
# Korean writes particles onto the noun ("도서관을" = library + object marker): they are cut off
# so every form counts as one word. Longer particles always; of the one-syllable ones only after
# two syllables, never 이, 가, 의, 도 (어린이, 국가, 회의 end so), and 은/는, which also end
# verb forms (바꾸는), only when the bare word is seen elsewhere in the text.
KO_PARTICLES = (
    "에서는", "에게서", "으로는", "으로서", "으로써", "이라는", "에서", "에게", "으로", "까지",
    "부터", "처럼", "보다", "에는", "에도", "라는", "이나",
)
KO_OBJECT_PARTICLES = ("을", "를", "과", "와", "에", "로")
KO_TOPIC_PARTICLES = ("은", "는")
# Endings of verbs and adjectives (했다, 싶다, 중요한, 낡은, 반영할...): such words are not
# topics. A few nouns end so too (바다); the keywords do without them.
KO_VERB_ENDING = re.compile(
    r"(?:하고|하여|해서|하게|하면|되어|해질|해진|해지는|되고|[가-힣]한|(?<!역)할|[은는며다])$"
)
# Numbers written as words, and the big units ("doce millones", "zwölf Millionen"): amounts,
# not topics. Lower case; matched in every language (none of these is a topic word elsewhere).
NUMBER_TEXT = """
one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen
seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred
thousand million millions billion billions dozen dozens percent
un une deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize
vingt trente quarante cinquante soixante cent cents mille million millions milliard milliards
zwei drei vier fünf sechs sieben acht neun zehn elf zwölf zwanzig hundert tausend million
millionen milliarde milliarden
uno dos tres cuatro cinco seis siete ocho nueve diez once doce veinte cien mil millón millones
due tre quattro cinque sette otto nove dieci undici dodici venti cento milione milioni
miliardo miliardi
dois duas três quatro cinco seis sete oito nove dez onze doze treze catorze quinze dezasseis
dezassete dezoito dezanove vinte trinta quarenta cinquenta sessenta setenta oitenta noventa cem
cento milhão milhões bilhão bilhões
один одна два две три четыре пять шесть семь восемь девять десять двенадцать двадцать сто
тысяча тысячи тысяч миллион миллиона миллионов миллиард миллиарда миллиардов
"""
# Ranks ("première", "primeiro", "last"): which one, not what about ("primeiro-ministro" is a
# word of its own: only numbers, not ranks, make "two-year" no keyword).
RANK_TEXT = """
first third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth premier première
premiers premières deuxième troisième quatrième cinquième sixième septième huitième neuvième
dixième dernier dernière derniers dernières primeiro primeira primeiros primeiras terceiro
terceira sexto sexta sétimo sétima oitavo oitava nono nona décimo décima último última
últimos últimas
"""
CARDINALS = frozenset(NUMBER_TEXT.split())
NUMBER_WORDS = CARDINALS | frozenset(RANK_TEXT.split())
# Verb forms that only verbs take (Spanish "aprobó", "costará"; Italian "approvò", "sarà";
# Portuguese "aprovou", "custará"): what happened is said by the summary, not a keyword.
VERB_FORMS = {
    "es": re.compile(r"\w{2,}(?:ó|rá|rán|aron|ieron)$"),
    "it": re.compile(r"\w{2,}(?:ò|rà|ranno|arono|erono|irono)$"),
    "pt": re.compile(r"\w{2,}(?:ou|iu|rá|aram|eram|iram)$"),
}
# The English possessive ("Perry's", "NATO’s"): the same keyword as the bare name.
POSSESSIVE = re.compile(r"['’]s?$")
# A headline in title case ("Mayor Wins Second Term as Council Backs Plan"): its capitals say
# nothing about which words are names.
TITLE_WORD = re.compile(r"[^\W\d_][\w'’-]*")
# Elided articles and pronouns glued to the next word by an apostrophe.
ELISIONS = {
    "fr": re.compile(r"^(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu|quoiqu)['’]", re.IGNORECASE),
    "it": re.compile(r"^(?:[cdlmnstv]|dell|all|dall|nell|sull|quest|quell|un)['’]",
                     re.IGNORECASE),
    "ca": re.compile(r"^(?:[dlmnst])['’]", re.IGNORECASE),
}
# The words that join the halves of a name ("Walk of Fame", "Frères de la Côte", "Câmara do
# Porto"): a capitalised phrase always standing on one side of them is a piece of that name.
NAME_JOINERS = {
    "en": ("of",),
    "fr": ("de", "du", "des", "de la"),
    "pt": ("de", "da", "do", "das", "dos"),
    "es": ("de", "del", "de la"),
    "it": ("di", "del", "della", "dei"),
    "de": ("von", "der"),
}
# Infinitives, told by their ending and the word before that asks for one ("para apresentar",
# "pour rendre", "puede aprobar", "deve approvare"): what someone will do, not a topic.
_INFINITIVE_OPENERS = {
    "pt": """para vai vão pode podem deve devem quer querem pretende pretendem poderá deverá
        vamos possa possam tentar conseguir consegue conseguiu decidiu decidiram permitiu não
        a""",
    "fr": "pour va vont peut peuvent doit doivent veut veulent faut pourra devra afin à pas",
    "es": "para va van puede pueden debe deben quiere quieren podrá deberá",
    "it": "per può possono deve devono vuole vogliono potrà dovrà",
}
# (Portuguese "a" is also an article: "a mulher"; the nouns in -ar and -ir are masculine.)
_INFINITIVE_ENDINGS = {"pt": "ar|er|ir", "fr": "er|ir|re", "es": "ar|er|ir", "it": "are|ere|ire"}
INFINITIVES = {
    code: (re.compile(r"\w{2,}(?:" + _INFINITIVE_ENDINGS[code] + ")$"), frozenset(words.split()))
    for code, words in _INFINITIVE_OPENERS.items()
}
