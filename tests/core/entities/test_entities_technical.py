"""Technical prose: code identifiers, programming languages, labels and variables are no people
or places (issue 16, round 3: the junk a news-tuned name finder makes of a paper)."""

from __future__ import annotations

import pytest

from inbrief.core.brief import Entity
from inbrief.core.entities import extract_entities
from inbrief.core.entities.technical import (
    code_lines,
    identifier_like,
    named_period,
    technical_register,
)

# An invented paragraph of a compiler paper: loop labels, a type name in a code line, languages
# in a list, a runtime written like an identifier, a section reference, a bullet opening with a
# common word, and two real authors (one with a first name, one cited "et al.").
PAPER = (
    "3. Recording Loops\n\n"
    "A. Nested Loops\n\n"
    "Dynamic languages such as Python, Perl and Ruby are popular because they are easy to "
    "write. Section 4 describes how the recorder handles nested loops; Table 2 lists the "
    "benchmarks. The recorder first compiles the inner loop, T12, and then the outer loop, "
    "T37. When the value is NaN, the guard fails and the trace exits. Mira Okonjo showed "
    "that Okonjo's scheme also works for Java, and FluxJIT uses a similar recorder.\n\n"
    "The recorder emits the following code for the test:\n"
    "    v3 := load v1, Vector // read the element\n"
    "    v4 := call js_Vector_push(v3, v2); // append\n\n"
    "• Dead store elimination removes stores whose values are dead at every exit.\n\n"
    "Earlier work on tracing by Halvorsen et al. (7) kept one trace per loop, and "
    "calls to getElementAt() were never inlined. The loop_header and exitCount fields hold "
    "the state of each trace (12). A guard holds when Pr[X ≤ k] ≥ 1 − δ for the exit "
    "count. The agency may share the results for Governmental use.\n"
)


@pytest.fixture(scope="module")
def paper() -> list[Entity]:
    return extract_entities(PAPER, "en")


def of_type(entities: list[Entity], kind: str) -> set[str]:
    return {e.name for e in entities if e.type == kind}


def test_the_paper_reads_as_technical_and_news_does_not() -> None:
    assert technical_register(PAPER)
    story = (
        "The mayor of Harbor City, Elena Ortiz, said on Tuesday that the council would vote "
        "on the budget next month. Opponents, led by Marcus Hale, say the plan favours "
        "drivers. Ortiz told reporters in Springfield that Table Rock Lake would stay open."
    )
    assert not technical_register(story)


def test_code_lines_are_found_and_prose_lines_are_not() -> None:
    lines = [PAPER[s:e] for s, e in code_lines(PAPER)]
    assert len(lines) == 2 and all(":=" in line for line in lines)


@pytest.mark.parametrize(
    ("word", "expected"),
    [("T16", True), ("L1", True), ("NaN", True), ("LuaJIT", True), ("McCloskey", False),
     ("DiCaprio", False), ("O'Brien", False), ("Okonjo", False), ("New York", False),
     ("JoAnn", False), ("MaryBeth", False)],
)  # fmt: skip
def test_identifier_like(word: str, expected: bool) -> None:
    assert identifier_like(word) is expected


def test_capitalised_halves_are_a_name_in_news_and_an_identifier_in_technical_text() -> None:
    assert not identifier_like("JoAnn")
    assert identifier_like("SpiderMonkey", technical=True)


def test_a_given_name_of_capitalised_halves_stays_a_person_in_news() -> None:
    story = (
        "JoAnn Whitfield, the city's treasurer, said the budget was balanced. JoAnn told "
        "reporters on Friday that the council would vote next week."
    )
    assert "JoAnn Whitfield" in of_type(extract_entities(story, "en"), "person")


def test_labels_and_variables_are_no_places(paper: list[Entity]) -> None:
    places = of_type(paper, "place")
    assert not {"T12", "T37", "NaN"} & places, places
    assert not {"T12", "T37", "NaN"} & {e.name for e in paper}


def test_languages_types_and_identifiers_are_no_people(paper: list[Entity]) -> None:
    people = of_type(paper, "person")
    assert not {"Python", "Perl", "Ruby", "Java", "Vector", "FluxJIT"} & people, people


def test_section_labels_and_bullet_words_are_no_names(paper: list[Entity]) -> None:
    everything = {e.name for e in paper}
    assert not {"Section", "Section 4", "Table", "Table 2", "Dead"} & everything, everything
    assert "Recording Loops" not in everything  # a numbered heading
    assert "Nested Loops" not in everything and "A. Nested Loops" not in everything
    assert not any("≤" in name or "[" in name for name in everything), everything
    assert "Governmental" not in everything  # an adjective before its noun


def test_real_authors_stay_people(paper: list[Entity]) -> None:
    people = of_type(paper, "person")
    assert "Mira Okonjo" in people
    assert "Halvorsen" in people  # cited "et al.": an author, not a word


def test_news_keeps_one_word_people_and_numbered_names() -> None:
    story = (
        "Ruby Adeyemi scored twice as Harbor City beat Riverside 3-1 on Saturday. "
        "Adeyemi, 24, joined from Lagos in the summer. The G20 summit in Osaka drew protests, "
        "and Java, the Indonesian island, was hit by floods."
    )
    found = extract_entities(story, "en")
    assert "Ruby Adeyemi" in of_type(found, "person")
    names = {e.name for e in found}
    assert "Java" in names  # not a technical text: the island stays
    assert "G20" in names



@pytest.mark.parametrize(("surface", "expected"), [
    ("Pliocene", True), ("the Holocene", True), ("Cenozoic", True), ("Mesozoikum", True),
    ("Holozän", True), ("Pléistocène", True), ("JURASSIC", True), ("Neolithic", True),
    ("Irene", False), ("Helene", False), ("Permian", False), ("Devon", False), ("Perm", False),
    ("Jurassic Coast", False),
])
def test_named_period(surface: str, expected: bool) -> None:
    assert named_period(surface) is expected


def test_geological_periods_are_no_people_places_or_organisations() -> None:
    # spaCy's small English model takes the three epochs for a place, a person and an
    # organisation (a climate story quoting a scientist).
    text = ("\"I come away with very different conclusions about what we learn from the "
            "Cenozoic, cooling, the Pliocene, and the Holocene,\" Ada Brennan said in Velden. "
            "Oil output in the Permian rose again, and dinosaurs of the Jurassic were found "
            "near Casper, Wyoming.")
    names = {e.name for e in extract_entities(text, "en")}
    assert not names & {"Cenozoic", "Pliocene", "Holocene", "Jurassic"}
    assert "Ada Brennan" in names
    assert "Wyoming" in names
