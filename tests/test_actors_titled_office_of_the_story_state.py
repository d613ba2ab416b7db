"""A person titled with a present state office that nothing in the sentence or before places ("Judge Nora
Bell", "Minister Ada Kerr") is of the state the article names more than any other: a writer names the state
of a foreign office holder and leaves the story's own unsaid. With no state named most, the title still codes
the office alone (JUD), and a state written beside the person still wins."""

from __future__ import annotations

from actors_support import codes_by_text

US_STORY = ("The United States Justice Department charged the contractor with fraud in March. "
            "American prosecutors said the scheme had cost taxpayers millions of dollars. "
            "Judge Nora Bell sentenced him to five years in prison on Friday.")


def test_titled_judge_takes_the_story_state(ctx):
    codes = codes_by_text(ctx, US_STORY, "2019-03-15", "titled-office-story-state")
    assert codes.get("Judge Nora Bell") == "USAJUD"


def test_titled_minister_takes_the_story_state(ctx):
    text = ("Scotland's health service will get more nurses, the Scottish executive said. "
            "Hospitals have long asked for them. The report came out on Monday. Unions welcomed it. "
            "Deputy Health Minister Ada Kerr has promised to study the report.")
    codes = codes_by_text(ctx, text, "2005-03-15", "titled-office-story-minister")
    assert codes.get("Minister Ada Kerr") == "GBRGOV"


def test_two_states_named_alike_leave_only_the_office(ctx):
    text = ("Kenya and Uganda signed a trade agreement in March. "
            "Judge Nora Bell sentenced the smuggler to five years in prison on Friday.")
    codes = codes_by_text(ctx, text, "2019-03-15", "titled-office-two-states")
    assert codes.get("Judge Nora Bell") == "JUD"


def test_a_state_written_beside_the_person_wins(ctx):
    text = US_STORY + " Kenyan Judge Paul Otieno had refused to hear the case."
    codes = codes_by_text(ctx, text, "2019-03-15", "titled-office-own-state")
    assert any(code == "KENJUD" for name, code in codes.items() if "Otieno" in name)
