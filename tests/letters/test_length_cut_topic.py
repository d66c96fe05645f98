"""What a letter over 200 words is told to cut (issue 19, set T's simulated user): the
length notice never names the sentence the talk was about, never the one that gives a
connection its moment, and never asks to shorten the question while a longer sentence
can be said in fewer words.

- A result on their problem, on what was discussed or on the idea stays while another
  can go: the data analyst's SQL when SQL was discussed, the scaffolder's CISRS
  inspection card when the problem was failed inspections (a stem: "inspections"), the
  OT assistant's French when French-speaking patients were discussed. When only such a
  result could go and the letter is a few words over, it is said shorter, not cut.
- A connection that opens bare ("We both talked about our grandmothers.") keeps the
  sentence that says what was said: cutting it would leave the opener saying nothing.
- "Say the longest in fewer words" names another long sentence, not the question.
- The tiers stay: never the closing's next step; a stock closing line goes first.

Every answer set here is invented for these tests (not taken from the graded sets); each
is run as ``manage.py letter_draft`` runs it, with the interview's notes.
"""

import re

import pytest

from letters.management.commands.letter_draft import draft_from

ANALYST = {
    "recipient": "Priya Nair",
    "sender": "Tom Becker",
    "company": "Northgate Logistics",
    "role": "Data Analyst",
    "decision_maker": True,
    "discussed": "weekly reporting, SQL, the warehouse dashboards, late deliveries",
    "problem": "The weekly delivery report takes two days to build by hand in Excel",
    "answers": {
        "connection": "You told me you started in the warehouse at Northgate before moving "
        "to the office, and I spent two summers picking orders at a depot in Leeds.",
        "fit": [
            "I am comfortable writing queries in SQL and tidying up messy tables.",
            "I built the weekly sales dashboard in Power BI that cut reporting time from 6 "
            "hours to 1.",
            "I volunteer as treasurer for the Headingley Harriers.",
        ],
        "value_problem": "You mentioned that the weekly delivery report takes two days to "
        "build by hand.",
        "value_idea": "I would build the report from one saved query and a template, so it "
        "refreshes itself on Monday morning before anyone asks for it. I would also add a "
        "short note on the top three late routes each week.",
        "value_gain": "That should free up those two days for looking into why deliveries "
        "run late, and the depot managers would see the same numbers.",
        "value_gain_detail": "At my last job the same change took a monthly report from 3 "
        "days to half an hour.",
        "question": "Which system do the delivery times come from at the moment, and who "
        "looks after it?",
        "closing": "I'd be glad to show you the dashboard I built, with the figures taken out.",
    },
}

SCAFFOLDER = {
    "recipient": "Dave Hartley",
    "sender": "Liam Doyle",
    "company": "Hartley Access Ltd",
    "role": "Scaffolder",
    "decision_maker": True,
    "discussed": "the hospital job in Stockport, tube and fitting, working at height on the "
    "tower block refurb",
    "problem": "they failed a couple of inspections on the hospital job because of missing "
    "toe boards and tags not filled in",
    "answers": {
        "connection": "We both started as labourers on the same Salford Quays job back in "
        "2009, and you remembered my old gaffer from there and his flask of tea.",
        "fit": [
            "I ran my own gang of 4 on a 14-storey wrap with no reportable incidents.",
            "I hold the CISRS scaffold inspection card, renewed at the start of this year.",
            "I passed my IPAF and PASMA courses last spring.",
        ],
        "value_problem": "You said a couple of inspections failed on the hospital job because "
        "toe boards were missing and tags were not filled in.",
        "value_idea": "I would do a walk round with the gang every Friday before the "
        "inspector comes, checking tags, toe boards and brick guards on every lift. I would "
        "also keep spare tags and boards in the van.",
        "value_gain": "That would mean passing inspections first time and no stop days on the "
        "hospital job.",
        "value_gain_detail": "On my last job we went from failing about 1 in 5 inspections to "
        "none in 6 months.",
        "question": "When would the hospital job start, and how many gangs would be on it?",
        "closing": "I'm happy to come and look at the site next week if it helps.",
    },
}

