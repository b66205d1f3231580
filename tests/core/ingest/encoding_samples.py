"""Invented news paragraphs, one per language, and the legacy code pages people save them in.

Written for these tests (no text from any data set). Each is a few hundred characters, about
the length of a short notice, which is where guessing a single-byte code page gets hard.
"""

from __future__ import annotations

SAMPLES: dict[str, str] = {
    "pl": (
        "Naukowcy z Gdańska zauważyli, że zmiana pory snu w weekendy rozregulowuje nasz "
        "wewnętrzny zegar. Badanie objęło dwieście osób w wieku od dwudziestu do "
        "pięćdziesięciu lat. Większość z nich przyznała, że w poniedziałek czuje się źle "
        "i śpi krócej niż zwykle. Autorzy radzą, żeby wstawać o stałej porze."
    ),
    "cs": (
        "Městská rada v Brně ve čtvrtek schválila stavbu nové lávky přes řeku Svratku. "
        "Práce začnou příští jaro a potrvají zhruba dva roky. Podle náměstka primátora "
        "bude lávka široká čtyři metry a ušetří chodcům dlouhou cestu přes most. "
        "Obyvatelé okolních ulic se obávají hluku, radnice slíbila omezit noční práce."
    ),
    "hu": (
        "A győri városi közgyűlés csütörtökön jóváhagyta az új gyalogoshíd építését a "
        "Rába felett. A munkálatok jövő tavasszal kezdődnek, és nagyjából két évig "
        "tartanak. Az alpolgármester szerint a híd négy méter széles lesz, és rövidebb "
        "utat kínál a gyalogosoknak. A környékbeliek a zaj miatt aggódnak."
    ),
    "ro": (
        "Președintele consiliului județean a anunțat joi că podul peste Mureș va fi "
        "reparat până în toamnă. Lucrările vor costa aproximativ două milioane de lei și "
        "vor fi plătite din fonduri europene. Șoferii trebuie să folosească o rută "
        "ocolitoare prin satele învecinate, iar autobuzele își vor schimba orarul."
    ),
    "tr": (
        "İstanbul Büyükşehir Belediyesi, Boğaz'a yeni bir yaya köprüsü yapılacağını "
        "perşembe günü açıkladı. Çalışmaların gelecek ilkbaharda başlaması ve yaklaşık "
        "iki yıl sürmesi bekleniyor. Belediye başkan yardımcısı, köprünün dört metre "
        "genişliğinde olacağını ve yayaların yolunu kısaltacağını söyledi. Çevredeki "
        "sakinler gürültüden şikâyetçi."
    ),
    "lt": (
        "Kauno miesto taryba ketvirtadienį pritarė naujo pėsčiųjų tilto per Nemuną "
        "statybai. Darbai prasidės kitą pavasarį ir truks maždaug dvejus metus. Pasak "
        "mero pavaduotojo, tiltas bus keturių metrų pločio ir sutrumpins pėsčiųjų kelią. "
        "Aplinkinių gatvių gyventojai nerimauja dėl triukšmo, todėl naktį dirbti nebus "
        "leidžiama."
    ),
    "lv": (
        "Rīgas domes sēdē ceturtdien tika apstiprināta jauna gājēju tilta būvniecība pār "
        "Daugavu. Darbi sāksies nākamajā pavasarī un ilgs aptuveni divus gadus. Kā "
        "norādīja mēra vietnieks, tilts būs četrus metrus plats un saīsinās gājēju ceļu. "
        "Apkārtējo ielu iedzīvotāji baidās no trokšņa, tāpēc naktī strādāt neļaus."
    ),
    "et": (
        "Tartu linnavolikogu kiitis neljapäeval heaks uue jalakäijate silla ehitamise üle "
        "Emajõe. Tööd algavad järgmisel kevadel ja kestavad umbes kaks aastat. "
        "Abilinnapea sõnul tuleb sild neli meetrit lai ning lühendab jalakäijate teekonda "
        "märgatavalt. Lähedal elavad inimesed muretsevad müra pärast."
    ),
    "el": (
        "Το δημοτικό συμβούλιο της Θεσσαλονίκης ενέκρινε την Πέμπτη την κατασκευή μιας "
        "νέας πεζογέφυρας. Οι εργασίες θα ξεκινήσουν την επόμενη άνοιξη και θα διαρκέσουν "
        "περίπου δύο χρόνια. Σύμφωνα με τον αντιδήμαρχο, η γέφυρα θα έχει πλάτος τέσσερα "
        "μέτρα και θα συντομεύσει τη διαδρομή των πεζών."
    ),
    "ru": (
        "Городской совет Казани в четверг одобрил строительство нового пешеходного моста "
        "через реку. Работы начнутся следующей весной и продлятся около двух лет. По "
        "словам заместителя мэра, ширина моста составит четыре метра, а путь пешеходов "
        "сократится почти вдвое. Жители соседних улиц опасаются шума."
    ),
    "uk": (
        "Міська рада Львова в четвер схвалила будівництво нового пішохідного мосту. "
        "Роботи почнуться наступної весни й триватимуть приблизно два роки. За словами "
        "заступника міського голови, міст матиме чотири метри завширшки і скоротить шлях "
        "пішоходів. Мешканці сусідніх вулиць побоюються шуму, тож вночі працювати не будуть."
    ),
    "bg": (
        "Общинският съвет на Пловдив одобри в четвъртък изграждането на нов пешеходен "
        "мост над река Марица. Работата ще започне следващата пролет и ще продължи около "
        "две години. Според заместник-кмета мостът ще бъде широк четири метра и ще "
        "съкрати пътя на пешеходците. Живущите наоколо се опасяват от шума."
    ),
    "ar": (
        "وافق المجلس البلدي في مدينة الإسكندرية يوم الخميس على بناء جسر جديد للمشاة فوق "
        "القناة. وستبدأ الأعمال في الربيع المقبل وتستمر نحو عامين. وقال نائب رئيس البلدية "
        "إن عرض الجسر سيبلغ أربعة أمتار وإنه سيختصر الطريق على المشاة. ويخشى سكان الشوارع "
        "المجاورة من الضجيج."
    ),
    "he": (
        "מועצת העיר חיפה אישרה ביום חמישי את בנייתו של גשר חדש להולכי רגל מעל הנחל. "
        "העבודות יתחילו באביב הבא ויימשכו כשנתיים. לדברי סגן ראש העירייה, רוחב הגשר "
        "יהיה ארבעה מטרים והוא יקצר את הדרך להולכי הרגל. תושבי הרחובות הסמוכים חוששים "
        "מהרעש."
    ),
    "ja": (
        "横浜市議会は木曜日、川に架かる新しい歩道橋の建設を承認した。工事は来年の春に"
        "始まり、およそ二年かかる見込みだ。副市長によると、橋の幅は四メートルで、歩行者"
        "の移動距離は半分ほどになる。近くの住民は騒音を心配している。"
    ),
    "de": (
        "Der Stadtrat von Köln hat am Donnerstag den Bau einer neuen Fußgängerbrücke über "
        "den Rhein beschlossen. Die Arbeiten beginnen im nächsten Frühjahr und dauern "
        "etwa zwei Jahre. Laut der Bürgermeisterin wird die Brücke vier Meter breit sein."
    ),
    "fr": (
        "Le conseil municipal de Nantes a approuvé jeudi la construction d'une nouvelle "
        "passerelle au-dessus de la Loire. Les travaux débuteront au printemps prochain et "
        "dureront environ deux ans. Selon l'adjointe au maire, l'ouvrage sera large de "
        "quatre mètres et réduira le trajet des piétons."
    ),
}

