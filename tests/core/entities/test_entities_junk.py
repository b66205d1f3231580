"""Names a reader would write down: numbered groups, no generic phrases, compass points or
projects as places, state abbreviations spelled out (issue 16's junk classes)."""

from __future__ import annotations

import pytest

from inbrief.core.brief import Entity
from inbrief.core.entities import extract_entities
from inbrief.core.text import split_sentences

# Invented wire copy with one case of each junk class the issue names.
SUMMIT = (
    "Leaders of the Group of 20 will meet in Osaka next week, officials in Tokyo said.\n"
    "Finance ministers of the G7 met in Chantilly, France, and the Group of Seven leaders "
    "will meet in Biarritz in August.\n"
    "Peoria, an Illinois city of 110,000 people, will host a trade fair, and Mayor Jim "
    "Ardis said the Illinois city was ready.\n"
    "The mining company Kessel Gate said its Kessel Gate project near Reno, Nev., would add "
    "400 jobs; it also runs a plant in Boise, Idaho, and an office in Sacramento, Calif.\n"
    "Prices rose in the West, where demand for steel was strong, while farms out West and "
    "down South struggled.\n"
)


@pytest.fixture(scope="module")
def summit() -> list[Entity]:
    return extract_entities(SUMMIT, "en")


def names(entities: list[Entity], kind: str) -> set[str]:
    return {e.name for e in entities if e.type == kind}


def test_numbered_groups_are_organizations_under_their_usual_name(summit: list[Entity]) -> None:
    organizations = names(summit, "organization")
    assert "Group of 20" in organizations or "G20" in organizations
    assert "G7" in organizations  # "the Group of Seven" is the same body
    g7 = next(e for e in summit if e.name == "G7")
    assert {m.text for m in g7.mentions} == {"G7", "Group of Seven"}
    everything = {e.name for e in summit}
    assert "Group" not in everything and "Group of" not in everything


def test_generic_phrases_are_not_names(summit: list[Entity]) -> None:
    everything = {e.name for e in summit}
    assert not any("city" in name for name in everything), everything
    assert "Illinois" in names(summit, "place")  # the state the phrase named


def test_state_abbreviations_are_spelled_out(summit: list[Entity]) -> None:
    places = names(summit, "place")
    assert {"Nevada", "California", "Idaho", "Reno", "Boise", "Sacramento"} <= places
    assert not {"Nev", "Nev.", "Calif", "Calif."} & {e.name for e in summit}


def test_projects_are_not_places_and_companies_are_organizations(summit: list[Entity]) -> None:
    assert "Kessel Gate" not in names(summit, "place")
    assert "Kessel Gate" not in names(summit, "person")
    assert "Kessel Gate" in names(summit, "organization")


def test_compass_points_alone_are_not_places(summit: list[Entity]) -> None:
    west = [e for e in summit if e.name in ("West", "South")]
    # "the West" as a region is kept once; "out West" and "down South" are directions.
    assert [(e.name, e.count) for e in west] == [("West", 1)]
    assert west[0].mentions[0].start == SUMMIT.index("West")


def test_a_state_abbreviation_elsewhere_is_left_alone() -> None:
    text = "Miss Ellery met La Paz officials.\nGa Eun Lee won the final in Seoul."
    found = {e.name for e in extract_entities(text, "en")}
    assert not {"Mississippi", "Louisiana", "Georgia"} & found


def test_a_word_opening_a_sentence_is_no_person_and_appositions_are_people() -> None:
    text = (
        "Mayor Elena Ortiz won a second term on Tuesday.\n"
        "Turnout reached 61 percent, the highest in two decades.\n"
        "Her challenger, Marcus Hale, conceded late on election night.\n"
    )
    found = {e.name: e.type for e in extract_entities(text, "en")}
    assert "Turnout" not in found
    assert found.get("Marcus Hale") == "person"
    assert found.get("Elena Ortiz") == "person"


# Invented sports copy: a line break before "Garrett hit Rudolph" makes the tagger read the
# three words as one title; the quarterback is named after his position.
FIGHT = (
    "The defender Myles Garrett and the quarterback Mason Rudolph argued on the field in the\n"
    "fourth quarter. Rudolph and Garrett engaged in a heated argument before\n"
    "Garrett hit Rudolph in the head with Rudolph's helmet. The league suspended Garrett\n"
    "for the rest of the season, and Rudolph was fined.\n"
)


def test_two_people_joined_by_a_verb_are_two_people_not_one_name() -> None:
    found = extract_entities(FIGHT, "en")
    assert not any(" hit " in e.name for e in found)
    people = {e.name: len(e.mentions) for e in found if e.type == "person"}
    assert people.get("Mason Rudolph", 0) >= 4  # every "Rudolph", also the one after "hit"
    assert people.get("Myles Garrett", 0) >= 4


