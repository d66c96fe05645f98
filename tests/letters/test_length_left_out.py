"""A letter over 200 words leaves out, by itself, the sentences it is best without, and
says so on each one's answer (set AD, draft_grades28: the users acted on few of the cuts
the length notice named, and five letters went out at 250-300 words).

- First what the length notice names first: a stock closing line, a sentence said twice,
  a third result with neither a figure, a name nor the talk's topic.
- Only when still far over (more than 220): the parts that say more than the letter
  needs, an idea's third and later steps, the problem's second sentence.
- Never a result with a figure or a credential, the idea's first two steps, the gain,
  the closing's next step; nothing from a letter of 200 words or fewer.
- What is left out comes back by itself once the letter has room, and is never counted
  as an answer still to come back.

Every answer set here is invented (trades other than set AD's).
"""

import pytest
from django.urls import reverse

from letters.assembly import MAX_WORDS
from tests.letters.letter_helpers import assembled_letter, interview_with_panel
from tests.letters.test_length_one_go import (
    as_typed_words,
    draft,
    left_for_length,
    length_notice,
    words,
)

TOLD = "To keep your letter near 180 words, it leaves out"

BASE = {"sender": "Dana Whitfield", "decision_maker": True}

TILER = BASE | {
    "recipient": "Mr. Kowalczyk",
    "company": "Northside Bathrooms",
    "role": "Wall and Floor Tiler",
    "discussed": "large format porcelain, wet rooms, callbacks, the new showroom",
    "problem": "callbacks on wet rooms for cracked grout and leaks",
    "answers": {
        "connection": "You told me your first job was tiling your mother's kitchen floor "
        "with offcuts from a builder's skip. I laughed because my first floor was my "
        "uncle's shed, and it is still there with every tile a different colour.",
        "fit": [
            "I have tiled for eight years, the last four mostly large format porcelain in "
            "bathrooms and wet rooms for Hartley Homes.",
            "My callbacks went from about 1 job in 12 to 1 in 40 after I started tanking "
            "every wet room to the manufacturer's spec.",
            "I am tidy on site and I always leave the customer's house cleaner than I "
            "found it at the end of the day.",
        ],
        "value_problem": "You said the wet rooms keep coming back with cracked grout and "
        "slow leaks in the first year.",
        "value_idea": "I would flood test every tanked floor for a day before any tile "
        "goes down. I would use a flexible grout on every floor that has underfloor "
        "heating. I would also photograph each layer and keep the pictures with the job "
        "sheet. I would walk each new fitter through the same steps on their first week.",
        "value_gain": "That would mean fewer callbacks and fewer unpaid days going back "
        "to fix them.",
        "value_gain_detail": "At Hartley the wet room callbacks cost about £9,000 a year "
        "less once we did this.",
        "question": "Would I be fitting the showroom displays as well as the customer jobs?",
        "closing": "I would be glad to do a trial day on one of your wet rooms. I look "
        "forward to hearing from you.",
    },
}

PORTER = BASE | {
    "recipient": "Ms. Adeyemi",
    "company": "St Luke's Hospital",
    "role": "Hospital Porter",
    "discussed": "night shifts, patient transfers, the new bed tracking system",
    "problem": "theatre lists start late because patients arrive late from the wards",
    "answers": {
        "connection": "You mentioned you started as a porter here twenty years ago and "
        "still know every shortcut through the basement. My dad was a porter at the "
        "Royal for thirty years, so I grew up hearing about the basement corridors.",
        "fit": [
            "I have worked three years as a porter at Westfield General on days and "
            "nights, moving patients, samples and equipment.",
            "I got the late arrivals to theatre on my shift down from 9 a week to 2 by "
            "collecting the first patients half an hour earlier.",
            "I get on well with the nurses and I always stop to talk with patients who "
            "look worried on the way down.",
        ],
        "value_problem": "You said the morning theatre lists start late because the "
        "patients are not ready on the wards when the porter arrives. The surgeons end "
        "up waiting and the list runs over into the afternoon.",
        "value_idea": "I would call each ward twenty minutes before the pickup so the "
        "patient is ready. I would put the first theatre pickups on the bed tracking "
        "board the night before. I would also keep a spare chair by the lifts on the "
        "theatre floor for the morning rush. I would ask the night porters to check the "
        "trolleys are charged before they go home.",
        "value_gain": "That would mean the lists starting on time and the surgeons not "
        "waiting for patients.",
        "value_gain_detail": "At Westfield late starts fell from 9 a week to 2 in two months.",
        "question": "Would I be on the theatre team straight away, or on the general rota first?",
        "closing": "I would be happy to shadow a morning theatre run with your team.",
    },
}

