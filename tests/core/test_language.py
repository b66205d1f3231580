"""Language detection, user override and the mapping to sumy's languages."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from inbrief.core.langprofiles import (
    CachedProfiles,
    JsonProfiles,
    Profiles,
    cache_name,
    load_profiles,
)
from inbrief.core.language import (
    LANGUAGES,
    detect_language,
    is_rtl,
    language_info,
    make_language,
)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The council voted on Tuesday to approve the new flood barrier for the harbour.", "en"),
        ("Le conseil municipal a voté mardi pour approuver la construction du barrage.", "fr"),
        ("Der Stadtrat hat am Dienstag dem Bau der neuen Flutsperre zugestimmt.", "de"),
        ("El ayuntamiento aprobó el martes la construcción de la nueva barrera.", "es"),
        ("市議会は火曜日、新しい防潮堤の建設を承認しました。", "ja"),
        ("市议会周二批准了新的防洪屏障的建设计划。", "zh-cn"),
        ("وافق مجلس المدينة يوم الثلاثاء على بناء الحاجز الجديد", "ar"),
    ],
)
def test_detects_common_languages(text: str, code: str) -> None:
    language = detect_language(text)
    assert language.code == code
    assert language.method == "detected"
    assert language.confidence > 0.8


def test_detection_is_deterministic() -> None:
    text = "Ambiguous short text"
    assert len({detect_language(text).code for _ in range(5)}) == 1


def test_user_override_wins() -> None:
    language = detect_language("The council voted on Tuesday.", "fr")
    assert (language.code, language.method, language.confidence) == ("fr", "chosen", 1.0)


def test_text_without_letters_falls_back_to_default() -> None:
    language = detect_language("12345 67 89")
    assert language.method == "default"


def test_sumy_mapping_and_stemmer_flags() -> None:
    assert make_language("de", 1.0, "detected").sumy_language == "german"
    assert make_language("ja", 1.0, "detected").stemmer is True
    thai = make_language("th", 1.0, "detected")
    assert thai.stemmer is False and thai.name == "Thai"
    assert make_language("zh", 1.0, "chosen").code == "zh-cn"
    assert all(info.name for info in LANGUAGES.values())


def test_right_to_left_languages() -> None:
    # The export knew these 11 codes, the window 5 of them (ar he fa ur yi): both ask is_rtl now.
    for code in ("ar", "he", "iw", "fa", "ur", "yi", "ps", "sd", "ug", "ckb", "dv"):
        assert is_rtl(code), code
    assert is_rtl("AR") and is_rtl("ar-EG") and is_rtl("fa-IR")
    for code in ("en", "ru", "el", "ja", "zh-cn", "zh-tw", "ko", "th", "hi", "tr", "xx", ""):
        assert not is_rtl(code), code


def test_registry_records() -> None:
    arabic = LANGUAGES["ar"]
    assert (arabic.name, arabic.script, arabic.sumy, arabic.direction) == (
        "Arabic", "Arab", "arabic", "rtl"
    )
    assert (LANGUAGES["ru"].script, LANGUAGES["ru"].direction) == ("Cyrl", "ltr")
    assert LANGUAGES["el"].sumy is None
    assert language_info("zh-TW") == LANGUAGES["zh-tw"]
    assert language_info("pt-BR") == LANGUAGES["pt"]
    assert language_info("xx") is None
    assert LANGUAGES["en"].stemmer_available() is True
    assert LANGUAGES["th"].stemmer_available() is False


def test_languages_known_only_for_their_script_are_not_offered() -> None:
    urdu = language_info("ur")
    assert urdu is not None and urdu.name == "Urdu" and urdu.direction == "rtl"
    assert "ur" not in LANGUAGES and "iw" not in LANGUAGES and "dv" not in LANGUAGES
    assert len(LANGUAGES) == 35
    # A detected Urdu text is named by its code and analysed without stemmer, as before.
    language = make_language("ur", 0.9, "detected")
    assert (language.name, language.stemmer, language.sumy_language) == ("ur", False, "english")


def test_a_stemmer_flag_is_true_only_when_the_stemmer_really_works() -> None:
    from sumy.nlp.stemmers import Stemmer

    # sumy's Polish and Greek stemmers need optional packages, imported on first use only.
    for code in ("pl", "el", "en", "de", "ja"):
        language = make_language(code, 1.0, "detected")
        if language.stemmer:
            assert Stemmer(language.sumy_language)("words")  # does not raise


def test_polish_text_is_summarised_whatever_stemmer_is_installed() -> None:
    from inbrief.core.article import AnalysisOptions, Article
    from inbrief.core.pipeline import analyze

    text = ("Rada miasta zatwierdziła we wtorek budowę nowej zapory. Burmistrz powiedział, "
            "że prace rozpoczną się wiosną. Krytycy obawiają się kosztów projektu.")
    for algorithm in ("auto", "lexrank", "edmundson"):
        brief = analyze(Article(text), AnalysisOptions(sentences=1, algorithm=algorithm,
                                                       language="pl"))
        assert len(brief.summary) == 1


def test_snowball_stemmers_stem_without_importing_nltk() -> None:
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from inbrief.core.language import stemmer_for\n"
        "print(stemmer_for('english')('nations'), stemmer_for('french')('nationales'),"
        " stemmer_for('german')('häuser'), stemmer_for('hebrew')('שלום'), 'nltk' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True, timeout=60)
    assert done.stdout.split() == ["nation", "national", "haus", "שלום", "False"]


def test_stemmer_for_a_language_without_one_is_none() -> None:
    from inbrief.core.language import stemmer_for

    assert stemmer_for(None) is None
    assert stemmer_for("klingon") is None


@pytest.fixture(params=["json", "cache"])
def profiles(request: pytest.FixtureRequest, tmp_path: Path) -> Profiles:
    """langdetect's profiles read from its JSON, or from a cache file made of them."""
    from langdetect.detector_factory import PROFILES_DIRECTORY

    if request.param == "json":
        return JsonProfiles(PROFILES_DIRECTORY)
    load_profiles(PROFILES_DIRECTORY, tmp_path)  # writes the cache
    (path,) = tmp_path.glob("langdetect-profiles-*.sqlite3")
    return CachedProfiles(path, PROFILES_DIRECTORY)