def test_lower_case_name_particles_stay_inside_a_name() -> None:
    from inbrief.core.entities.spans import RawMention
    from inbrief.core.entities.tidy import tidy

    text = "Ludwig van Beethoven met Garrett hit Rudolph near Bashar al-Assad."
    spans = [(0, 20), (25, 44), (50, 65)]
    kept = tidy(text, [RawMention(s, e, "person") for s, e in spans])
    assert [text[m.start : m.end] for m in kept] == [
        "Ludwig van Beethoven", "Garrett", "Rudolph", "Bashar al-Assad"]
    assert {m.type for m in kept} == {"person"}


# Invented: a team always written after "the", a position abbreviation before a player, and a
# family named in the plural whose singular is a person in the same text.
TEAMS = (
    "The Steelers spent Monday trying to calm things down. Browns DL Sheldon Richardson said "
    "the Steelers had started it.\nCoach Mike Tomlin said the Steelers would appeal. "
    "The Obamas visited Chicago, where Barack Obama spoke.\n"
)


def test_teams_are_no_people_and_positions_are_no_part_of_a_name() -> None:
    found = {e.name: e.type for e in extract_entities(TEAMS, "en")}
    assert found.get("Steelers") != "person"
    assert found.get("Sheldon Richardson") == "person"
    assert not any(name.startswith("Browns") for name in found)
    assert found.get("Obamas") == "person"


# Invented: a team the text writes after "the" once in four mentions, and a surname alone
# whose "the" belongs to what follows it.
TEAM_ONCE_AFTER_THE = (
    "Browns pass rusher Tom Hale was suspended on Monday. Browns DL Sam Ortiz said the fine was "
    "fair.\nThe Falcons and Browns will meet again in December, and Hale said he looks forward "
    "to facing the Browns again.\n"
)
SURNAME_CAMPAIGN = (
    "Harris spoke in Denver on Monday. Aides said the Harris campaign would buy more airtime, "
    "and Harris thanked volunteers.\n"
)


def test_a_team_written_after_the_once_is_no_person() -> None:
    found = {e.name: e.type for e in extract_entities(TEAM_ONCE_AFTER_THE, "en")}
    assert found.get("Browns") != "person"
    assert found.get("Tom Hale") == "person"
    campaign = {e.name: e.type for e in extract_entities(SURNAME_CAMPAIGN, "en")}
    assert campaign.get("Harris") == "person"


def test_a_surname_ending_in_s_stays_a_person() -> None:
    text = ("Serena Williams won in Paris on Saturday. The Williams family watched from the "
            "stands, and Williams thanked them after the final.\n")
    found = {e.name: e.type for e in extract_entities(text, "en")}
    assert found.get("Serena Williams") == "person"
    assert "organization" not in {t for n, t in found.items() if "Williams" in n}


def test_a_project_named_after_a_place_is_no_place() -> None:
    text = ("The council approved the barrier on Tuesday. The project, known as the Kessel Gate, "
            "will be built across the mouth of the Kessel River by 2031, and a rail plan called "
            "Marlow Line is next.\n")
    places = names(extract_entities(text, "en"), "place")
    assert "Kessel Gate" not in places and "Marlow Line" not in places
    assert "Kessel River" in places  # a river named in the same sentence stays a place


# Invented, as a text browser wraps a page at 72 columns: a name broken over two lines inside a
# sentence, and a competition the tagger takes for a person.
WRAPPED = (
    "   Kestrel Bay beat Northam 2-1 in the revamped Harbour Cup on Tuesday, and Denis\n"
    "   Okonkwo scored the winner in the last minute after a long ball from the\n"
    "   goalkeeper. The crowd of four thousand stayed on the pitch for an hour,\n"
    "   and the club's chairman said the cup meant more to the town than any\n"
    "   league title it had won in the last twenty years of its long history.\n\n"
    "   Okonkwo said the Harbour Cup final in May would be harder, because the\n"
    "   other side had not lost a match at home since the start of the season.\n"
)
# Invented: a headline with no full stop, then the story's first sentence on the next line.
HEADLINE_THEN_STORY = (
    "Singer Ana Lovell weds TV star Marco Quint\n"
    "Canadian pop star Ana Lovell married Marco Quint in Buenos Aires on Saturday, "
    "a spokesman said.\n\nLovell and Quint met in 2005.\n"
)




def test_a_headline_is_not_joined_to_the_first_sentence() -> None:
    spans = split_sentences(HEADLINE_THEN_STORY, "en")
    names = {e.name for e in extract_entities(HEADLINE_THEN_STORY, "en", spans)}
    assert not any("Quint Canadian" in name or name.split()[0] == "Canadian" for name in names)
    assert "Ana Lovell" in names