OT_ASSISTANT = {
    "recipient": "Marie Gagnon",
    "sender": "Olivia Brandt",
    "company": "Lakeview Rehabilitation Centre",
    "role": "Occupational Therapist Assistant",
    "decision_maker": True,
    "discussed": "falls prevention, discharge planning, equipment loans, French-speaking patients",
    "problem": "Patients wait for home equipment so discharges get delayed",
    "answers": {
        "connection": "You told me you started as an assistant on the stroke unit here, and "
        "I did my first placement on a stroke unit too, at the General in Brandon.",
        "fit": [
            "At Riverside Health I ran the weekly falls prevention group for 18 months.",
            "I am bilingual in English and French.",
            "I did my placement at Seven Oaks Hospital in Winnipeg.",
        ],
        "value_problem": "You mentioned that patients wait for home equipment such as bath "
        "seats and raised toilet seats, which delays their discharge by several days.",
        "value_idea": "I would set up a small loan stock of the most-used items on the unit "
        "with a simple tracking sheet, and start the order at the first assessment instead "
        "of the day before discharge.",
        "value_gain": "Patients could go home sooner, which frees up beds and shortens the "
        "waiting list for the ward.",
        "value_gain_detail": "At Riverside the average wait for equipment went from four days "
        "to one day.",
        "question": "How is the assistants' time divided between the inpatient unit and the "
        "outpatient clinic, and who plans the week?",
        "closing": "I would be glad to talk through how the loan stock could work on your unit.",
    },
}

GRANDMOTHERS = "We both talked about our grandmothers."
GRANDMOTHERS_MOMENT = (
    "Yours recovered from a hip fracture at Lakeview, and my grandmother's stroke is why I "
    "chose this field."
)
REHAB = {
    "recipient": "Jennifer Tremblay",
    "sender": "Hannah Kowalczyk",
    "company": "Lakeview Rehabilitation Centre",
    "role": "Occupational Therapist Assistant",
    "decision_maker": True,
    "discussed": "falls prevention, discharge planning, equipment loans",
    "problem": "Patients wait for home equipment so discharges get delayed",
    "answers": {
        "connection": f"{GRANDMOTHERS} {GRANDMOTHERS_MOMENT}",
        "fit": [
            "At Riverside Health I ran the weekly falls prevention group for 18 months.",
            "I reorganized the equipment loan cupboard and created a sign-out system for "
            "about 140 items.",
        ],
        "value_problem": "You mentioned that patients are waiting for home equipment such as "
        "bath seats and raised toilet seats, which delays their discharge.",
        "value_idea": "I would set up a small loan stock of the most-used items on the unit "
        "with a simple tracking sheet. I would also start the equipment order on the day of "
        "the first assessment instead of the day before discharge.",
        "value_gain": "Patients could go home sooner, which frees up beds and shortens "
        "waiting times.",
        "value_gain_detail": "At Riverside, the average wait for equipment went from four "
        "days to one day after we set up the loan cupboard.",
        "question": "Could you tell me how the assistants' time is divided between the "
        "inpatient unit and the outpatient clinic?",
        "closing": "I would be glad to talk through how the loan stock could work on your unit.",
    },
}

