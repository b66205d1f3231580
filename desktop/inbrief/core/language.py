"""Language detection (langdetect, seeded) and the mapping to sumy's languages.

Adding a language is a registry entry in ``LANGUAGES``: its name and the sumy language whose
stemmer and stop words apply (None when sumy has neither: it is then summarised without them).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from functools import cache

from inbrief.core.brief import Language


@dataclass(frozen=True)
class LanguageInfo:
    name: str
    sumy: str | None  # sumy language name, None: no stemmer and no stop words


LANGUAGES: dict[str, LanguageInfo] = {
    "en": LanguageInfo("English", "english"),
    "de": LanguageInfo("German", "german"),
    "fr": LanguageInfo("French", "french"),
    "es": LanguageInfo("Spanish", "spanish"),
    "it": LanguageInfo("Italian", "italian"),
    "pt": LanguageInfo("Portuguese", "portuguese"),
    "nl": LanguageInfo("Dutch", "dutch"),
    "da": LanguageInfo("Danish", "danish"),
    "no": LanguageInfo("Norwegian", "norwegian"),
    "sv": LanguageInfo("Swedish", "swedish"),
    "fi": LanguageInfo("Finnish", "finnish"),
    "hu": LanguageInfo("Hungarian", "hungarian"),
    "ro": LanguageInfo("Romanian", "romanian"),
    "cs": LanguageInfo("Czech", "czech"),
    "sk": LanguageInfo("Slovak", "slovak"),
    "pl": LanguageInfo("Polish", "polish"),
    "ru": LanguageInfo("Russian", "russian"),
    "uk": LanguageInfo("Ukrainian", "ukrainian"),
    "el": LanguageInfo("Greek", None),  # sumy's Greek stemmer needs an extra package
    "he": LanguageInfo("Hebrew", "hebrew"),
    "ar": LanguageInfo("Arabic", "arabic"),
    "ja": LanguageInfo("Japanese", "japanese"),
    "zh-cn": LanguageInfo("Chinese (Simplified)", "chinese"),
    "zh-tw": LanguageInfo("Chinese (Traditional)", "chinese"),
    "ko": LanguageInfo("Korean", "korean"),
    "th": LanguageInfo("Thai", None),
    "tr": LanguageInfo("Turkish", None),
    "vi": LanguageInfo("Vietnamese", None),
    "id": LanguageInfo("Indonesian", None),
    "bg": LanguageInfo("Bulgarian", None),
    "hr": LanguageInfo("Croatian", None),
    "sl": LanguageInfo("Slovenian", None),
    "ca": LanguageInfo("Catalan", None),
    "fa": LanguageInfo("Persian", None),
    "hi": LanguageInfo("Hindi", None),
}

DEFAULT_CODE = "en"
_detect_lock = threading.Lock()


def language_name(code: str) -> str:
    """Return the English name of a language code, or the code itself when unknown."""
    info = LANGUAGES.get(code.lower())
    return info.name if info else code


def make_language(code: str, confidence: float, method: str) -> Language:
    """Return the Language record for ``code`` with its sumy mapping."""
    code = code.lower()
    if code == "zh":
        code = "zh-cn"
    info = LANGUAGES.get(code, LanguageInfo(code, None))
    return Language(
        code=code,
        name=info.name,
        confidence=round(confidence, 3),
        method=method,  # type: ignore[arg-type]
        stemmer=_has_stemmer(info.sumy),
        sumy_language=info.sumy or "english",
    )


@cache
def _has_stemmer(sumy_language: str | None) -> bool:
    if sumy_language is None:
        return False
    from sumy.nlp.stemmers import Stemmer

    try:
        # Some of sumy's stemmers import an optional package only on first use (Polish needs
        # pystempel, Greek greek-stemmer): stem a word to find out.
        Stemmer(sumy_language)("words")
    except Exception:  # noqa: BLE001 - LookupError, ValueError, ImportError alike
        return False
    return True


@cache
def _factory() -> object:
    """Load langdetect's 55 profiles once (~0.5 s)."""
    from langdetect import DetectorFactory
    from langdetect.detector_factory import init_factory

    DetectorFactory.seed = 0  # langdetect is random without a seed
    init_factory()
    from langdetect import detector_factory

    return detector_factory._factory


def warm_up() -> None:
    """Load the language profiles now (call it off the UI thread at start-up)."""
    with _detect_lock:
        _factory()


def detect_language(text: str, override: str = "auto") -> Language:
    """Return the language of ``text``, or the user's choice when ``override`` is a code."""
    if override and override.lower() != "auto":
        return make_language(override, 1.0, "chosen")
    # langdetect's time grows with the text; a few thousand characters decide the language.
    sample = text[:6000]
    if not any(ch.isalpha() for ch in sample):
        return make_language(DEFAULT_CODE, 0.0, "default")
    from langdetect.lang_detect_exception import LangDetectException

    with _detect_lock:  # langdetect's factory is not thread-safe
        factory = _factory()
        try:
            detector = factory.create()  # type: ignore[attr-defined]
            detector.append(sample)
            candidates = detector.get_probabilities()
        except LangDetectException:
            return make_language(DEFAULT_CODE, 0.0, "default")
    if not candidates:
        return make_language(DEFAULT_CODE, 0.0, "default")
    best = candidates[0]
    return make_language(best.lang, best.prob, "detected")