def test_a_cup_is_no_person_and_no_place() -> None:
    found = {e.name: e.type for e in extract_entities(WRAPPED, "en")}
    assert found.get("Harbour Cup", "other") == "other"
    assert not any(name.endswith("Cup") and kind != "other" for name, kind in found.items())


def test_squeezed_spaces_map_back_to_the_text() -> None:
    from inbrief.core.entities import _Squeezed

    squeezed = _Squeezed("Ana  Lee   met Bo")
    assert squeezed.text == "Ana Lee met Bo"
    assert [squeezed.where(i) for i in (0, 4, 8, 12, 13)] == [0, 5, 11, 15, 16]
    assert _Squeezed("no runs").where(3) == 3


def test_a_councillors_title_stays_outside_the_name() -> None:
    text = ("The town council will meet Thursday to approve its share of the cost. Councillor "
            "Iwan Pryce said he expected the vote to pass. Congresswoman Lena Ortmann agreed.\n")
    people = {e.name for e in extract_entities(text, "en") if e.type == "person"}
    assert {"Iwan Pryce", "Lena Ortmann"} <= people
    assert not any(name.startswith(("Councillor", "Congresswoman")) for name in people)


def test_a_word_opening_a_quoted_sentence_and_said_in_lower_case_is_no_person() -> None:
    from inbrief.core.entities.spans import RawMention
    from inbrief.core.entities.tidy import tidy

    text = ("Riders were angry.\n\n“… Fares have increased,” the firm wrote. “… Fares have "
            "increased,” it said again. Taxi fares doubled. Marcus rode anyway. Marcus paid.")
    starts = [text.index("Fares"), text.rindex("Fares"), text.index("Marcus"),
              text.rindex("Marcus")]
    mentions = [RawMention(start, start + len(text[start:].split()[0]), "person", 1.0)
                for start in starts]
    kept = [text[m.start:m.end] for m in tidy(text, mentions)]
    # "Fares", twice after an opening quote and an ellipsis, is "fares" elsewhere; "Marcus"
    # opens two sentences and is never in lower case: a name.
    assert kept == ["Marcus", "Marcus"]


def test_companies_named_by_one_word_are_organizations_not_people() -> None:
    # The small English model reads "Twitter" and "Kickstarter" alone as people.
    text = ("The mayor wrote on Twitter that the deal was off. Netflix and Spotify declined to "
            "comment, and Kickstarter said nothing.")
    found = {e.name: e.type for e in extract_entities(text, "en")}
    assert found.get("Twitter") == "organization"
    assert found.get("Kickstarter") == "organization"


def test_a_count_after_a_players_name_is_no_part_of_it() -> None:
    from inbrief.core.entities.spans import RawMention
    from inbrief.core.entities.tidy import tidy

    text = "Scoring: Aiden Haig 1 goal. Daniel Viegas 2 assists. Agent 47 returned."
    spans = [("Aiden Haig 1", "person"), ("Daniel Viegas 2", "person"), ("Agent 47", "other")]
    mentions = [RawMention(text.index(s), text.index(s) + len(s), kind, 1.0)
                for s, kind in spans]
    kept = [text[m.start:m.end] for m in tidy(text, mentions)]
    assert kept == ["Aiden Haig", "Daniel Viegas", "Agent 47"]  # only people's counts go


# Invented, as a PDF reader copies a narrow column under a wider headline: lines of about 45
# characters, no blank line between paragraphs, a name broken over two lines.
COLUMN = (
    "Kestrel Bay beats Northam to reach the Harbour Cup final in May - Marenia Daily News\n\n"
    "Kestrel Bay beats Northam to reach the Harbour Cup final in May\n\n"
    "The standfirst runs across both columns of the page, as wide as the page is, and it tells\n"
    "the reader in a few lines what the story under it is about before the columns begin,\n"
    "which is how the paper sets every story it prints on its sports pages this season.\n\n"
    "Kestrel Bay beat Northam 2-1 in the revamped\n"
    "cup on Tuesday, and the winger Denis\n"
    "Okonkwo scored in the last minute after a\n"
    "long ball from the goalkeeper. The crowd of\n"
    "four thousand stayed on the pitch for an\n"
    "hour, and the chairman said the cup meant\n"
    "more to the town than any title it had won.\n"
    "Okonkwo said the final in May would be\n"
    "harder, because the other side had not lost\n"
    "a match at home since the start of the year.\n"
)


@pytest.mark.parametrize("text", [WRAPPED, COLUMN], ids=["text browser", "pdf column"])
def test_a_name_wrapped_over_two_lines_is_one_person(text: str) -> None:
    found = extract_entities(text, "en", split_sentences(text, "en"))
    people = {e.name: len(e.mentions) for e in found if e.type == "person"}
    assert people.get("Denis Okonkwo") == 2, people
    assert "Denis" not in people