# (language, code page) pairs as files are found in the wild.
LEGACY: tuple[tuple[str, str], ...] = (
    ("pl", "iso8859_2"),
    ("pl", "cp1250"),
    ("cs", "cp1250"),
    ("cs", "iso8859_2"),
    ("hu", "iso8859_2"),
    ("hu", "cp1250"),
    ("ro", "cp1250"),
    ("tr", "iso8859_9"),
    ("tr", "cp1254"),
    ("lt", "cp1257"),
    ("lt", "iso8859_13"),
    ("lv", "cp1257"),
    ("et", "cp1257"),
    ("el", "iso8859_7"),
    ("el", "cp1253"),
    ("ru", "cp1251"),
    ("ru", "koi8_r"),
    ("ru", "iso8859_5"),
    ("ru", "cp866"),
    ("uk", "cp1251"),
    ("uk", "koi8_u"),
    ("bg", "cp1251"),
    ("ar", "cp1256"),
    ("ar", "iso8859_6"),
    ("he", "cp1255"),
    ("he", "iso8859_8"),
    ("ja", "iso2022_jp"),
    ("ja", "shift_jis"),
    ("ja", "euc_jp"),
    ("de", "cp1252"),
    ("fr", "cp1252"),
    ("fr", "iso8859_15"),
)


def encodable(language: str, codec: str) -> str:
    """Return the sample of ``language`` with characters ``codec`` lacks replaced by kin.

    Romanian comma-below letters (ș ț) are missing from cp1250, where people type the cedilla
    forms (ş ţ) instead, as they did for years. (ISO-8859-16, the one code page with the
    comma forms, is not in LEGACY: its bytes are cp1250's cedilla letters, and the detector
    reads them so.)
    """
    return SAMPLES[language].translate(str.maketrans("șțȘȚ", "şţŞŢ"))
