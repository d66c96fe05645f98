"""A letter over 200 words is told, in one notice, enough to cut to land well inside
(set W's simulated users, draft_grades21 log: two run-on writers followed the length
notice for two rounds and were still at 201 and 203 words; the cut targets kept moving).

- The notice says how many words over the letter is and aims at about 180, so a person
  who follows it lands inside 75-200 with room for small edits, in one round.
- It names every step that gets there: whole sentences to cut, then the longest
  sentences to say in fewer words, each with the words to say it in.
- Answers left out that come back once rewritten are counted in what to cut.
- Following part of it, the next round names the rest, in the same order.

Every answer set here is invented for these tests (not taken from the graded sets); each
is run as ``manage.py letter_draft`` runs it. The person following the notice is played
by ``follow``: a sentence named to cut goes, and one named to say in about N words is
said in the words of ``SHORTER``, written by hand, no longer than N.
"""

import re

import pytest

from letters.management.commands.letter_draft import draft_from

BUS = {
    "recipient": "Mr. Okafor",
    "sender": "Dwayne Pettigrew",
    "company": "Metro Transit Eastside Depot",
    "role": "Bus Mechanic",
    "decision_maker": True,
    "discussed": "brake inspections, the older diesel fleet, night shift, buses off the road "
    "in the morning",
    "problem": "too many buses fail the morning check and miss their first run",
    "answers": {
        "connection": "We talked about the old 1998 Flyer you keep at the back of the yard. "
        "You said you did your apprenticeship on that same model, and I told you my uncle "
        "drove one on the 14 route for twenty years.",
        "fit": [
            "I have 6 years on heavy diesel and air brakes, and I hold my Z endorsement and "
            "do the annual inspections on the whole fleet.",
            "At my last depot I brought road calls down from about 12 a month to 4 by "
            "checking the air dryers on every PM.",
        ],
        "value_problem": "You said too many buses fail the walk-around in the morning, and "
        "then they miss the first run and the drivers are standing around waiting and the "
        "routes start late.",
        "value_idea": "I would do the brake and light checks on the night shift before the "
        "buses get parked, so the morning crew only has the small jobs left. I would also "
        "keep a list of the buses that keep failing, so we can fix the cause and not just "
        "the fault.",
        "value_gain": "That would mean more buses going out on time in the morning, with "
        "drivers not waiting around and fewer complaints from riders.",
        "value_gain_detail": "At my last depot morning failures went from around 9 a day to 2 "
        "or 3 a day in about two months.",
        "question": "Would I be on nights the whole time, or does the shift rotate?",
        "closing": "I am happy to come in for a working interview on a night shift.",
    },
}

VET = {
    "recipient": "Dr. Aisha Rahman",
    "sender": "Bethany Coles",
    "company": "Willowbank Veterinary Hospital",
    "role": "Registered Veterinary Nurse",
    "decision_maker": True,
    "discussed": "the dental list, anaesthetic monitoring, the new kennel block, clients "
    "waiting at discharge",
    "problem": "discharges run late in the afternoon so clients wait in reception for an hour",
    "answers": {
        "connection": "We both had a laugh about your cat Pickle, who sits on the reception "
        "desk all day. I told you my old practice had a three-legged cat called Tripod who "
        "did the same thing, and the clients loved him.",
        "fit": [
            "I have been an RVN for 5 years, and I do the anaesthetic monitoring on the "
            "dental list most days and look after the inpatients on the ward.",
            "At my last practice I set up nurse clinics for weight checks, and we saw about "
            "30 pets a month in them.",
        ],
        "value_problem": "You said discharges are running late every afternoon, so the "
        "clients are sitting in reception for an hour and the vets are getting behind on "
        "their consults.",
        "value_idea": "I would write up the discharge notes while the patient is still in "
        "recovery and have the medicines bagged up before the owner arrives. I would also "
        "ring the owners with a time slot, so they are not all coming in at once.",
        "value_gain": "That would mean clients get their pets back on time, the vets are not "
        "pulled out of their consults, and reception is quieter.",
        "value_gain_detail": "At my last practice the average wait at discharge went from "
        "about 40 minutes to 10 minutes.",
        "question": "How is the rota split between the ward and the dental list?",
        "closing": "I would be glad to come in for a trial shift on the ward.",
    },
}

