"""Arabic date words (grammar.py reads them, as it reads the European languages')."""

from __future__ import annotations

import re

from inbrief.core.dates.languages.record import Ago, DateLanguage, TenseCues, WordOrder

# The names used in Egypt and the Gulf, and the Levantine and Iraqi ones.
_MONTHS = {
    "يناير": 1, "فبراير": 2, "مارس": 3, "أبريل": 4, "ابريل": 4, "إبريل": 4, "مايو": 5,
    "يونيو": 6, "يوليو": 7, "أغسطس": 8, "اغسطس": 8, "سبتمبر": 9, "أكتوبر": 10, "اكتوبر": 10,
    "نوفمبر": 11, "ديسمبر": 12, "كانون الثاني": 1, "شباط": 2, "آذار": 3, "نيسان": 4,
    "أيار": 5, "ايار": 5, "حزيران": 6, "تموز": 7, "آب": 8, "أيلول": 9, "ايلول": 9,
    "تشرين الأول": 10, "تشرين الثاني": 11, "كانون الأول": 12,
}
# A month may be named both ways: "04 آب/اغسطس 2013", "4 آب (أغسطس) 2013".
_SECOND_NAME = (r"(?:\s*[/(]\s*(?:"
                + "|".join(sorted(map(re.escape, _MONTHS), key=len, reverse=True))
                + r")\s*\)?)?")

ARABIC = DateLanguage(
    code="ar",
    grammar=WordOrder(
        day_month=r"(?:\s+من)?", month_year=_SECOND_NAME + r"(?:\s+من)?",
        season_year=r"(?:\s+عام)?",
        weekday_date=r"،?\s+(?:الموافق\s+)?", capitalised_nouns=False,
    ),
    months=_MONTHS,
    weekdays={
        "الاثنين": 0, "الإثنين": 0, "الثلاثاء": 1, "الأربعاء": 2, "الاربعاء": 2, "الخميس": 3,
        "الجمعة": 4, "السبت": 5, "الأحد": 6, "الاحد": 6,
    },
    seasons={
        "ربيع": 0, "الربيع": 0, "صيف": 1, "الصيف": 1, "خريف": 2, "الخريف": 2, "شتاء": 3,
        "الشتاء": 3,
    },
    relative_words={
        "اليوم": ("day", 0), "أمس": ("day", -1), "امس": ("day", -1), "غدا": ("day", 1),
        "غداً": ("day", 1), "العام الماضي": ("year", -1), "العام المقبل": ("year", 1),
        "العام القادم": ("year", 1), "هذا العام": ("year", 0), "العام الحالي": ("year", 0),
        "الأسبوع الماضي": ("week", -1), "الأسبوع المقبل": ("week", 1),
        "الشهر الماضي": ("month", -1), "الشهر المقبل": ("month", 1),
    },
    ago=Ago(
        r"[وف]?قبل\s+{n}\s+{unit}",  # "وقبل 3 سنوات": "and" is written onto the word
        {"ثلاث": 3, "ثلاثة": 3, "أربع": 4, "أربعة": 4, "خمس": 5, "خمسة": 5, "ست": 6,
         "ستة": 6, "سبع": 7, "سبعة": 7, "عشر": 10, "عشرة": 10},
        {"سنوات": "year", "سنة": "year", "أعوام": "year", "عام": "year", "أشهر": "month",
         "شهور": "month", "شهر": "month", "أسابيع": "week", "أسبوع": "week", "أيام": "day",
         "يوم": "day"},
    ),
    # "And" (و) and "then" (ف) are written onto the word: "وقال" is "and said".
    tense=TenseCues(
        r"(?<!\w)[وف]?(?:سوف|سيعقد|ستعقد|سيجتمع|ستجتمع|سيلتقي|سيزور|ستجري|سيجري|سيتم|ستبدأ"
        r"|سيبدأ|المقبل|المقبلة|القادم|القادمة)(?!\w)",
        r"(?<!\w)[وف]?(?:كان|كانت|أمس|امس|الماضي|الماضية)(?!\w)",
        r"(?<!\w)[وف]?(?:قال|قالت|أعلن|أعلنت|اعلن|اعلنت|أكد|أكدت|فاز|فازت|خسر|التقى|اجتمع"
        r"|اجتمعت|عقد|عقدت|جرت|أجريت|صوت|صوتت|وقع|وقعت)(?!\w)",
    ),
)  # fmt: skip

LANGUAGES = (ARABIC,)