def test_lazy_profile_rows_equal_langdetects_own(profiles: Profiles) -> None:
    from langdetect import DetectorFactory
    from langdetect.detector_factory import PROFILES_DIRECTORY

    from inbrief.core.language import detector_factory

    reference = DetectorFactory()
    reference.load_profile(PROFILES_DIRECTORY)
    lazy = detector_factory(profiles)
    assert lazy.langlist == reference.langlist  # type: ignore[attr-defined]
    rows = lazy.word_lang_prob_map  # type: ignore[attr-defined]
    for word in ("a", "th", "the", "é", "que", "ção", "ий", "的", "ing", "ab "):
        assert (word in rows) == (word in reference.word_lang_prob_map)
        if word in reference.word_lang_prob_map:
            assert rows[word] == reference.word_lang_prob_map[word]
    assert "qqqq-not-an-ngram" not in rows
    with pytest.raises(KeyError):
        rows["qqqq-not-an-ngram"]
    texts = {
        "Le conseil municipal a voté mardi le budget de la ville pour l'année prochaine.": "fr",
        "Der Stadtrat hat am Dienstag den Haushalt für das kommende Jahr beschlossen.": "de",
        "The city council approved next year's budget on Tuesday after a long debate.": "en",
        "市议会周二在长时间辩论后批准了明年的预算。": "zh-cn",
        "Городской совет во вторник утвердил бюджет на следующий год.": "ru",
    }
    for text, code in texts.items():
        got = []
        for factory in (reference, lazy, lazy):  # the second time with the n-grams looked up
            detector = factory.create()  # type: ignore[attr-defined]
            detector.append(text)
            if factory is lazy and len(got) == 2:
                rows.prefetch(detector.text)
            got.append([(c.lang, c.prob) for c in detector.get_probabilities()])
        assert got[0] == got[1] == got[2]
        assert got[1][0][0] == code


def test_a_detection_looks_its_ngrams_up_at_once(profiles: Profiles) -> None:
    from inbrief.core.language import detector_factory

    factory = detector_factory(profiles)
    rows = factory.word_lang_prob_map  # type: ignore[attr-defined]
    detector = factory.create()  # type: ignore[attr-defined]
    detector.append("The harbour council met on Tuesday; the ferry runs again from May. "
                    "Ferries, buses and trams: 12 routes in all.")
    rows.prefetch(detector.text)
    assert len(rows) > 50  # rows made in the batch
    asked: list[str] = []
    one_by_one = profiles.counts
    profiles.counts = lambda ngram: asked.append(ngram) or one_by_one(ngram)  # type: ignore
    assert detector.get_probabilities()[0].lang == "en"
    assert asked == []  # nothing left to ask one n-gram at a time


