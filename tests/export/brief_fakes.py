"""Realistic fake Briefs built straight from the dataclasses (no analysis modules needed)."""

from __future__ import annotations

from collections.abc import Sequence

from inbrief.core.brief import (
    Brief,
    DateMention,
    Entity,
    Keyword,
    Language,
    Mention,
    Sentence,
    Stats,
)

# Invented article: the harbour town, the people and the figures are all made up.
ENGLISH = [
    "The town council of Port Wendal voted on Tuesday to rebuild the flooded harbour wall "
    "before the winter storms arrive.",
    "Mayor Ilse Carrow said the repairs would cost about 14 million euros and start on "
    "3 March 2025.",
    "Engineers from Halvorsen Marine had warned in October 2024 that the old wall could fail "
    "in a single strong surge.",
    "Fishermen welcomed the decision but asked for a temporary mooring near Kessel Point.",
    "The regional government in Dunmore has promised to cover half of the cost.",
    "Opposition councillor Tomas Reyne called the timetable optimistic.",
    "He pointed out that a similar project in Arnholt took three years instead of one.",
    "The council will publish the contracts next week, Carrow added.",
    "Residents can comment on the plans until 30 April 2025 at the town hall.",
    "Local schools will visit the building site as part of a science project.",
]
ENGLISH_ENTITIES = [
    ("Ilse Carrow", "person", ["Carrow", "Ilse Carrow"]),
    ("Tomas Reyne", "person", ["Tomas Reyne"]),
    ("Halvorsen Marine", "organization", ["Halvorsen Marine"]),
    ("Port Wendal", "place", ["Port Wendal"]),
    ("Kessel Point", "place", ["Kessel Point"]),
    ("Dunmore", "place", ["Dunmore"]),
    ("Arnholt", "place", ["Arnholt"]),
]
ENGLISH_DATES = [
    ("on Tuesday", "2024-11-26", "relative"),
    ("3 March 2025", "2025-03-03", "absolute"),
    ("October 2024", "2024-10", "absolute"),
    ("next week", "2024-W49", "relative"),
    ("30 April 2025", "2025-04-30", "absolute"),
]
ENGLISH_KEYWORDS = ["harbour wall", "council", "repairs", "storms", "fishermen", "contracts"]

JAPANESE = [
    "北浜市は二十八日、老朽化した港の防波堤を来年春までに建て替える計画を発表した。",
    "工事費はおよそ十四億円で、国と県が半分を負担する。",
    "市の担当者によると、昨年十月の台風で防波堤の一部が崩れたという。",
    "漁業関係者は計画を歓迎したが、工事中の船の係留場所を求めている。",
    "市長の山科恵子氏は記者会見で、住民の安全を最優先にすると述べた。",
    "工事は二〇二五年三月三日に始まる予定だ。",
]
JAPANESE_ENTITIES = [
    ("山科恵子", "person", ["山科恵子"]),
    ("北浜市", "place", ["北浜市"]),
]
JAPANESE_DATES = [
    ("二十八日", "2024-11-28", "relative"),
    ("二〇二五年三月三日", "2025-03-03", "absolute"),
]

ARABIC = [
    "أعلن مجلس مدينة الواحة الجديدة يوم الثلاثاء خطة لإعادة بناء جدار الميناء قبل الشتاء.",
    "وقالت رئيسة المجلس سلمى حداد إن التكلفة تبلغ نحو أربعة عشر مليون دينار.",
    "وحذر مهندسون من شركة البحر الأزرق من أن الجدار القديم قد ينهار في عاصفة قوية.",
    "ورحب الصيادون بالقرار لكنهم طالبوا بمرسى مؤقت قرب الرأس الشمالي.",
    "ومن المقرر أن تبدأ الأعمال في الثالث من مارس ٢٠٢٥.",
]
ARABIC_ENTITIES = [
    ("سلمى حداد", "person", ["سلمى حداد"]),
    ("شركة البحر الأزرق", "organization", ["شركة البحر الأزرق"]),
    ("الواحة الجديدة", "place", ["الواحة الجديدة"]),
]
ARABIC_DATES = [("الثالث من مارس ٢٠٢٥", "2025-03-03", "absolute")]


