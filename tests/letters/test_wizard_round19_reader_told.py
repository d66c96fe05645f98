"""Wizard round 19 (issue 19): two gaps a simulated user found in set T.

Their problem told to the reader as a plain fact about their own work gets the notice to
say it as what they told ("You mentioned that …") also when its subject is a plural noun
whose "their"/"they" follows ("Customers are overloading their systems", T15) or a
gerund ("Parents saying they don't hear enough", T12); a "they" or "their" only counts as
saying whose problem it is when no noun it may stand for comes first.

The reader written of in the third person: their own name after "for" is "you" ("less
firefighting for Marc" in a letter to Marc, T10), their name left anywhere in the body
is pointed at, and a sentence opening "Her"/"His" + a noun with no one else in the answer
it may be ("Her Ladybird collection" to Sophie Marsh, T14) is asked about. In a letter to
a recruiter (not the decision maker) none of this is said.
"""

import pytest

from tests.letters.letter_helpers import letter_draft_json

SOLAR = {
    "recipient": "Engr. Bello",
    "sender": "Emeka Nwosu",
    "company": "SunPower Naija Energy Solutions, Abuja",
    "role": "Solar PV Installation Technician",
    "decision_maker": True,
    "discussed": "Residential installs, inverters, lithium batteries",
    "answers": {
        "connection": "We both studied Electrical Engineering at Yaba College of Technology.",
        "fit": ["I installed over 150 residential solar systems in Lagos over four years."],
        "value_problem": "",
        "value_idea": "I would carry out a load audit with each customer before installation.",
        "value_gain": "That should mean fewer warranty claims and replacement batteries.",
        "question": "Is there a separate service team for maintenance visits?",
        "closing": "I would be glad to bring a sample load audit sheet to show you.",
    },
}
QC = {
    "recipient": "Marc Gagnon",
    "sender": "Daniel Osei",
    "company": "Lakeshore Precision Plastics, Kitchener",
    "role": "Quality Control Inspector",
    "decision_maker": True,
    "discussed": "Injection moulded auto parts, CMM, night shift",
    "answers": {
        "connection": "You mentioned you coach your daughter's hockey team in Waterloo.",
        "fit": ["I trained 6 operators to do their own in-process checks with limit samples."],
        "value_problem": "You said short shots and flash are getting through to the customer.",
        "value_idea": "I would put boundary samples at every press and check them hourly.",
        "value_gain": "That should mean fewer chargebacks for the plant.",
        "question": "Would you want me mostly on the floor or in the lab to start?",
        "closing": "I'm happy to walk through the boundary sample idea on a short call.",
    },
}
DESIGN = {
    "recipient": "Sophie Marsh, Creative Director",
    "sender": "Jordan Pryce",
    "company": "Fieldhouse Brand Studio, Bristol",
    "role": "Mid-weight Graphic Designer",
    "decision_maker": True,
    "discussed": "Packaging, Figma, client amends",
    "answers": {
        "connection": "",
        "fit": ["I did 4 years in-house at a craft cider brand on the full packaging range."],
        "value_problem": "You mentioned projects going over budget from endless client amends.",
        "value_idea": "I would put two amend rounds in every quote.",
        "value_gain": "That should mean fewer unbilled hours for the studio.",
        "question": "What is the split between packaging and digital work?",
        "closing": "I'd be happy to talk the amends idea through on a call.",
    },
}


def _draft(base: dict, tmp_path, decision_maker=True, recipient=None, **answers) -> dict:
    data = base | {"decision_maker": decision_maker, "answers": base["answers"] | answers}
    if recipient:
        data["recipient"] = recipient
    return letter_draft_json(data, tmp_path)


def _notice(draft: dict, key: str) -> str:
    return " ".join(n["message"] for n in draft["notices"] if n["answer"] == key)


TOLD = "a fact told to them about their own work"


@pytest.mark.parametrize(
    ("problem", "example"),
    [
        (
            "Customers are overloading their systems, so the batteries die early and the "
            "company receives warranty claims.",
            "You mentioned that customers are overloading their systems",
        ),
        ("Drivers are quitting because their routes run late every week.", "drivers are"),
        ("Patients are missing their appointments because reminders go out late.", "patients"),
    ],
)
def test_a_problem_whose_their_is_its_own_subjects_is_flagged(tmp_path, problem, example):
    notice = _notice(_draft(SOLAR, tmp_path, value_problem=problem), "value_problem")
    assert TOLD in notice
    assert example in notice


def test_a_problem_led_by_a_gerund_asks_for_what_they_do(tmp_path):
    """ "Parents saying they don't hear …": no verb of its own, so the step asks for one
    ("You mentioned that … say …"), which also says it as what they told."""
    problem = "Parents saying they don't hear enough about their kids' day, app updates are patchy."
    notice = _notice(_draft(SOLAR, tmp_path, value_problem=problem), "value_problem")
    assert "no verb of its own before “saying" in notice
    assert "You mentioned that" in notice


@pytest.mark.parametrize(
    "problem",
    [
        "You mentioned that customers are overloading their systems.",
        "You said customers are overloading their systems and the batteries die early.",
        "Your team is losing batteries because customers overload their systems.",
        "I understand that customers are overloading their systems.",
        "I heard that customers are overloading their systems.",
        "They told me customers are overloading their systems.",
        "Their customers are overloading the systems, so batteries die early.",
    ],
)
def test_a_problem_that_says_who_told_it_stays_unflagged(tmp_path, problem):
    notice = _notice(_draft(SOLAR, tmp_path, value_problem=problem), "value_problem")
    assert TOLD not in notice