def test_profile_cache_is_written_once_and_read_after(tmp_path: Path) -> None:
    from langdetect.detector_factory import PROFILES_DIRECTORY

    first = load_profiles(PROFILES_DIRECTORY, tmp_path / "cache")
    assert isinstance(first, JsonProfiles)
    (path,) = (tmp_path / "cache").glob("langdetect-profiles-*.sqlite3")
    second = load_profiles(PROFILES_DIRECTORY, tmp_path / "cache")
    assert isinstance(second, CachedProfiles)
    assert (second.names, second.n_words, second.size) == (first.names, first.n_words,
                                                           first.size)
    assert list(second.counts("the")) == list(first.counts("the")) != []
    assert [p.name for p in (tmp_path / "cache").iterdir()] == [path.name]  # no leftovers


def test_profile_cache_name_follows_the_profiles(tmp_path: Path) -> None:
    from langdetect.detector_factory import PROFILES_DIRECTORY

    copy = tmp_path / "profiles"
    shutil.copytree(PROFILES_DIRECTORY, copy)
    before = cache_name(str(copy))
    assert before == cache_name(PROFILES_DIRECTORY)
    with (copy / "en").open("a", encoding="utf-8") as handle:
        handle.write(" ")  # an upgraded profile
    assert cache_name(str(copy)) != before


def test_a_broken_or_unwritable_cache_falls_back_to_the_json(tmp_path: Path) -> None:
    from langdetect.detector_factory import PROFILES_DIRECTORY

    folder = tmp_path / "cache"
    folder.mkdir()
    (folder / cache_name(PROFILES_DIRECTORY)).write_bytes(b"not a database at all")
    profiles = load_profiles(PROFILES_DIRECTORY, folder)
    assert isinstance(profiles, JsonProfiles) and "en" in profiles.names
    blocked = tmp_path / "file"
    blocked.write_text("a file where the cache folder would be")
    profiles = load_profiles(PROFILES_DIRECTORY, blocked / "cache")
    assert isinstance(profiles, JsonProfiles) and len(profiles.names) == 55


@pytest.mark.skipif(not hasattr(os, "fork"), reason="fork is POSIX only")
def test_a_forked_process_reads_the_profile_cache_through_its_own_connection(
    tmp_path: Path,
) -> None:
    from langdetect.detector_factory import PROFILES_DIRECTORY

    load_profiles(PROFILES_DIRECTORY, tmp_path)
    cached = load_profiles(PROFILES_DIRECTORY, tmp_path)
    assert isinstance(cached, CachedProfiles)
    parent = cached._db
    expected = list(cached.counts("ing"))
    read, write = os.pipe()
    child = os.fork()
    if child == 0:  # the child: a new connection, the same counts
        ok = list(cached.counts("ing")) == expected and cached._db is not parent
        os.write(write, b"1" if ok else b"0")
        os._exit(0)
    os.close(write)
    os.waitpid(child, 0)
    assert os.read(read, 1) == b"1"
    assert cached._db is parent and expected


def test_a_cache_damaged_after_opening_gives_way_to_the_json(tmp_path: Path) -> None:
    from langdetect.detector_factory import PROFILES_DIRECTORY

    load_profiles(PROFILES_DIRECTORY, tmp_path)
    cached = load_profiles(PROFILES_DIRECTORY, tmp_path)
    assert isinstance(cached, CachedProfiles)
    expected = list(JsonProfiles(PROFILES_DIRECTORY).counts("ing"))
    (path,) = tmp_path.glob("langdetect-profiles-*.sqlite3")
    with path.open("r+b") as handle:  # damaged on disk after it was opened
        handle.truncate(8192)
    assert list(cached.counts("ing")) == expected != []
    assert cached._fallback is not None  # the damage was seen, the JSON read
    assert list(cached.counts("the")) == list(JsonProfiles(PROFILES_DIRECTORY).counts("the"))