SCHOOL_COOK = BASE | {
    "recipient": "Mrs. Pellow",
    "company": "Trevarthen Primary School",
    "role": "School Cook",
    "discussed": "the lunch menu, allergies, food waste, the new salad bar",
    "problem": "too much food is thrown away after lunch",
    "answers": {
        "connection": "You told me about the day the oven broke and you served 200 "
        "children sandwiches from the staff room. I said I had a day like that at my "
        "last school when the power went out in the middle of lunch.",
        "fit": [
            "I have cooked for a school of 350 children for six years and hold my Level "
            "3 Food Hygiene certificate.",
            "I cut our plate waste by about a third by asking the children which meals "
            "they actually ate and changing the menu.",
        ],
        "value_problem": "You said too much food is thrown away after lunch.",
        "value_idea": "I would weigh what comes back on the plates each day for a month "
        "and change the portions of the meals that come back most.",
        "value_gain": "That would mean less money spent on food that goes in the bin.",
        "value_gain_detail": "At my last school that saved about £60 a week.",
        "question": "Do the children choose their meals in the morning or at the counter?",
        "closing": "I would be glad to cook a trial lunch for the staff.",
    },
}


def closing_words(data) -> str:
    return data["answers"]["closing"]


# --- over 200: the letter leaves out what it can best do without ----------------------


@pytest.mark.parametrize("data", [TILER, PORTER], ids=["tiler", "porter"])
def test_a_letter_over_200_leaves_out_sentences_and_says_which(data):
    result = draft(data)
    left = left_for_length(result)
    assert as_typed_words(result) > MAX_WORDS
    assert left, [n.message for n in result.notices]
    for sentence in left:
        assert sentence not in result.body
    assert words(result) < as_typed_words(result)
    # each on its own answer's notice, never on the length notice
    assert not [s for s in left if s in length_notice(result)]


def test_a_stock_closing_line_and_a_third_result_with_nothing_to_show_go_first():
    result = draft(TILER)
    left = left_for_length(result)
    assert "I look forward to hearing from you." in left
    assert TILER["answers"]["fit"][2] in left  # "I am tidy on site …"
    # a result with a figure, or one naming where the work was, stays
    assert TILER["answers"]["fit"][0] in result.body
    assert TILER["answers"]["fit"][1] in result.body
    # the closing's next step stays
    assert "I would be glad to do a trial day on one of your wet rooms." in result.body


def test_a_third_result_left_out_whole_is_an_answer_left_out_that_does_not_come_back():
    result = draft(TILER)
    [third] = [n for n in result.notices if n.answer == "fit" and n.number == 3]
    assert third.left_out
    assert TOLD in third.message
    assert "Nothing to do" in third.message
    # not counted as an answer to bring back: the length notice does not wait for it
    assert "still left out" not in length_notice(result)


@pytest.mark.parametrize("data", [TILER, PORTER], ids=["tiler", "porter"])
def test_far_over_the_idea_keeps_its_first_two_steps_and_its_gain(data):
    result = draft(data)
    first, second, *later = data["answers"]["value_idea"].split(". ")
    assert first in result.body and second in result.body
    assert data["answers"]["value_gain"] in result.body
    assert data["answers"]["value_problem"].split(". ")[0] in result.body
    assert set(left_for_length(result)) & {f"{s.rstrip('.')}." for s in later}


def test_a_result_with_a_figure_and_the_gain_s_figure_are_never_left_out():
    result = draft(PORTER)
    assert PORTER["answers"]["fit"][1] in result.body  # "from 9 a week to 2"
    assert PORTER["answers"]["value_gain_detail"] in result.body
    # the third result, kind words with no figure, goes
    assert PORTER["answers"]["fit"][2] in left_for_length(result)


NEXT_STEP = "I would be glad to do a trial day on one of your wet rooms."


@pytest.mark.parametrize(
    "line", ["I stay waiting your answer.", "I really enjoyed meeting the team today."]
)
def test_a_closing_line_that_only_hopes_to_hear_back_goes(line):
    result = draft(TILER | {"answers": TILER["answers"] | {"closing": f"{NEXT_STEP} {line}"}})
    assert line in left_for_length(result)
    assert NEXT_STEP in result.body


@pytest.mark.parametrize(
    "line",
    [
        "Please say thank you also to Marta.",  # a thanks to pass on, as typed
        "Or I could come in on a Saturday and tile a sample board.",  # a second offer
        "Thanks again Marek, it was good to see the workshop.",  # names someone
    ],
)
def test_a_closing_line_that_offers_asks_or_names_someone_stays(line):
    result = draft(TILER | {"answers": TILER["answers"] | {"closing": f"{NEXT_STEP} {line}"}})
    assert as_typed_words(result) > MAX_WORDS
    assert line in result.body
    assert line not in left_for_length(result)


