"""Tests for the sentence rankers: complete rankings, quality rules, cancel and progress."""

from __future__ import annotations

import random

import pytest

from inbrief.core.errors import Cancelled
from inbrief.core.language import make_language
from inbrief.core.summary import ALGORITHMS, Ranking, RankInput, paragraph_starts, rank_sentences
from inbrief.core.text import split_sentences

ENGLISH = make_language("en", 1.0, "chosen")
FRENCH = make_language("fr", 1.0, "chosen")
JAPANESE = make_language("ja", 1.0, "chosen")

# An invented local-news story of about 1,000 words.
PARAGRAPHS = (
    (
        "Millbrook council approved a plan on Tuesday to restore the Alder River, ending a three-"
        "year dispute over flooding, fishing rights and the future of the old mill weir."
    ),
    (
        "The twelve million pound project will remove the concrete channel built in the 1960s, "
        "replant the banks with willow and alder, and create two wetland basins to hold back "
        "winter floods. Council leader Priya Nandakumar said the vote was the most important "
        "decision the town had taken in a generation."
    ),
    (
        "Residents of the Lower Quay, where water reached the doorsteps of forty homes last "
        "February, packed the public gallery for the vote. Many of them had campaigned for a "
        "flood wall instead of a restored river, arguing that wetlands would take too long to "
        "work."
    ),
    (
        "The Environment Office, which will pay two thirds of the cost, told the council that a "
        "wall would only move the flooding downstream to the villages of Hatherley and Coombe. "
        "Its engineers estimate that the wetland basins will lower peak river levels in the town "
        "by up to forty centimetres."
    ),
    (
        "Work on the first basin, at Fenner's Meadow, is due to begin in April. The meadow is "
        "owned by the council and has been grazed by cattle for more than a century. The second "
        "basin, near the sewage works, needs land from three farms, and negotiations with the "
        "owners are continuing."
    ),
    (
        "The plan also settles the fate of the mill weir, a stone barrier that has blocked salmon"
        " and sea trout from the upper river since the eighteenth century. Engineers will cut a "
        "fish pass through the weir rather than demolish it, after heritage groups objected to "
        "its removal. Anglers welcomed the compromise. The Alder Valley Angling Club said salmon "
        "could be spawning above Millbrook within five years."
    ),
    (
        "Not everyone is convinced. Farmer Gareth Pryce, whose land borders the proposed second "
        "basin, said the council had not explained who would pay if his fields flooded more "
        "often. He has asked for a written guarantee of compensation before he signs any "
        "agreement. But he said he would keep talking to the council because the town needed a "
        "solution."
    ),
    (
        "The project will close the riverside footpath between the Quay and the railway bridge "
        "for most of next year. Walkers will be diverted along Station Road. Shops on the Quay "
        "fear the closure will keep visitors away during the summer, when the town's regatta and "
        "food festival bring thousands of people to the river."
    ),
    (
        "Council officers promised to keep the path open on festival weekends and to put up signs"
        " directing visitors to the shops. The chamber of commerce said it would hold the council"
        " to that promise."
    ),
    (
        "Scientists at the regional university will monitor the river for ten years. They will "
        "measure water levels, sediment and insect life, and count fish at the new pass with an "
        "underwater camera. Dr Helen Osei, who leads the team, said the Alder would become one of"
        " the best studied small rivers in the country."
    ),
    (
        "The restored river is expected to attract otters and kingfishers back to the town "
        "centre. Both were common along the Alder until the channel was straightened and lined "
        "with concrete. Local schools will help plant ten thousand trees along the banks over the"
        " next two winters."
    ),
    (
        "Opposition councillors voted against the plan, saying the cost had risen by three "
        "million pounds since it was first proposed. They also questioned whether the Environment"
        " Office would keep its funding promise if the national budget was cut. Councillor Tom "
        "Ashby called the scheme a gamble with public money."
    ),
    (
        "Nandakumar said the funding agreement had been signed and could not be withdrawn. She "
        "added that the cost of doing nothing would be far higher, pointing to insurance claims "
        "of more than five million pounds after last February's flood."
    ),
    (
        "The council will publish a timetable for the works next month. Residents can see the "
        "plans at the town library, where engineers will answer questions every Saturday morning "
        "until the end of March."
    ),
    ("Is the town ready for two years of building work? Traders are not sure."),
    (
        "The vote ended a dispute that began when the council first proposed the restoration "
        "three years ago. Since then the plan has been redrawn four times, shrunk from three "
        "basins to two, and delayed by a public inquiry that heard from more than two hundred "
        "witnesses."
    ),
)
ARTICLE = "\n\n".join(PARAGRAPHS) + "\n"


