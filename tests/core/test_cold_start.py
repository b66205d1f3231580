"""What a cold `inbrief analyze` of a text file does not load: the readers of other formats,
sumy's utilities (they import requests, which spaCy may import anyway)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from inbrief.core.language import LANGUAGES
from inbrief.core.stopwords import sumy_stop_words

ROOT = Path(__file__).resolve().parents[2]


def last_line_of(code: str) -> str:
    """Run ``code`` in a fresh interpreter with the source tree on its path (a cold start);
    return the last line it printed."""
    env = {**os.environ, "PYTHONPATH": str(ROOT / "desktop")}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env=env, check=True, timeout=120)
    return done.stdout.strip().splitlines()[-1]


def test_reading_and_analysing_a_text_file_imports_no_other_reader() -> None:
    code = (
        "import sys\n"
        "from inbrief.core.ingest import load_bytes\n"
        "from inbrief.core.pipeline import analyze\n"
        "analyze(load_bytes(b'Ferries ran again on Friday. The mayor thanked the crews.',"
        " 'a.txt'))\n"
        "names = ('inbrief.core.ingest.pdf', 'inbrief.core.ingest.docx', "
        "'inbrief.core.ingest.html', 'inbrief.core.ingest.email', 'inbrief.core.ingest.paste', "
        "'sumy.utils', 'pypdf', 'docx', 'trafilatura')\n"
        "print(sorted(m for m in names if m in sys.modules))\n"
    )
    assert last_line_of(code) == "[]"


def test_formats_still_load_when_their_reader_is_imported_late() -> None:
    from inbrief.core import ingest

    page = b"<html><head><title>Ferries</title></head><body><p>" + b"Ferries ran. " * 30
    article = ingest.load_bytes(page + b"</p></body></html>", "page.html")
    assert article.format == "html" and article.title == "Ferries"
    assert ingest.decode_html(b"<p>caf\xc3\xa9</p>", "a.html") == "<p>café</p>"


@pytest.mark.parametrize("code", sorted(c for c, info in LANGUAGES.items() if info.sumy))
def test_sumy_stop_words_read_without_sumy_utils_are_sumys_own(code: str) -> None:
    from sumy.utils import get_stop_words

    name = LANGUAGES[code].sumy
    assert name
    try:
        expected = get_stop_words(name)
    except LookupError:
        with pytest.raises(LookupError):
            sumy_stop_words(name)
        return
    assert sumy_stop_words(name) == expected
    assert len(expected) > 10


def test_an_english_analysis_compiles_no_pattern_of_wide_or_dense_scripts() -> None:
    """Those patterns list whole Unicode blocks: 3-5 ms each to compile, at every cold start."""
    code = (
        "from inbrief.core.ingest import load_bytes\n"
        "from inbrief.core.pipeline import analyze\n"
        "from inbrief.core.clean import counts\n"
        "from inbrief.core.summary import terms\n"
        "analyze(load_bytes('Ferries ran again on Friday \u2014 the mayor said '"
        "'\u201cat last\u201d. The crews were thanked.\\n\\nMore sailings follow in May.'"
        ".encode(), 'a.txt'))\n"
        "print([f.cache_info().currsize for f in (counts._wide, counts._dense,"
        " counts._dense_script, terms._cjk_run)])\n"
    )
    assert last_line_of(code) == "[0, 0, 0, 0]"


def test_dense_and_wide_script_counts() -> None:
    from inbrief.core.clean.counts import columns, dense_chars, word_count
    from inbrief.core.summary.terms import _cjk_pairs

    assert dense_chars("") == 0 and dense_chars("Café “über” — naïve") == 0
    assert dense_chars("港の新しい堤防 opened") == 7
    assert dense_chars("ท่าเรือ") == 7  # Thai
    assert dense_chars("항구 2") == 2
    assert word_count("港の新しい堤防が今日完成した") == 7  # 14 characters, about 2 a word
    assert word_count("The “harbour” — opened") == 4
    assert columns("Ἀθῆναι — “café”") == 15  # Greek, a dash and quotes: one column each
    assert columns("ᄀ") == 2  # Hangul Jamo, the first wide block
    # Hiragana runs left out, longer ideograph runs in pairs, other words whole.
    assert _cjk_pairs("新しい防波堤 2025 port") == ["新", "防波", "波堤", "2025", "port"]


@pytest.mark.skipif(sys.platform.startswith(("win", "darwin")),
                    reason="the data folder follows XDG_DATA_HOME on Linux and BSD only")
def test_a_second_start_reads_the_language_profiles_from_the_cache(tmp_path: Path) -> None:
    code = (
        "from inbrief.core import language\n"
        "print(language.detect_language('The ferry left the harbour at noon.').code,"
        " type(language._factory().word_lang_prob_map._profiles).__name__)\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT / "desktop"), "XDG_DATA_HOME": str(tmp_path)}
    runs = [subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                           env=env, check=True, timeout=120).stdout.split() for _ in range(2)]
    assert runs == [["en", "JsonProfiles"], ["en", "CachedProfiles"]]
    assert len(list((tmp_path / "InBrief" / "cache").glob("langdetect-profiles-*"))) == 1
