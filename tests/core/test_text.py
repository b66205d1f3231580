"""Sentence and word segmentation: tricky abbreviations, offsets, scripts without spaces."""

from __future__ import annotations

import lzma
from pathlib import Path

import pytest

from inbrief.core.text import SumyTokenizer, blocks, count_words, split_sentences, word_spans, words


def sentences(text: str, language: str = "en") -> list[str]:
    return [text[a:b] for a, b in split_sentences(text, language)]


def test_english_abbreviations_dates_and_decimals_do_not_split() -> None:
    text = (
        "Mr. Lee arrived in the U.S. capital on Oct. 28, 2024. "
        "Prices rose 2.5% to $3.50 a gallon. "
        '"Is it late?" she asked. It was.'
    )
    assert sentences(text) == [
        "Mr. Lee arrived in the U.S. capital on Oct. 28, 2024.",
        "Prices rose 2.5% to $3.50 a gallon.",
        '"Is it late?" she asked.',
        "It was.",
    ]


def test_a_dotted_acronym_before_a_two_word_name_ends_no_sentence() -> None:
    text = (
        "The envoy told the U.N. General Assembly in May that the talks would resume. "
        "He lives in the U.S. The next day he left. "
        "She met U.N. officials. "
        "They flew back to the U.K. In June the port reopened."
    )
    assert sentences(text) == [
        "The envoy told the U.N. General Assembly in May that the talks would resume.",
        "He lives in the U.S.",
        "The next day he left.",
        "She met U.N. officials.",
        "They flew back to the U.K.",
        "In June the port reopened.",
    ]


def test_offsets_index_the_text_and_are_trimmed() -> None:
    text = "  First one here.  Second one.\n\n\nThird paragraph starts.  "
    spans = split_sentences(text)
    assert len(spans) == 3
    for start, end in spans:
        piece = text[start:end]
        assert piece == piece.strip() and piece
    assert spans == sorted(spans)


def test_heading_line_is_its_own_sentence_but_wrapped_lines_join() -> None:
    text = (
        "Council approves barrier\n"
        "The council voted on Tuesday to approve a flood barrier across the river mouth, ending\n"
        "a decade of argument over how to protect the city."
    )
    got = sentences(text)
    assert got[0] == "Council approves barrier"
    assert len(got) == 2 and got[1].endswith("protect the city.")


def test_a_line_wrapped_after_an_elisions_apostrophe_goes_on_below() -> None:
    text = (
        "«Nous réfléchissons à des changements dans les participations de l'État», a dit le\n"
        "ministre ce vendredi. Cette petite phrase du ministre, prononcée à New York, et celle d'\n"
        "Arnaud Lefèvre au Journal de Marenia, augure-t-elle d'une vague de cessions?"
    )
    got = sentences(text, "fr")
    assert got[-1].startswith("Cette petite phrase du ministre")
    assert got[-1].endswith("vague de cessions?")
    # A quotation closed at the end of a line still ends its sentence there.
    text = ("The governor said the levees would be rebuilt within four years of the vote, "
            "\"Every one of them.\"\nThe council met on Tuesday to approve the money for it.")
    assert len(sentences(text)) == 2


def test_a_full_wrapped_line_ending_in_a_bracket_goes_on_below() -> None:
    lines = [
        "   The new software lets every box in the house record from the same list of",
        "   shows, and the guide now fits a wide screen. It is otherwise robust, with",
        "   each box handling up to four streams at the same time (two in, two out)",
        "   at once, and seven devices per home. The update reaches boxes in autumn,",
        "   the company said on Tuesday, and costs nothing for current subscribers.",
        "   A spokesman declined to give a date (none was set).",
        "   The council met on Tuesday to approve the money for the new harbour wall.",
    ]
    got = sentences("\n".join(lines))
    assert any(s.startswith("It is otherwise robust") and s.endswith("seven devices per home.")
               for s in got), got
    # A short last line closed by a bracket after its full stop still ends there.
    assert "A spokesman declined to give a date (none was set)." in got


def test_blocks_split_on_blank_lines() -> None:
    text = "One.\n\nTwo.\n \nThree."
    assert [text[a:b] for a, b in blocks(text)] == ["One.", "Two.", "Three."]


