"""Language detection (langdetect, seeded) and the one registry of languages.

Adding a language is one record in ``_REGISTRY``: its name, its script (ISO 15924, which gives
the writing direction) and the sumy language whose stemmer and stop words apply (None when
sumy has neither: it is then summarised without them).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Literal

from inbrief.core.brief import Language

if TYPE_CHECKING:
    from inbrief.core.langprofiles import Profiles

Direction = Literal["ltr", "rtl"]
RTL_SCRIPTS = frozenset({"Arab", "Hebr", "Thaa"})  # Arabic, Hebrew, Thaana (Dhivehi)


@dataclass(frozen=True)
class LanguageInfo:
    name: str  # English name
    script: str  # ISO 15924 code of the script it is written in
    sumy: str | None = None  # sumy language name, None: no stemmer and no stop words
    offered: bool = True  # False: known for its script only, never offered for analysis

    @property
    def direction(self) -> Direction:
        """Return "rtl" for a language written right to left, else "ltr"."""
        return "rtl" if self.script in RTL_SCRIPTS else "ltr"

    def stemmer_available(self) -> bool:
        """Return whether sumy can stem this language here (imports sumy the first time)."""
        return _has_stemmer(self.sumy)


_REGISTRY: dict[str, LanguageInfo] = {
    "en": LanguageInfo("English", "Latn", "english"),
    "de": LanguageInfo("German", "Latn", "german"),
    "fr": LanguageInfo("French", "Latn", "french"),
    "es": LanguageInfo("Spanish", "Latn", "spanish"),
    "it": LanguageInfo("Italian", "Latn", "italian"),
    "pt": LanguageInfo("Portuguese", "Latn", "portuguese"),
    "nl": LanguageInfo("Dutch", "Latn", "dutch"),
    "da": LanguageInfo("Danish", "Latn", "danish"),
    "no": LanguageInfo("Norwegian", "Latn", "norwegian"),
    "sv": LanguageInfo("Swedish", "Latn", "swedish"),
    "fi": LanguageInfo("Finnish", "Latn", "finnish"),
    "hu": LanguageInfo("Hungarian", "Latn", "hungarian"),
    "ro": LanguageInfo("Romanian", "Latn", "romanian"),
    "cs": LanguageInfo("Czech", "Latn", "czech"),
    "sk": LanguageInfo("Slovak", "Latn", "slovak"),
    "pl": LanguageInfo("Polish", "Latn", "polish"),
    "ru": LanguageInfo("Russian", "Cyrl", "russian"),
    "uk": LanguageInfo("Ukrainian", "Cyrl", "ukrainian"),
    "el": LanguageInfo("Greek", "Grek"),  # sumy's Greek stemmer needs an extra package
    "he": LanguageInfo("Hebrew", "Hebr", "hebrew"),
    "ar": LanguageInfo("Arabic", "Arab", "arabic"),
    "ja": LanguageInfo("Japanese", "Jpan", "japanese"),
    "zh-cn": LanguageInfo("Chinese (Simplified)", "Hans", "chinese"),
    "zh-tw": LanguageInfo("Chinese (Traditional)", "Hant", "chinese"),
    "ko": LanguageInfo("Korean", "Kore", "korean"),
    "th": LanguageInfo("Thai", "Thai"),
    "tr": LanguageInfo("Turkish", "Latn"),
    "vi": LanguageInfo("Vietnamese", "Latn"),
    "id": LanguageInfo("Indonesian", "Latn"),
    "bg": LanguageInfo("Bulgarian", "Cyrl"),
    "hr": LanguageInfo("Croatian", "Latn"),
    "sl": LanguageInfo("Slovenian", "Latn"),
    "ca": LanguageInfo("Catalan", "Latn"),
    "fa": LanguageInfo("Persian", "Arab"),
    "hi": LanguageInfo("Hindi", "Deva"),
    # Right-to-left languages a brief may name (langdetect detects Urdu; "iw" is Hebrew's old
    # code) that are not offered as choices: the window and the exports lay them out RTL.
    "iw": LanguageInfo("Hebrew", "Hebr", offered=False),
    "ur": LanguageInfo("Urdu", "Arab", offered=False),
    "yi": LanguageInfo("Yiddish", "Hebr", offered=False),
    "ps": LanguageInfo("Pashto", "Arab", offered=False),
    "sd": LanguageInfo("Sindhi", "Arab", offered=False),
    "ug": LanguageInfo("Uyghur", "Arab", offered=False),
    "ckb": LanguageInfo("Central Kurdish", "Arab", offered=False),
    "dv": LanguageInfo("Dhivehi", "Thaa", offered=False),
}

# The languages offered for analysis: the --language choices, the window's language menu.
LANGUAGES: dict[str, LanguageInfo] = {
    code: info for code, info in _REGISTRY.items() if info.offered
}

DEFAULT_CODE = "en"
DETECT_SAMPLE_CHARS = 2000
_detect_lock = threading.Lock()


def make_language(
    code: str, confidence: float, method: Literal["detected", "chosen", "default"]
) -> Language:
    """Return the Language record for ``code`` with its sumy mapping."""
    code = code.lower()
    if code == "zh":
        code = "zh-cn"
    info = LANGUAGES.get(code)
    if info is None:  # a language not offered is named by its code, analysed without stemmer
        return Language(code, code, round(confidence, 3), method, stemmer=False)
    return Language(
        code=code,
        name=info.name,
        confidence=round(confidence, 3),
        method=method,
        stemmer=info.stemmer_available(),
        sumy_language=info.sumy or "english",
    )


def language_info(code: str) -> LanguageInfo | None:
    """Return the record of ``code`` ("ar", "zh-TW"; "ar-EG" falls back to "ar"), or None."""
    code = code.lower()
    return _REGISTRY.get(code) or _REGISTRY.get(code.split("-")[0])


def is_rtl(code: str) -> bool:
    """Return whether the language ``code`` is written right to left."""
    info = language_info(code)
    return info is not None and info.direction == "rtl"


# sumy's stemmers are NLTK's Snowball stemmers for these languages; the snowballstemmer
# package runs the same Snowball algorithms without importing NLTK (36 ms instead of ~0.6 s
# for the import and the first word).
_SNOWBALL = frozenset({
    "arabic", "danish", "dutch", "english", "finnish", "french", "german", "hungarian",
    "italian", "norwegian", "portuguese", "romanian", "russian", "spanish", "swedish",
})
# Languages sumy "stems" by lower-casing only (its null stemmer).
_LOWER_CASE_ONLY = frozenset({"hebrew", "chinese", "japanese", "korean"})


@cache
def stemmer_for(sumy_language: str | None) -> Callable[[str], str] | None:
    """Return the stemmer of a sumy language (it expects lower-case words), or None."""
    if not sumy_language:
        return None
    if sumy_language in _LOWER_CASE_ONLY:
        return str.lower
    if sumy_language in _SNOWBALL:
        import snowballstemmer

        return snowballstemmer.stemmer(sumy_language).stemWord
    from sumy.nlp.stemmers import Stemmer  # sumy's own: Czech, Slovak, Ukrainian, Polish, Greek

    try:
        stem: Callable[[str], str] = Stemmer(sumy_language)
        # Some of sumy's stemmers import an optional package only on first use (Polish needs
        # pystempel, Greek greek-stemmer): stem a word to find out.
        stem("words")
    except Exception:  # noqa: BLE001 - LookupError, ValueError, ImportError alike
        return None
    return stem


def snowball_stemmer(sumy_language: str | None) -> Callable[[str], str] | None:
    """Return the Snowball stemmer of a sumy language, or None for a language without one
    (fast enough to run while cleaning a paste: the others import sumy)."""
    return stemmer_for(sumy_language) if sumy_language in _SNOWBALL else None


def _has_stemmer(sumy_language: str | None) -> bool:
    return stemmer_for(sumy_language) is not None


class _LazyRows(dict[str, list[float]]):
    """langdetect's n-gram -> [probability in each language] table, each row made the first
    time the detector asks about its n-gram: langdetect builds all 87,598 rows from its 55
    profiles at every start, and a 2,000-character sample needs about a thousand. The rows hold
    the same numbers, computed the same way, as langdetect's add_profile makes them."""

    def __init__(self, profiles: Profiles) -> None:
        super().__init__()
        self._profiles = profiles
        self._unknown: set[str] = set()

    def __contains__(self, ngram: object) -> bool:
        if dict.__contains__(self, ngram):
            return True
        if not isinstance(ngram, str) or ngram in self._unknown:
            return False
        return self._add(ngram, self._profiles.counts(ngram))

    def _add(self, ngram: str, counts: Sequence[tuple[int, int]]) -> bool:
        if not counts:
            self._unknown.add(ngram)
            return False
        row = [0.0] * self._profiles.size
        length = len(ngram)
        if 1 <= length <= 3:
            n_words = self._profiles.n_words
            for index, count in counts:
                row[index] = 1.0 * count / n_words[index][length - 1]
        self[ngram] = row
        return True

    def prefetch(self, text: str) -> None:
        """Look up at once the n-grams langdetect will ask about in ``text`` (the detector's
        cleaned text), as its _extract_ngrams makes them."""
        from langdetect.utils.ngram import NGram

        wanted: set[str] = set()
        ngram = NGram()
        for char in text:
            ngram.add_char(char)
            if ngram.capitalword:
                continue
            for n in (1, 2, 3):
                if len(ngram.grams) < n:
                    break
                word = ngram.grams[-n:]
                if word and word != " ":
                    wanted.add(word)
        new = sorted(w for w in wanted if not dict.__contains__(self, w) and w not in self._unknown)
        for word, counts in self._profiles.counts_of(new).items():
            self._add(word, counts)

    def __missing__(self, ngram: str) -> list[float]:
        if ngram in self:  # makes the row
            return dict.__getitem__(self, ngram)
        raise KeyError(ngram)


