"""Tests for the reading of trafilatura's real-world asserts (tests/bench/traf_pages.py)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent / "bench"))

import traf_pages  # noqa: E402

SOURCE = '''
MOCK_PAGES = {
'https://a.example/one': 'a.one.html',
'https://b.example/two': 'b.two.html',
}

def test_extract(xmloutput):
    result = load_mock_page('https://a.example/one', xmloutput)
    assert 'Impressum' not in result
    if xmloutput is False:
        assert 'kept text' in result
    result = load_mock_page('https://b.example/two', xmloutput)
    assert 'second page text' in result and 'Share this' not in result  # and 'x' in result
'''


def test_each_assert_is_read_for_the_page_loaded_last_above_it() -> None:
    # ast.walk goes breadth first: the assert inside the "if" came after the lines below it,
    # and the first page took the second's snippets.
    found = traf_pages.snippets(SOURCE)
    assert found == {
        "a.one.html": (["kept text"], ["Impressum"]),
        "b.two.html": (["second page text"], ["Share this"]),
    }


def test_the_halves_split_by_file_name() -> None:
    halves = {traf_pages.half(f"page{n}.html") for n in range(20)}
    assert halves == {"read", "count"}
    assert traf_pages.half("page1.html") == traf_pages.half("page1.html")