def test_german_abbreviation_and_ordinal_do_not_split() -> None:
    text = "Am 3. Okt. 2024 kam Dr. Müller z. B. nach Berlin. Dann ging er nach Hause."
    assert sentences(text, "de") == [
        "Am 3. Okt. 2024 kam Dr. Müller z. B. nach Berlin.",
        "Dann ging er nach Hause.",
    ]


def test_french_initial_does_not_split() -> None:
    text = "M. Dupont est arrivé à Paris le 3 octobre. Il a parlé longtemps."
    assert sentences(text, "fr") == [
        "M. Dupont est arrivé à Paris le 3 octobre.",
        "Il a parlé longtemps.",
    ]


@pytest.mark.parametrize(
    ("language", "text", "count"),
    [
        ("ja", "今日は晴れです。明日は雨でしょう！本当ですか？はい", 4),
        ("zh-cn", "这是一个测试。我们喜欢北京。", 2),
    ],
)
def test_cjk_sentences(language: str, text: str, count: int) -> None:
    got = sentences(text, language)
    assert len(got) == count
    assert "".join(got) == text


def test_japanese_and_chinese_words_are_segmented() -> None:
    assert "晴れ" in words("今日は晴れです。", "ja")
    assert "北京" in words("我们喜欢北京。", "zh-cn")


def test_word_spans_skip_punctuation_and_keep_contractions() -> None:
    text = "Lee's aide, well-known, said: no."
    got = [text[a:b] for a, b in word_spans(text)]
    assert got == ["Lee's", "aide", "well-known", "said", "no"]


def test_count_words() -> None:
    assert count_words("one two three, four.") == 4
    assert count_words("") == 0


def test_sumy_tokenizer_needs_no_nltk_data() -> None:
    tokenizer = SumyTokenizer("en", "english")
    assert tokenizer.language == "english"
    assert tokenizer.to_sentences("One here. Two there.") == ("One here.", "Two there.")
    assert tokenizer.to_words("Two there.") == ("Two", "there")


def test_thai_clauses_are_space_separated_and_words_keep_their_vowel_signs() -> None:
    text = "สภาเมืองอนุมัติการสร้างเขื่อนใหม่ นายกเทศมนตรีกล่าวว่างานจะเริ่มในฤดูใบไม้ผลิ"
    assert sentences(text, "th") == text.split(" ")
    # \w alone would cut "อนุมัติ" at its vowel signs; runs of letters and marks stay whole.
    assert words(text, "th") == text.split(" ")
    assert 5 <= count_words(text, "th") <= 20


def test_chinese_dictionary_is_read_from_its_xz_copy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The frozen bundle ships jieba's dictionary as dict.txt.xz only.
    import jieba

    from inbrief.core import text

    package = tmp_path / "jieba"
    package.mkdir()
    entries = "云端书库 50 n\n云端 30 n\n书库 20 n\n"
    (package / "dict.txt.xz").write_bytes(lzma.compress(entries.encode("utf-8")))
    monkeypatch.setattr(jieba, "__file__", str(package / "__init__.py"))
    monkeypatch.setattr(text, "_private_cache_dir", lambda: str(tmp_path))
    text._jieba.cache_clear()
    try:
        tokenizer = text._jieba()
        tokenizer.initialize()
        assert tokenizer.FREQ["云端书库"] == 50
        assert tokenizer.total == 100  # only the packed dictionary was read
    finally:
        text._jieba.cache_clear()


def test_a_quotation_is_never_split_between_sentences() -> None:
    text = ("The mayor spoke briefly. “I came to listen. I got the impression people want "
            "deeds, not words.” Then she left the hall.")
    pieces = [text[a:b] for a, b in split_sentences(text)]
    assert pieces == [
        "The mayor spoke briefly.",
        "“I came to listen. I got the impression people want deeds, not words.”",
        "Then she left the hall.",
    ]
    straight = 'He said: "We are ready. The vote is on Friday." Nobody answered.'
    assert [straight[a:b] for a, b in split_sentences(straight)] == [
        'He said: "We are ready. The vote is on Friday."', "Nobody answered."]


