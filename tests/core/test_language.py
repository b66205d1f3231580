"""Language detection, user override and the mapping to sumy's languages."""

from __future__ import annotations

import pytest

from inbrief.core.language import LANGUAGES, detect_language, make_language


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