# A little over: every sentence is one the letter needs, so it is said shorter.
LIFT = {
    "recipient": "Ms. Hollings",
    "sender": "Gareth Pryce",
    "company": "Apex Lift Services",
    "role": "Lift Engineer",
    "decision_maker": True,
    "discussed": "callouts, the hospital contract, passenger lifts, service visits running over",
    "problem": "the hospital lifts keep breaking down between service visits",
    "answers": {
        "connection": "You told me you started out on the escalators at the old Debenhams in "
        "Cardiff, and my first job was on the same ones when they were taken out.",
        "fit": [
            "I have 8 years on traction and hydraulic lifts, mostly Otis and Kone, and I "
            "hold my NVQ Level 3 in lift engineering.",
            "At Summit Lifts I looked after a hospital contract of 22 lifts and brought "
            "callouts down from 30 a month to 11.",
        ],
        "value_problem": "You mentioned the hospital lifts keep breaking down between service "
        "visits, and the porters end up carrying patients round by the long corridor.",
        "value_idea": "I would keep a log of every callout on each lift and change the door "
        "parts on the worst ones before they fail, not after.",
        "value_gain": "That would mean fewer breakdowns between visits and fewer angry calls "
        "from the wards.",
        "value_gain_detail": "At Summit the door faults on the worst lifts went from 9 a month "
        "to 2 in half a year.",
        "question": "Would I be on the hospital contract full time, or shared with the other "
        "sites?",
        "closing": "I would be happy to walk the hospital lifts with you and go through the "
        "callout log.",
    },
}

# The vet nurse with the gain typed as a note: left out, it comes back once rewritten.
GAIN_NOTE = (
    "clients happier, vets on time, reception quieter, less phone calls asking where the pet is"
)
GAIN_REWRITTEN = "That would mean happier clients and a quieter reception."
VET_PENDING = {**VET, "answers": {**VET["answers"], "value_gain": GAIN_NOTE}}

# How the person says each long sentence shorter, by hand.
SHORTER = {
    # bus mechanic
    "We talked about the old 1998 Flyer you keep at the back of the yard.": (
        "We talked about the old 1998 Flyer in your yard."
    ),
    "You said you did your apprenticeship on that same model, and I told you my uncle "
    "drove one on the 14 route for twenty years.": (
        "You did your apprenticeship on that model, and my uncle drove one."
    ),
    BUS["answers"]["fit"][0]: "I have 6 years on diesel and air brakes, with my Z endorsement.",
    BUS["answers"]["fit"][1]: "At my last depot I cut road calls from 12 to 4 a month.",
    BUS["answers"]["value_problem"]: (
        "You said buses fail the morning walk-around and miss the first run."
    ),
    "I would do the brake and light checks on the night shift before the buses get parked, "
    "so the morning crew only has the small jobs left.": (
        "I would do brake and light checks on nights, before the buses park."
    ),
    "I would also keep a list of the buses that keep failing, so we can fix the cause and "
    "not just the fault.": "I would also list repeat failures to fix the cause.",
    BUS["answers"]["value_gain"]: "That would mean more buses out on time, fewer complaints.",
    BUS["answers"]["value_gain_detail"]: "My last depot cut morning failures from 9 to 3 a day.",
    # vet nurse
    "We both had a laugh about your cat Pickle, who sits on the reception desk all day.": (
        "We laughed about your cat Pickle on the reception desk."
    ),
    "I told you my old practice had a three-legged cat called Tripod who did the same "
    "thing, and the clients loved him.": "My old practice had a desk cat too.",
    VET["answers"]["fit"][0]: "I have been an RVN for 5 years, on the dental list most days.",
    VET["answers"]["fit"][1]: "I set up weight clinics that saw 30 pets a month.",
    VET["answers"]["value_problem"]: "You said discharges run late, so clients wait an hour.",
    "I would write up the discharge notes while the patient is still in recovery and have "
    "the medicines bagged up before the owner arrives.": (
        "I would write discharge notes and bag medicines during recovery."
    ),
    "I would also ring the owners with a time slot, so they are not all coming in at "
    "once.": "I would also give owners a time slot.",
    VET["answers"]["value_gain"]: "That would mean pets go home on time and reception is quieter.",
    VET["answers"]["value_gain_detail"]: (
        "My last practice cut discharge waits from 40 to 10 minutes."
    ),
    # lift engineer
    LIFT["answers"]["connection"]: "You started on the old Debenhams escalators, and so did I.",
    LIFT["answers"]["fit"][0]: "I have 8 years on Otis and Kone lifts, with NVQ 3.",
    LIFT["answers"]["fit"][1]: "At Summit I cut hospital callouts from 30 a month to 11.",
    LIFT["answers"]["value_problem"]: (
        "You mentioned the hospital lifts break down between service visits."
    ),
    LIFT["answers"]["value_idea"]: "I would log every callout and replace worn door parts early.",
    LIFT["answers"]["value_gain"]: "That would mean fewer breakdowns and fewer angry calls.",
    LIFT["answers"]["value_gain_detail"]: "At Summit door faults fell from 9 a month to 2.",
    LIFT["answers"]["question"]: "Would I be on the hospital contract full time?",
}