def test_a_quotation_closed_after_a_comma_goes_on_below_in_lower_case() -> None:
    # w3m put a quotation and its attribution on lines of their own; the summary's sentence
    # opened "wrote 43-year-old ...".
    quote = ('"After the floods I could not walk to the harbour for more than a few minutes '
             'without resting,"')
    text = (f"The symptoms came on quickly.\n{quote}\nwrote Lidia Sorn, a harbour engineer, "
            "in a letter to the council.\nThe council met on Friday.")
    assert sentences(text) == [
        "The symptoms came on quickly.",
        f"{quote}\nwrote Lidia Sorn, a harbour engineer, in a letter to the council.",
        "The council met on Friday.",
    ]
    # A quotation closed after a full stop, or a line below in a capital, ends its sentence.
    for line, below in ((quote.replace(',"', '."'), "wrote Lidia Sorn."),
                        (quote, "Lidia Sorn wrote that on Friday.")):
        assert sentences(f"{line}\n{below}") == [line, below]


def test_german_low_quotes_and_a_stray_mark() -> None:
    german = "Er sagte: „Wir sind bereit. Die Wahl ist am Freitag.“ Niemand antwortete."
    assert [german[a:b] for a, b in split_sentences(german, "de")] == [
        "Er sagte: „Wir sind bereit. Die Wahl ist am Freitag.“", "Niemand antwortete."]
    # A quotation mark never closed is a stray one: the sentences stay as they were.
    stray = ("The sign read “closed. " + "The shop stays shut all week. " * 8).strip()
    assert len(split_sentences(stray)) == 9


def test_is_quotation() -> None:
    from inbrief.core.text import is_quotation

    assert is_quotation("“I came to listen,” she said.")
    assert is_quotation('He said: "We are ready and the vote is on Friday, whatever happens."')
    assert is_quotation("Er sagte: „Wir sind bereit, die Wahl ist am Freitag, was auch kommt.“")
    assert not is_quotation("The council, which calls the plan “bold”, votes on Friday.")
    assert not is_quotation("The library reopened on March 3 after two years.")


def test_text_without_punctuation_is_cut_at_line_breaks() -> None:
    lines = [f"speaker {n} said the ferry was late again and nobody knew why" for n in range(40)]
    text = "\n".join(lines)  # one block, no line ends a sentence: today one 2,400-char "sentence"
    assert sentences(text) == lines


def test_a_long_line_without_punctuation_is_cut_at_word_boundaries() -> None:
    text = " ".join(f"word{n}" for n in range(2000))  # ~15,000 characters, no full stop
    spans = split_sentences(text)
    assert len(spans) > 40
    assert all(end - start <= 300 for start, end in spans)
    assert all(text[start - 1] == " " for start, _ in spans[1:])  # never inside a word
    assert " ".join(text[a:b] for a, b in spans) == text  # nothing lost, nothing repeated


def test_ordinary_long_sentences_are_left_whole() -> None:
    sentence = "The council, which met on Tuesday, " + "approved the plan and " * 30 + "left."
    assert 600 < len(sentence) < 1000
    assert sentences(sentence + " It rained.") == [sentence, "It rained."]


def test_unpunctuated_lines_split_in_linear_time() -> None:
    import time

    def seconds(lines: int) -> float:
        text = "\n".join("and then the ferry left the harbour at seven" for _ in range(lines))
        started = time.perf_counter()
        split_sentences(text)
        return time.perf_counter() - started

    small, large = seconds(4_000), seconds(32_000)
    assert large < 8 * small * 2.5  # 8x the input: quadratic steps would take ~64x


STANZA = ("Yeah, the harbour keeper counts the boats along the quay\n"
          "Room for every one of them along the old stone wall\n"
          "He writes their names down in a ledger book at night\n"
          "And leaves a lamp for all of those who do not come")


def test_a_stanzas_lines_are_its_sentences() -> None:
    # A song's lines end without punctuation, each opening with a capital: joined as one
    # wrapped paragraph, the summary had picked half a verse as one "sentence".
    spans = split_sentences(STANZA)
    assert [STANZA[a:b] for a, b in spans] == STANZA.split("\n")