@cache
def _factory() -> object:
    """Return langdetect's detector factory with its 55 profiles (read from our cache of
    them when it is there)."""
    from langdetect.detector_factory import PROFILES_DIRECTORY

    from inbrief.core.langprofiles import default_cache_folder, load_profiles

    return detector_factory(load_profiles(PROFILES_DIRECTORY, default_cache_folder()))


def detector_factory(profiles: Profiles) -> object:
    """Return a langdetect DetectorFactory of ``profiles`` (rows are made when first needed)."""
    from langdetect import DetectorFactory
    from langdetect.lang_detect_exception import ErrorCode, LangDetectException

    if len(set(profiles.names)) != len(profiles.names):
        raise LangDetectException(ErrorCode.DuplicateLangError,
                                  "Duplicate the same language profile.")
    DetectorFactory.seed = 0  # langdetect is random without a seed
    factory = DetectorFactory()
    factory.langlist = list(profiles.names)
    factory.word_lang_prob_map = _LazyRows(profiles)
    return factory


def warm_up() -> None:
    """Load the language profiles now (call it off the UI thread at start-up)."""
    with _detect_lock:
        _factory()


def detect_language(text: str, override: str = "auto") -> Language:
    """Return the language of ``text``, or the user's choice when ``override`` is a code."""
    if override and override.lower() != "auto":
        return make_language(override, 1.0, "chosen")
    # langdetect's time grows with the text; 2,000 characters gave the same language as
    # 6,000 on 727 evaluation documents, in a third of the time.
    sample = text[:DETECT_SAMPLE_CHARS]
    if not any(ch.isalpha() for ch in sample):
        return make_language(DEFAULT_CODE, 0.0, "default")
    from langdetect.lang_detect_exception import LangDetectException

    with _detect_lock:  # langdetect's factory is not thread-safe
        factory = _factory()
        try:
            detector = factory.create()  # type: ignore[attr-defined]
            detector.append(sample)
            factory.word_lang_prob_map.prefetch(detector.text)  # type: ignore[attr-defined]
            candidates = detector.get_probabilities()
        except LangDetectException:
            return make_language(DEFAULT_CODE, 0.0, "default")
    if not candidates:
        return make_language(DEFAULT_CODE, 0.0, "default")
    best = candidates[0]
    return make_language(best.lang, best.prob, "detected")