def _spans(text: str, code: str = "en") -> list[tuple[int, int]]:
    return split_sentences(text, code)


def _assert_complete(ranking: Ranking, n: int) -> None:
    assert len(ranking.scores) == n
    assert len(ranking.ranks) == n
    assert sorted(ranking.ranks) == list(range(1, n + 1))
    assert all(0.0 <= s <= 1.0 for s in ranking.scores)


def _summary(text: str, spans: list[tuple[int, int]], ranking: Ranking, count: int) -> list[str]:
    return [text[a:b] for (a, b), rank in zip(spans, ranking.ranks, strict=True) if rank <= count]


@pytest.mark.parametrize("algorithm", list(ALGORITHMS))
def test_every_algorithm_ranks_every_sentence(algorithm: str) -> None:
    spans = _spans(ARTICLE)
    assert len(spans) > 30
    source = RankInput(
        ARTICLE,
        spans,
        ENGLISH,
        title="Millbrook votes to restore the Alder River",
        paragraph_starts=paragraph_starts(ARTICLE, spans),
    )
    ranking = rank_sentences(source, algorithm)
    _assert_complete(ranking, len(spans))
    assert len(_summary(ARTICLE, spans, ranking, 5)) == 5


@pytest.mark.parametrize("algorithm", list(ALGORITHMS))
@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The bridge reopens on Monday.", ENGLISH),
        ("The bridge reopens on Monday. Buses will use it from June.", ENGLISH),
        (
            "町の図書館は来月から夜九時まで開く。利用者の要望が多かったためだ。"
            "市は新しい職員を三人採用する。週末の開館時間も一時間延びる。",
            JAPANESE,
        ),
        (
            "La mairie a annoncé la réouverture du pont le mois prochain. Les travaux ont duré "
            "deux ans et coûté quatre millions d'euros. Les bus pourront l'emprunter dès juin. "
            "Les commerçants du quai espèrent le retour des clients.",
            FRENCH,
        ),
        (
            "De gemeente opent volgende maand de nieuwe brug over de rivier. De bouw duurde "
            "twee jaar en kostte vier miljoen euro. Bussen mogen er vanaf juni overheen.",
            make_language("nl", 1.0, "chosen"),
        ),
    ],
    ids=["one-sentence", "two-sentences", "japanese", "french", "dutch-no-stop-words"],
)
def test_small_and_foreign_texts_do_not_crash(algorithm: str, text: str, language) -> None:
    spans = _spans(text, language.code)
    assert spans
    ranking = rank_sentences(RankInput(text, spans, language), algorithm)
    _assert_complete(ranking, len(spans))


def test_long_japanese_text_is_ranked_with_character_pairs() -> None:
    rng = random.Random(3)
    parts = [
        "駅前の広場では",
        "来月から",
        "新しい市場が開かれる",
        "市は職員を増やし",
        "利用者の声を聞く",
        "川沿いの道も",
        "夜まで明るくなる",
        "図書館の時間が延びる",
    ]
    text = "".join("".join(rng.sample(parts, 4)) + "。" for _ in range(1200))
    assert len(text) > 20_000  # beyond the segmenter limit
    spans = _spans(text, "ja")
    ranking = rank_sentences(RankInput(text, spans, JAPANESE), "auto")
    _assert_complete(ranking, len(spans))


def test_no_sentences_gives_an_empty_ranking() -> None:
    assert rank_sentences(RankInput("", [], ENGLISH)) == Ranking((), ())


def test_unknown_algorithm_names_the_valid_ones() -> None:
    with pytest.raises(ValueError, match="lexrank"):
        rank_sentences(RankInput(ARTICLE, _spans(ARTICLE), ENGLISH), "magic")


def test_lead_ranks_in_document_order() -> None:
    spans = _spans(ARTICLE)
    ranking = rank_sentences(RankInput(ARTICLE, spans, ENGLISH), "lead")
    assert list(ranking.ranks) == list(range(1, len(spans) + 1))
    assert list(ranking.scores) == sorted(ranking.scores, reverse=True)


