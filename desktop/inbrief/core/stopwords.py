"""Stop words of a language: sumy's list joined with the stop-words package's.

sumy's lists are what its summarizers were built with, but some are thin (its French list
lacks "de" and "une"); the stop-words package (python-stop-words) covers 33 languages with
fuller lists. Both ship their lists in the wheel: nothing is downloaded.
"""

from __future__ import annotations

import contextlib
from functools import cache

from inbrief.core.language import LANGUAGES

# python-stop-words names Norwegian Bokmål "nb" and has one Chinese list.
_PACKAGE_CODES = {"no": "nb", "zh-cn": "zh", "zh-tw": "zh"}


def sumy_stop_words(name: str) -> frozenset[str]:
    """Return sumy's stop-word list ``name`` ("english") as sumy.utils.get_stop_words reads
    it, without importing sumy.utils (it imports requests: 0.13 s of every cold start);
    raise LookupError when sumy has none."""
    import pkgutil

    try:
        data = pkgutil.get_data("sumy", f"data/stopwords/{name.lower()}.txt")
    except OSError:
        data = None
    if data is None:
        raise LookupError(f"Stop-words are not available for language {name}.")
    return frozenset(w.rstrip() for w in data.decode("utf-8").splitlines() if w)


@cache
def stop_words(language: str) -> frozenset[str]:
    """Return the casefolded stop words of an ISO 639-1 code ("fr", "zh-cn"), empty if none."""
    code = language.lower()
    found: set[str] = set()
    info = LANGUAGES.get(code)
    if info is not None and info.sumy:
        with contextlib.suppress(LookupError):
            found |= {w.casefold() for w in sumy_stop_words(info.sumy)}
    from stop_words import StopWordError, get_stop_words

    with contextlib.suppress(StopWordError):
        found |= {w.casefold() for w in get_stop_words(_PACKAGE_CODES.get(code, code))}
    return frozenset(found)