HANDYMAN_QUESTION = (
    "Would I be based on one site full time or covering a few of them each week, and is "
    "there a van that comes with the job?"
)
MAINTENANCE = {
    "recipient": "Karen Walsh",
    "sender": "Sean Murphy",
    "company": "Brightside Facilities",
    "role": "Maintenance Technician",
    "decision_maker": True,
    "discussed": "three sites, reactive jobs, planned maintenance backlog, the van",
    "problem": "Planned maintenance keeps slipping because reactive call-outs take over the week",
    "answers": {
        "connection": "You told me you served your time as an electrician at the old Harland "
        "yard, and my father worked there as a fitter for twenty years.",
        "fit": [
            "I looked after 3 school sites on my own and closed 95% of jobs inside the week.",
            "At Keystone I cut boiler call-outs from 30 a winter to 8 by servicing them in "
            "September.",
        ],
        "value_problem": "You mentioned that planned maintenance keeps slipping because the "
        "reactive call-outs take over the week.",
        "value_idea": "I would keep Tuesday and Thursday mornings for planned jobs and group "
        "the reactive ones by site. I would also carry the common spares in the van so a "
        "second visit is rarely needed.",
        "value_gain": "That should mean the planned list gets done and the sites see fewer "
        "repeat breakdowns over the winter.",
        "value_gain_detail": "At Keystone the planned backlog went from 60 jobs to 12 in four "
        "months.",
        "question": HANDYMAN_QUESTION,
        "closing": "I'm happy to come in for a trial day on one of the sites.",
    },
}


def with_answers(data, **answers):
    return {**data, "answers": {**data["answers"], **answers}}


def length_notice(data):
    draft, _ = draft_from(data)
    assert len(draft.body.split()) > 200, "the case must run over the length"
    [notice] = [n for n in draft.notices if n.answer == "draft"]
    return notice.message


STEP_RE = re.compile(r"“([^”]+)”(?: \([^)]*\))?(?: in about (\d+) words)?")


def named_cuts(message):
    """The sentences the notice asks to cut whole (not those it asks to say shorter)."""
    return [m[1] for m in STEP_RE.finditer(message) if not m[2]]


def shortened(message):
    """The first sentence the notice asks to say in fewer words."""
    found = [m[1] for m in STEP_RE.finditer(message) if m[2]]
    return found[0] if found else ""


# --- a result on the talk's topic stays while another can go ------------------------


@pytest.mark.parametrize(
    ("data", "kept", "cut"),
    [
        # SQL was discussed: the treasurer's post goes first
        (ANALYST, ANALYST["answers"]["fit"][0], ANALYST["answers"]["fit"][2]),
        # the problem was failed inspections: "inspection card" is on it
        (SCAFFOLDER, SCAFFOLDER["answers"]["fit"][1], SCAFFOLDER["answers"]["fit"][2]),
        # French-speaking patients were discussed
        (OT_ASSISTANT, OT_ASSISTANT["answers"]["fit"][1], OT_ASSISTANT["answers"]["fit"][2]),
    ],
    ids=["sql-discussed", "inspection-card", "french-speaking-patients"],
)
def test_a_result_on_the_talks_topic_is_not_named_while_another_can_go(data, kept, cut):
    message = length_notice(data)
    assert kept not in message
    assert cut in named_cuts(message)


def test_a_result_on_the_topic_is_not_cut_for_a_few_words_over():
    # The analyst's letter is 10 words over; the treasurer's 8 words go and the rest is
    # said shorter: the SQL result is not cut whole to make up the words.
    message = length_notice(ANALYST)
    assert named_cuts(message) == [ANALYST["answers"]["fit"][2]]
    assert shortened(message)


# --- a connection's moment is not cut away from its opener ----------------------------


@pytest.mark.parametrize(
    ("connection", "moment"),
    [
        (f"{GRANDMOTHERS} {GRANDMOTHERS_MOMENT}", GRANDMOTHERS_MOMENT),
        (
            "We both have rescue greyhounds. You showed me the picture of yours in a "
            "sweater, and I showed you mine asleep upside down on the sofa.",
            "You showed me the picture of yours in a sweater, and I showed you mine asleep "
            "upside down on the sofa.",
        ),
        (
            "You told me about the pike you lost at the edge of the reeds on your first "
            "trip out last spring. We both love fishing.",
            "You told me about the pike you lost at the edge of the reeds on your first "
            "trip out last spring.",
        ),
    ],
    ids=["grandmothers", "greyhounds", "opener-after-the-moment"],
)
def test_a_bare_opener_keeps_the_sentence_that_gives_it_its_moment(connection, moment):
    message = length_notice(with_answers(REHAB, connection=connection))
    assert moment not in named_cuts(message)
    assert all(sentence not in connection for sentence in named_cuts(message))