def test_auto_prefers_a_sentence_that_stands_alone() -> None:
    lead = (
        "{opener} the new ferry terminal at Harbour Street will open to passengers in May "
        "after two years of delays and a row over its cost.\n\n"
    )
    rest = (
        "The terminal replaces a wooden pier that was closed after storm damage in 2021. "
        "Ferry operator Bluewater Lines will run eight crossings a day to the island of Skerra. "
        "Island residents have relied on a single small boat for their shopping and schooling. "
        "The council said the terminal cost nineteen million pounds, four more than planned. "
        "A cafe and a waiting room with views of the harbour will open in the summer."
    )
    for opener, expect_picked in (("Mayor Ruth Okafor said", True), ("But he said", False)):
        text = lead.format(opener=opener) + rest
        spans = _spans(text)
        target = next(i for i, (a, _b) in enumerate(spans) if text[a:].startswith(opener))
        source = RankInput(text, spans, ENGLISH, paragraph_starts=paragraph_starts(text, spans))
        ranking = rank_sentences(source, "auto")
        picked = ranking.ranks[target] <= 2
        assert picked is expect_picked, (opener, ranking.ranks)


def test_auto_never_picks_two_near_duplicates() -> None:
    duplicate = (
        "Millbrook council approved a plan on Tuesday to restore the Alder River, ending a "
        "three-year dispute over flooding and fishing rights.\n\n"
    )
    text = duplicate + ARTICLE
    spans = _spans(text)
    ranking = rank_sentences(RankInput(text, spans, ENGLISH), "auto")
    for count in (2, 3, 5, 8):
        summary = _summary(text, spans, ranking, count)
        openers = [s for s in summary if s.startswith("Millbrook council approved a plan")]
        assert len(openers) == 1, summary


def test_auto_prefers_statements_to_questions() -> None:
    spans = _spans(ARTICLE)
    ranking = rank_sentences(RankInput(ARTICLE, spans, ENGLISH), "auto")
    question = next(i for i, (a, b) in enumerate(spans) if ARTICLE[a:b].endswith("?"))
    assert ranking.ranks[question] > 10


@pytest.mark.parametrize("algorithm", ["auto", "lexrank", "lead"])
def test_cancel_raises_cancelled(algorithm: str) -> None:
    spans = _spans(ARTICLE)
    with pytest.raises(Cancelled):
        rank_sentences(RankInput(ARTICLE, spans, ENGLISH), algorithm, cancel=lambda: True)


def test_cancel_during_the_work_stops_it() -> None:
    spans = _spans(ARTICLE)
    calls = {"n": 0}

    def cancel_on_third_check() -> bool:
        calls["n"] += 1
        return calls["n"] >= 3

    with pytest.raises(Cancelled):
        rank_sentences(
            RankInput(ARTICLE, spans, ENGLISH), "auto", cancel=cancel_on_third_check
        )
    assert calls["n"] == 3


@pytest.mark.parametrize("algorithm", ["auto", "textrank", "kl"])
def test_progress_increases_and_ends_at_one(algorithm: str) -> None:
    seen: list[float] = []
    rank_sentences(RankInput(ARTICLE, _spans(ARTICLE), ENGLISH), algorithm, progress=seen.append)
    assert len(seen) >= 3
    assert all(a < b for a, b in zip(seen, seen[1:], strict=False))
    assert seen[-1] == 1.0


def _long_invented_text(sentences: int) -> str:
    rng = random.Random(7)
    vocabulary = [
        "river",
        "council",
        "bridge",
        "budget",
        "flood",
        "school",
        "market",
        "harbour",
        "train",
        "museum",
        "park",
        "road",
        "farm",
        "water",
        "energy",
        "housing",
        "library",
        "festival",
        "office",
        "hospital",
        "college",
        "tram",
    ]
    verbs = [
        "approved",
        "delayed",
        "funded",
        "opened",
        "closed",
        "reviewed",
        "expanded",
        "repaired",
    ]
    out = []
    for _ in range(sentences):
        words = rng.sample(vocabulary, 5)
        out.append(
            f"The {words[0]} board {rng.choice(verbs)} the {words[1]} plan near the "
            f"{words[2]} and the {words[3]} after a {words[4]} survey."
        )
    return " ".join(out)


def test_slow_sumy_algorithm_runs_on_candidates_of_a_long_text() -> None:
    text = _long_invented_text(400)
    spans = _spans(text)
    assert len(spans) == 400
    ranking = rank_sentences(RankInput(text, spans, ENGLISH), "reduction")
    _assert_complete(ranking, len(spans))
    assert any("candidate sentences" in note for note in ranking.notes)


def test_paragraph_starts_finds_the_first_sentence_of_each_block() -> None:
    text = "One. Two.\n\nThree. Four.\n\nFive."
    spans = _spans(text)
    assert [text[a:b] for a, b in spans] == ["One.", "Two.", "Three.", "Four.", "Five."]
    assert paragraph_starts(text, spans) == {0, 2, 4}