def test_an_idea_step_the_gain_s_figure_speaks_of_stays():
    # set AE: "I would also suggest building simple jigs …, as we did in Boston" was left
    # out, and "In Boston, jigs … cut a full regulation to a day and a half" pointed at it
    detail = "At Westfield the trolley checks cut late starts from 9 a week to 2."
    data = PORTER | {"answers": PORTER["answers"] | {"value_gain_detail": detail}}
    result = draft(data)
    assert "I would ask the night porters to check the trolleys are charged" in result.body
    assert detail in result.body
    # without that figure, the same step goes
    assert "I would ask the night porters to check the trolleys are charged" not in (
        draft(PORTER).body
    )


# --- negatives -----------------------------------------------------------------------


def test_a_letter_of_200_words_or_fewer_loses_nothing():
    result = draft(SCHOOL_COOK)
    assert words(result) <= MAX_WORDS
    assert not left_for_length(result)
    assert not [n for n in result.notices if TOLD in n.message]


def test_a_letter_a_little_over_keeps_its_idea_whole():
    # 201-220 words: only what the length notice names first may go; the idea's later
    # steps are for the person to say shorter (set AB: "a letter a little over keeps its
    # idea").
    idea = (
        "I would weigh what comes back on the plates each day for a month. I would change "
        "the portions of the meals that come back most. I would also ask the children "
        "to vote on one new meal each half term."
    )
    fit = [
        *SCHOOL_COOK["answers"]["fit"],
        "I also ran the breakfast club on my own for two years before the school day.",
    ]
    data = SCHOOL_COOK | {"answers": SCHOOL_COOK["answers"] | {"value_idea": idea, "fit": fit}}
    result = draft(data)
    assert MAX_WORDS < as_typed_words(result) <= MAX_WORDS + 20
    for step in idea.split(". "):
        assert step.rstrip(".") in result.body


# --- it comes back by itself -----------------------------------------------------------


def test_what_was_left_out_comes_back_once_the_letter_has_room():
    result = draft(TILER)
    assert TILER["answers"]["fit"][2] in left_for_length(result)
    shorter = TILER["answers"] | {
        "connection": "You told me your first job was tiling your mother's kitchen floor.",
        "value_idea": "I would flood test every tanked floor for a day before any tile goes down.",
        "closing": "I would be glad to do a trial day on one of your wet rooms.",
    }
    again = draft(TILER | {"answers": shorter})
    assert words(again) <= MAX_WORDS
    assert TILER["answers"]["fit"][2] in again.body
    assert not left_for_length(again)


def test_the_same_letter_leaves_out_the_same_sentences_every_time():
    assert left_for_length(draft(PORTER)) == left_for_length(draft(PORTER))


# --- the draft page and the step say it again ------------------------------------------


@pytest.mark.django_db
def test_the_draft_page_lists_each_sentence_left_out_for_length_with_its_step(client):
    interview, panel = interview_with_panel(panel_size=1)
    client.force_login(interview.owner)
    letter = assembled_letter(interview, panel[0], answers=PORTER["answers"])
    idea_step = "I would ask the night porters to check the trolleys are charged"
    assert idea_step not in letter.body

    page = client.get(reverse("letter_detail", args=[letter.pk])).content.decode()
    start = page.index('id="left-out"')
    left_out = page[start : page.index("</section>", start)]
    # the third result, left out whole, and the idea's fourth step, from an answer the
    # letter still uses: both under "Left out of your letter", each with its step
    assert "I get on well with the nurses" in left_out
    assert idea_step in left_out
    assert reverse("letter_wizard", args=[letter.pk, 3]) in left_out


@pytest.mark.django_db
def test_the_step_says_its_answer_is_partly_used_as_the_person_types(client):
    interview, panel = interview_with_panel(panel_size=1)
    client.force_login(interview.owner)
    letter = assembled_letter(interview, panel[0], answers=PORTER["answers"])
    answers = PORTER["answers"]

    response = client.post(
        reverse("letter_step_check", args=[letter.pk, 4]),
        {
            "value_problem": answers["value_problem"],
            "value_idea": answers["value_idea"],
            "value_gain": answers["value_gain"],
            "value_gain_detail": answers["value_gain_detail"],
        },
    )

    html = " ".join(response.content.decode().split())
    assert response.status_code == 200
    assert "Partly used in your letter." in html
    # the idea's later steps, named on the step itself (the letter through this step)
    assert "To keep your letter near 180 words, it leaves out “I would also keep" in html
    assert "I would ask the night porters" in html