@pytest.mark.parametrize("text", [
    # Lines as short as a stanza's, but a sentence wrapped: its lines open in lower case.
    "The keeper of the harbour light wrote the names\n"
    "of every boat that left the quay that winter in\n"
    "a ledger that the town still keeps in its archive\n"
    "beside the maps of the old harbour wall.",
    # Four lines of a narrow column (too few to tell a column by): the second, under 45
    # characters, ends with "of"; a heading never does.
    "The harbour council has charged the old builder\n"
    "with fraud by billing thousands of\n"
    "hours of work on the northern levees that never\n"
    "began, the mayor said on Tuesday.",
])
def test_a_paragraph_wrapped_in_a_narrow_column_stays_one_sentence(text: str) -> None:
    assert split_sentences(text) == [(0, len(text))]


def test_a_short_line_ending_with_its_own_word_over_a_capital_stays_a_heading() -> None:
    assert len(split_sentences("Levee works start\nThe builder begins on Monday.")) == 2


def test_a_sentence_goes_on_past_an_exclamation_after_a_dash_in_lower_case() -> None:
    # Weltwoche: "… declares “You've got the best view … from here!” — a window the size of an
    # IMAX movie screen showcases …" was two sentences, the second "— a window …".
    text = ("The governor declares “You've got the best view of the harbour from here!” — a "
            "window the size of a cinema screen shows the delta. The levees come next.")
    sentences = [text[a:b] for a, b in split_sentences(text)]
    assert sentences == [text[: text.index(" The levees")], "The levees come next."]
    # A dash before a capital opens a sentence of its own (an answer, a speaker's turn).
    text = "Who won the vote? — Nobody knows yet. The count goes on."
    assert len(split_sentences(text)) == 3


@pytest.mark.parametrize("language", ["en", "de", "fr"])
def test_a_reference_mark_after_a_full_stop_closes_its_sentence(language: str) -> None:
    # An encyclopedia's footnote marks, as a browser copies them ("2009.[1] As of") and as a
    # text browser shows them ("seasons.^[3] Critics"): none opens the next sentence.
    text = (
        "The series moved to Harbour Films in July 2009.[1] Its second season began in 2011."
        "[2][3] Critics praised it.^[4] The finale drew few viewers.[citation needed] "
        "A third season [a] was never made."
    )
    found = sentences(text, language)
    assert found[:4] == [
        "The series moved to Harbour Films in July 2009.[1]",
        "Its second season began in 2011.[2][3]",
        "Critics praised it.^[4]",
        "The finale drew few viewers.[citation needed]",
    ]
    assert found[-1] == "A third season [a] was never made."


def test_a_pdf_columns_sentences_run_over_its_short_lines() -> None:
    # A narrow column copied out of a PDF reader: lines under 45 characters, names and
    # numbers opening lines, no blank line between paragraphs.
    column = ("The United States lost to Canada for the\n"
              "first time in the cup after the doubles\n"
              "pair edged the visitors in two sets and\n"
              "Denis Shapovalov defeated Taylor Fritz\n"
              "in the second singles of the evening.\n"
              "The hosts had won all previous meetings\n"
              "with their neighbours, though they had\n"
              "not met since the final in Montreal.\n"
              "FRANCE WINS\n"
              "Herbert and Mahut rallied to defeat the\n"
              "pair from Japan in the deciding doubles.")
    found = [" ".join(column[a:b].split()) for a, b in split_sentences(column, "en")]
    assert found == [
        "The United States lost to Canada for the first time in the cup after the doubles "
        "pair edged the visitors in two sets and Denis Shapovalov defeated Taylor Fritz in the "
        "second singles of the evening.",
        "The hosts had won all previous meetings with their neighbours, though they had not "
        "met since the final in Montreal.",
        "FRANCE WINS",
        "Herbert and Mahut rallied to defeat the pair from Japan in the deciding doubles."]
    # A text browser's indented lines (lynx) keep their own rules.
    indented = "\n".join("   " + line for line in column.split("\n"))
    assert len(split_sentences(indented, "en")) > len(found)