LONGER_GAIN = (
    "Patients could go home sooner, which frees up beds and shortens waiting times. The "
    "ward team would spend less time chasing suppliers on the phone and more time with the "
    "patients on the unit, and families would know the date to plan for."
)
LONGER_QUESTION = (
    "Could you tell me how the assistants' time is divided between the inpatient unit and "
    "the outpatient clinic? Is there a set day for the home visits?"
)


def test_a_connection_with_its_moment_kept_can_still_lose_a_third_sentence():
    # A few words over, the rest said shorter is enough: the connection (the personal
    # part) keeps all three. Far over, it loses its third, never its moment (set Y).
    connection = (
        f"{GRANDMOTHERS} Yours recovered from a hip fracture at Lakeview after a long stay. "
        "My grandmother's stroke is why I chose this field."
    )
    message = length_notice(with_answers(REHAB, connection=connection))
    assert not [s for s in named_cuts(message) if s in connection]
    longer = with_answers(
        REHAB, connection=connection, value_gain=LONGER_GAIN, question=LONGER_QUESTION
    )
    cut = [s for s in named_cuts(length_notice(longer)) if s in connection]
    assert cut in ([], ["My grandmother's stroke is why I chose this field."])


def test_a_sentence_the_moment_points_back_at_stays_with_it():
    # "the same thing" points back at the reader's brother: without him it says nothing
    connection = (
        "You told me about your brother who is nonverbal and how respite gave your mum one "
        "night off a week. I said my cousin Eli has the same thing, and I used to sit with "
        "him on Fridays."
    )
    message = length_notice(with_answers(REHAB, connection=connection))
    assert all(sentence not in connection for sentence in named_cuts(message))


# --- the sentence to say shorter is not the question ----------------------------------


def test_the_question_is_not_the_sentence_to_shorten_while_another_is_long():
    message = length_notice(MAINTENANCE)
    assert "Each sentence in it is one the letter needs" in message
    assert shortened(message)
    assert shortened(message) != HANDYMAN_QUESTION
    assert len(shortened(message).split()) > 12


# --- the tiers stay --------------------------------------------------------------------


@pytest.mark.parametrize("data", [ANALYST, SCAFFOLDER, OT_ASSISTANT, MAINTENANCE, REHAB])
def test_the_closings_next_step_is_never_named(data):
    message = length_notice(data)
    assert data["answers"]["closing"] not in message


@pytest.mark.parametrize(
    "stock",
    ["I look forward to hearing from you.", "I am looking forward to your answer."],
)
def test_a_stock_closing_line_goes_first(stock):
    # A letter over 200 words leaves the stock line out itself, before anything else, and
    # says so on the closing's notice; the closing's next step stays.
    closing = f"{ANALYST['answers']['closing']} {stock}"
    draft, _ = draft_from(with_answers(ANALYST, closing=closing))
    assert stock not in draft.body
    assert ANALYST["answers"]["closing"] in draft.body
    [notice] = [n for n in draft.notices if n.answer == "closing"]
    assert f"it leaves out “{stock}”" in notice.message
    assert stock not in " ".join(n.message for n in draft.notices if n.answer != "closing")


def test_when_only_a_result_on_the_topic_could_go_for_a_few_words_it_is_said_shorter():
    sql = "I am comfortable writing queries in SQL and tidying up messy tables by hand."
    data = with_answers(ANALYST, fit=[sql, ANALYST["answers"]["fit"][1]])
    message = length_notice(data)
    assert not named_cuts(message)
    assert shortened(message)