def test_to_a_recruiter_the_problem_is_said_as_what_you_heard(tmp_path):
    problem = "Customers are overloading their systems, so the batteries die early."
    draft = _draft(SOLAR, tmp_path, decision_maker=False, value_problem=problem)
    notice = _notice(draft, "value_problem")
    assert TOLD in notice
    assert "I understand that customers are overloading their systems" in notice


@pytest.mark.parametrize(
    ("gain", "said"),
    [
        (
            "That should mean fewer chargebacks and less firefighting for Marc with the customer.",
            "less firefighting for you with the customer",
        ),
        ("That should mean fewer late nights for Marc.", "fewer late nights for you."),
        ("That would free up an hour a day for Marc Gagnon.", "an hour a day for you."),
    ],
)
def test_the_readers_name_after_for_is_you(tmp_path, gain, said):
    draft = _draft(QC, tmp_path, value_gain=gain)
    assert said in draft["body"]
    assert "for Marc" not in draft["body"]


@pytest.mark.parametrize(
    "gain",
    [
        "That should mean fewer chargebacks for Marc's team.",  # whose: asked, not mended
        "That should mean fewer chargebacks for Marc Jacobs and his crew.",  # another Marc
    ],
)
def test_for_a_longer_name_or_whose_is_not_mended(tmp_path, gain):
    draft = _draft(QC, tmp_path, value_gain=gain)
    assert "for you" not in draft["body"]


@pytest.mark.parametrize(
    ("key", "typed"),
    [
        ("value_problem", "You said Marc's night shift has fewer inspectors than days."),
        ("value_gain", "That should mean fewer chargebacks and fewer calls to Marc's phone."),
        ("question", "Is Marc's night shift short of inspectors at the moment?"),
    ],
)
def test_the_readers_own_name_in_the_body_is_pointed_at(tmp_path, key, typed):
    notice = _notice(_draft(QC, tmp_path, **{key: typed}), key)
    assert "“Marc” is the reader, spoken of in the third person" in notice


@pytest.mark.parametrize(
    ("key", "typed"),
    [
        ("closing", "Thanks again Marc, I'm happy to walk through the idea on a call."),
        ("closing", "Thanks so much Marc and I'm happy to walk through the idea on a call."),
        ("closing", "Thank you Mr Gagnon. I'm happy to walk through the idea on a call."),
        ("question", "Would you want me mostly on the floor or in the lab to start?"),
    ],
)
def test_the_reader_greeted_by_name_is_not_pointed_at(tmp_path, key, typed):
    notice = _notice(_draft(QC, tmp_path, **{key: typed}), key)
    assert "spoken of in the third person" not in notice


def test_a_name_that_is_also_a_word_opening_a_sentence_is_not_the_reader(tmp_path):
    typed = "Will the night shift need a second inspector?"
    draft = _draft(QC, tmp_path, recipient="Will Carter", question=typed)
    assert "spoken of in the third person" not in _notice(draft, "question")


def test_to_a_recruiter_the_named_decision_maker_is_left_alone(tmp_path):
    gain = "That should mean less firefighting for Marc, the plant manager."
    draft = _draft(QC, tmp_path, decision_maker=False, recipient="Priya Nair", value_gain=gain)
    assert "for Marc" in draft["body"]
    assert "third person" not in _notice(draft, "value_gain")


HER = "“Her Ladybird collection”"


@pytest.mark.parametrize(
    "connection",
    [
        "We both love old Penguin covers. Her Ladybird collection is bigger than my Pelicans.",
        "Shared love of old Penguin covers. Her Ladybird collection vs my Pelicans. "
        "Both UWE, different decades.",
    ],
)
def test_her_opening_a_sentence_about_the_reader_is_asked_about(tmp_path, connection):
    notice = _notice(_draft(DESIGN, tmp_path, connection=connection), "connection")
    assert HER in notice
    assert "“your”" in notice


@pytest.mark.parametrize(
    "connection",
    [
        # someone else of hers is named: "her" may be the mum's
        "You told me about your mum and old Penguin covers. Her Ladybird collection is huge.",
        "We both met Sarah at the print fair in Bath. Her Ladybird collection is huge.",
        # her already "your"
        "We both love old Penguin covers. Your Ladybird collection is bigger than my Pelicans.",
    ],
)
def test_her_with_someone_else_to_be_is_not_asked_about_as_the_reader(tmp_path, connection):
    notice = _notice(_draft(DESIGN, tmp_path, connection=connection), "connection")
    assert HER not in notice


def test_her_in_a_letter_to_a_recruiter_is_not_asked_about(tmp_path):
    connection = "We both love old Penguin covers. Her Ladybird collection is bigger than mine."
    draft = _draft(
        DESIGN, tmp_path, decision_maker=False, recipient="Priya Nair", connection=connection
    )
    assert HER not in _notice(draft, "connection")


def test_his_in_a_letter_to_mr_is_asked_about_and_her_is_not(tmp_path):
    his = "We both love old Penguin covers. His Pelican collection is bigger than mine."
    her = "We both love old Penguin covers. Her Pelican collection is bigger than mine."
    to_mr = "Mr Alan Reid"
    assert "“His Pelican collection”" in _notice(
        _draft(DESIGN, tmp_path, recipient=to_mr, connection=his), "connection"
    )
    assert "“Her Pelican collection”" not in _notice(
        _draft(DESIGN, tmp_path, recipient=to_mr, connection=her), "connection"
    )