@pytest.mark.parametrize(
    "leftover",
    [
        "Council leader Priya Nandakumar at the old mill weir on Tuesday",  # caption, no stop
        "Millbrook residents fear a summer of roadworks",  # a teaser headline
        "Priya Nandakumar, left, speaks with residents at the Lower Quay on Tuesday, "
        "March 4, 2025, in Millbrook.",  # a caption with a full stop
        "Flood water at the Lower Quay last February. (AP Photo/Jane Doe)",
        "MILLBROOK, ENGLAND - MARCH 4: Residents queue for the vote at the town hall.",
        "Residents queue outside the town hall in Millbrook, England, Tuesday, March 4, "
        "2025.",  # an agency's caption: weekday and full date
    ],
)
def test_auto_leaves_captions_and_headings_above_prose_out(leftover: str) -> None:
    text = f"{leftover}\n\n{ARTICLE}"
    spans = _spans(text)
    source = RankInput(text, spans, ENGLISH, paragraph_starts=paragraph_starts(text, spans))
    summary = _summary(text, spans, rank_sentences(source, "auto"), 5)
    assert not any(sentence in leftover for sentence in summary), summary


def test_auto_keeps_a_wire_dateline_with_its_agency() -> None:
    lead = ("MILLBROOK, England (AP) — Millbrook council approved a plan on Tuesday to restore the "
            "Alder River after three years of dispute.")
    text = ARTICLE.replace(PARAGRAPHS[0], lead)
    spans = _spans(text)
    source = RankInput(text, spans, ENGLISH, paragraph_starts=paragraph_starts(text, spans))
    summary = _summary(text, spans, rank_sentences(source, "auto"), 3)
    assert any(sentence.startswith("MILLBROOK, England (AP)") for sentence in summary), summary


def test_lines_without_stops_are_faulted_only_beside_prose() -> None:
    from inbrief.core.summary.quality import _quality
    from inbrief.core.summary.terms import sentence_words

    items = ["Replace the weir gates before the winter floods arrive",
             "Replant the river banks with willow and alder trees",
             "Open two wetland basins below the old mill",
             "Publish every contract for the river works online",
             "Hold a public meeting in the Lower Quay each spring",
             "Report the river levels to the council every month"]
    for text, faulted in (("\n\n".join(items), False),
                          (items[0] + "\n\n" + ARTICLE, True)):
        spans = _spans(text)
        factors, _ = _quality(text, spans, sentence_words(text, spans, ENGLISH), ENGLISH)
        # A list of notes is read as it is; a heading above an article is not a summary line.
        assert bool(factors[0] < 0.5) is faulted, factors[:3]


def test_a_line_run_into_the_paragraph_below_it_is_a_sentence_of_its_own() -> None:
    # A browser's copy: each paragraph one line, a related link's title right above the next
    # paragraph with no blank line and no full stop.
    link = "Step-by-step guide to the harbour festival in Porto Calme"
    paragraph = ("The festival opens on Friday with a parade of fishing boats, and the "
                 "organisers expect more visitors than in any year since the floods.")
    text = f"{paragraph}\n\n{link}\n{paragraph.replace('Friday', 'Saturday')}"
    sentences = [text[a:b] for a, b in split_sentences(text, "en")]
    assert link in sentences
    # A hard-wrapped paragraph goes on as one sentence, also past a capitalised word.
    wrapped = ("The festival opens on Friday with a parade of fishing boats from the\n"
               "Porto Calme quay, and the organisers expect more visitors than ever.")
    assert [wrapped[a:b] for a, b in split_sentences(wrapped, "en")] == [wrapped]


def test_a_line_run_into_a_paragraph_opening_with_a_bracket_is_a_sentence_of_its_own() -> None:
    # CNN in a browser's copy: a clip's title right above the story's "(CNN)President ...".
    link = "Governor takes a swipe at the council over the levee contracts"
    paragraph = ("(Meridian)Governor Lidia Sorn, according to her office, made an unscheduled "
                 "visit to the north levee on Saturday for a quick look at the pumps.")
    text = f"{link}\n{paragraph}"
    sentences = [text[a:b] for a, b in split_sentences(text, "en")]
    assert sentences == [link, paragraph]
    # A hard-wrapped sentence goes on past a bracket that opens a line.
    wrapped = ("The festival opens on Friday with a parade of fishing boats from the\n"
               "(new) quay of Porto Calme, and the organisers expect more visitors than ever.")
    assert [wrapped[a:b] for a, b in split_sentences(wrapped, "en")] == [wrapped]