def draft(data):
    result, _ = draft_from(data)
    return result


def words(result) -> int:
    return len(result.body.split())


def length_notice(result) -> str:
    found = [n.message for n in result.notices if n.answer == "draft"]
    return found[0] if found else ""


LEFT_FOR_LENGTH_RE = re.compile(r"To keep your letter near \d+ words, it leaves out “([^”]+)”")


def left_for_length(result) -> list[str]:
    """The sentences the letter leaves out itself because it was over 200 words, each
    named on its answer's notice."""
    return [m[1] for n in result.notices for m in LEFT_FOR_LENGTH_RE.finditer(n.message)]


def as_typed_words(result) -> int:
    """The letter's words with the sentences it left out for length back in."""
    return words(result) + sum(len(s.split()) for s in left_for_length(result))


STEP_RE = re.compile(r"“([^”]+)”(?: \([^)]*\))?(?: in about (\d+) words)?")


def steps(message: str) -> list[tuple[str, int]]:
    """What the notice asks, in its order: (sentence, words to say it in); 0 to cut it."""
    return [(m[1], int(m[2] or 0)) for m in STEP_RE.finditer(message)]


def follow(data, asked, *, gain=""):
    """The answers after the person does what ``asked`` says (and rewrites a gain left
    out, when ``gain`` is given)."""
    answers = dict(data["answers"])
    answers["fit"] = list(answers["fit"])
    for sentence, size in asked:
        said = ""
        if size:
            said = SHORTER[sentence]
            assert len(said.split()) <= size, (said, size)
        for key, value in answers.items():
            if key == "fit":
                answers["fit"] = [said if item == sentence else item for item in value]
                answers["fit"] = [item for item in answers["fit"] if item]
            elif sentence in value:
                answers[key] = " ".join(value.replace(sentence, said).split())
    if gain:
        answers["value_gain"] = gain
    return {**data, "answers": answers}


# --- one round is enough -------------------------------------------------------------


@pytest.mark.parametrize("data", [BUS, VET, LIFT], ids=["bus-mechanic", "vet-nurse", "lift"])
def test_the_notice_says_how_far_over_and_aims_at_about_180(data):
    result = draft(data)
    over = words(result) - 200
    assert over > 0
    message = length_notice(result)
    assert f"{words(result)} words" in message
    assert f"{over} over" in message
    assert "about 180" in message


@pytest.mark.parametrize("data", [BUS, VET, LIFT], ids=["bus-mechanic", "vet-nurse", "lift"])
def test_following_the_notice_once_lands_well_inside_the_length(data):
    result = draft(data)
    after = draft(follow(data, steps(length_notice(result))))
    assert 75 <= words(after) <= 190, after.body
    assert length_notice(after) == ""


def test_a_letter_a_little_over_is_asked_for_enough_not_a_few_words():
    # 209 words, every sentence needed: "say the longest in fewer words" took a person
    # from 209 to 201; the notice now names enough sentences, each with its target.
    result = draft(LIFT)
    asked = steps(length_notice(result))
    assert all(size for _, size in asked)
    saved = sum(len(sentence.split()) - size for sentence, size in asked)
    assert words(result) - saved <= 186


def test_answers_left_out_are_counted_in_what_to_cut():
    result = draft(VET_PENDING)
    message = length_notice(result)
    assert "left out back in" in message and "about 180" in message
    after = draft(follow(VET_PENDING, steps(message), gain=GAIN_REWRITTEN))
    assert GAIN_REWRITTEN in after.body
    assert 75 <= words(after) <= 200, after.body
    assert length_notice(after) == ""


# --- the next round agrees with this one ---------------------------------------------


@pytest.mark.parametrize("data", [BUS, VET], ids=["bus-mechanic", "vet-nurse"])
def test_following_the_first_step_only_the_next_round_names_the_rest_in_order(data):
    first = steps(length_notice(draft(data)))
    assert len(first) >= 2
    again = steps(length_notice(draft(follow(data, first[:1]))))
    assert again, "the letter is still over 200 words"
    # the rest in the same order; one more at the end when the first landed a few over
    assert [s for s, _ in again][: len(first) - 1] == [s for s, _ in first[1 : len(again) + 1]]


def test_the_same_letter_is_told_the_same_thing_every_time():
    assert length_notice(draft(BUS)) == length_notice(draft(BUS))