def make_brief(
    sentences: Sequence[str],
    *,
    title: str = "",
    language: Language | None = None,
    entities: Sequence[tuple[str, str, Sequence[str]]] = (),
    dates: Sequence[tuple[str, str, str]] = (),
    keywords: Sequence[str] = (),
    summary_count: int = 5,
    source: str = "",
    published: str | None = None,
    file_name: str = "article.txt",
    joiner: str = " ",
) -> Brief:
    """Return a Brief whose offsets, ranks and counts agree with its text."""
    text, spans = "", []
    for sentence in sentences:
        if text:
            text += joiner
        spans.append((len(text), len(text) + len(sentence)))
        text += sentence
    # Rank: a fixed, varied order so the summary is not just the lead.
    order = sorted(range(len(sentences)), key=lambda i: ((i * 7) % 5, i))
    ranks = {index: rank for rank, index in enumerate(order, 1)}
    all_sentences = tuple(
        Sentence(i, s, e, sentences[i], round(1 - ranks[i] / (len(sentences) + 1), 4), ranks[i])
        for i, (s, e) in enumerate(spans)
    )
    chosen = sorted(all_sentences, key=lambda s: s.rank)[:summary_count]
    summary = tuple(sorted(chosen, key=lambda s: s.index))

    def sentence_of(offset: int) -> int:
        return next((i for i, (s, e) in enumerate(spans) if s <= offset < e), -1)

    made_entities = []
    for name, kind, aliases in entities:
        mentions = []
        for alias in aliases:
            at = text.find(alias)
            while at >= 0:
                mentions.append(Mention(at, at + len(alias), alias))
                at = text.find(alias, at + 1)
        count = max(1, len(mentions))
        made_entities.append(
            Entity(
                name,
                kind,
                count,
                tuple(aliases),
                tuple(mentions),  # type: ignore[arg-type]
                salience=float(count),
            )
        )
    made_dates = []
    for phrase, value, kind in dates:
        at = text.find(phrase)
        made_dates.append(
            DateMention(
                phrase,
                max(at, 0),
                max(at, 0) + len(phrase),
                value,
                kind,
                sentence_of(at) if at >= 0 else -1,
            )
        )  # type: ignore[arg-type]
    made_dates.sort(key=lambda d: d.start)
    words = len(text.split()) if joiner == " " else len(text) // 2
    summary_words = sum(len(s.text.split()) for s in summary)
    made_keywords = tuple(
        Keyword(k, round(1 - i / (len(keywords) + 1), 3), max(1, text.count(k)))
        for i, k in enumerate(keywords)
    )
    return Brief(
        text=text,
        title=title,
        source=source,
        published=published,
        file_name=file_name,
        language=language or Language("en", "English", 0.99),
        stats=Stats(words, len(sentences), round(words / 230, 2), summary_words),
        sentences=all_sentences,
        summary=summary,
        keywords=made_keywords,
        entities=tuple(made_entities),
        dates=tuple(made_dates),
    )


def english_brief(**changes: object) -> Brief:
    """Return a typical English news brief."""
    args: dict = dict(
        title="Port Wendal will rebuild its harbour wall before winter",
        entities=ENGLISH_ENTITIES,
        dates=ENGLISH_DATES,
        keywords=ENGLISH_KEYWORDS,
        source="The Wendal Courier",
        published="2024-11-27",
        file_name="harbour-wall.txt",
    )
    args.update(changes)
    return make_brief(ENGLISH, **args)


def japanese_brief() -> Brief:
    """Return a Japanese brief (no spaces between sentences)."""
    return make_brief(
        JAPANESE,
        title="北浜市、港の防波堤を建て替えへ",
        language=Language("ja", "Japanese", 0.99, sumy_language="japanese"),
        entities=JAPANESE_ENTITIES,
        dates=JAPANESE_DATES,
        keywords=["防波堤", "工事", "漁業"],
        summary_count=3,
        joiner="",
        file_name="港湾.txt",
    )


def arabic_brief() -> Brief:
    """Return an Arabic brief (right to left)."""
    return make_brief(
        ARABIC,
        title="الواحة الجديدة تعيد بناء جدار الميناء",
        language=Language("ar", "Arabic", 0.98, stemmer=False, sumy_language="arabic"),
        entities=ARABIC_ENTITIES,
        dates=ARABIC_DATES,
        keywords=["الميناء", "الجدار", "الصيادون"],
        summary_count=3,
        file_name="الميناء.txt",
    )


def long_brief(people: int = 50, date_count: int = 40, sentence_words: int = 60) -> Brief:
    """Return a brief far too long for one page: many entities, dates and long sentences."""
    filler = "the committee reviewed the tender documents and the revised budget figures"
    sentences = [
        f"Sentence {i}: " + " ".join([filler] * (sentence_words // 11 + 1)) + "." for i in range(30)
    ]
    names = [(f"Person Number{i} Exampleton", "person", [f"Number{i}"]) for i in range(people)]
    orgs = [(f"Organisation {i} Holdings", "organization", []) for i in range(people // 2)]
    places = [(f"Placeville {i}", "place", []) for i in range(people // 2)]
    dates = [(f"Sentence {i % 30}:", f"20{10 + i % 15:02d}-{1 + i % 12:02d}-{1 + i % 27:02d}",
              "absolute") for i in range(date_count)]  # fmt: skip
    return make_brief(
        sentences,
        title="A very long report " * 20,
        entities=names + orgs + places,
        dates=dates,
        keywords=[f"keyword{i}" for i in range(40)],
        summary_count=20,
        source="Example Gazette " * 5,
        published="2024-05-01",
        file_name="long-" * 40 + ".txt",
    )
