"""Set Y (Y19, Y10, Y20, Y08): names the wizard spoiled or missed.

- Title Case re-casing lowered the second word of a place or a civic body after a name
  ("Paarl east", "Drakenstein municipality", "Mitchells plain"): a word of the lie of
  the land or of a council after a kept name keeps its capital, as "Harlow Creek" did;
  the same words after ordinary words are still lowered ("the east side", "a car park").
- A role of a clipped trade word ("Ag Pilot (Air Tractor AT-502)") fell back to "the job":
  "ag" is the agricultural trade's clipped word, no acronym.
- An example made a verb of a product typed with its capital: "I excel deadline tracker"
  of "Excel deadline tracker".
- A firm typed in lower case, common words before a trade's tail ("at aqua blue pools")
  is asked about, as a hint only.

Sentences from other trades than set Y's."""

import pytest

from letters.assembly import role_for_letter
from letters.fragments import Facts, check_answer

FACTS = Facts(
    names=("Ms Dana Reid", "Sam Lee"),
    recipient="Ms Dana Reid",
    company="Acme Foods",
    role="Shift Supervisor",
)


def _check(typed, key="fit"):
    return check_answer(key, typed, facts=FACTS)


def _said(typed, key="fit"):
    return " ".join(_check(typed, key).sentences)


@pytest.mark.parametrize(
    ("typed", "kept"),
    [("I Drove Buses Out Of Khayelitsha East Depot For Six Years", "Khayelitsha East"),
     ("I Fitted Kitchens Across Ballarat Central For Three Years", "Ballarat Central"),
     ("I Inspected Lifts For Stellenbosch Municipality For Two Years",
      "Stellenbosch Municipality"),
     ("I Worked Nights At A Care Home In Bonteheuwel Park", "Bonteheuwel Park"),
     ("I Laid Pipe All Over Tulbagh Valley For Five Years", "Tulbagh Valley"),
     ("I Was A Relief Milker Near Tzaneen District Farms", "Tzaneen District"),
     ("I Swept Chimneys Around Oudtshoorn Plain Every Winter", "Oudtshoorn Plain")],
)  # fmt: skip
def test_a_places_second_word_keeps_its_capital(typed, kept):
    assert kept in _said(typed)


@pytest.mark.parametrize(
    ("typed", "said"),
    [("I Swept The East Side Every Morning", "I swept the east side every morning."),
     ("I Ran A Car Park For Two Years", "I ran a car park for two years."),
     ("I Spoke To The Municipality Twice A Week", "I spoke to the municipality twice a week."),
     ("I Cleaned Every Office In The District", "I cleaned every office in the district.")],
)  # fmt: skip
def test_the_same_words_after_ordinary_words_are_lowered(typed, said):
    assert _said(typed) == said


@pytest.mark.parametrize(
    ("role", "said"),
    [("Ag Pilot (Air Tractor AT-502)", "ag pilot"),
     ("Ag Mechanic", "ag mechanic"),
     ("Forklift Operator (Reach Truck)", "forklift operator")],
)  # fmt: skip
def test_a_clipped_trade_word_in_the_role_is_said(role, said):
    assert role_for_letter(role) == said


def test_ag_is_not_asked_about_as_letters():
    message = _check("6 years spraying for an ag contractor in the Riverina").message
    assert "AG" not in message


@pytest.mark.parametrize(
    "typed",
    ["Excel rota for 60 drivers, no missed shifts in a year",
     "Excel stock sheet for the whole bar, counted weekly"],
)  # fmt: skip
def test_a_product_typed_with_its_capital_is_no_verb_in_the_example(typed):
    message = _check(typed).message
    assert "I excel" not in message
    assert "I Excel" not in message


@pytest.mark.parametrize(
    ("typed", "asked"),
    [("i spent 3 years fitting kitchens at oak tree joinery in leeds", "oak tree joinery"),
     ("i did 2 years of rewires for bright spark electrical before this",
      "bright spark electrical"),
     ("i was 5 years on the tools at red rock plumbing", "red rock plumbing")],
)  # fmt: skip
def test_a_firm_typed_in_lower_case_is_asked_about(typed, asked):
    assert f"“{asked}”" in _check(typed).message


@pytest.mark.parametrize(
    "typed",
    ["i spent 3 years cleaning private swimming pools in summer",
     "i did 2 years of domestic electrical work before this",
     "i was 5 years on the tools doing general plumbing",
     "i fitted kitchens for local builders for 4 years"],
)  # fmt: skip
def test_trade_words_in_lower_case_are_not_asked_about(typed):
    assert "may be a name" not in _check(typed).message


@pytest.mark.parametrize(
    ("typed", "at"),
    [("i was 5 years at oak tree joinery huddersfield before this", "oak tree joinery"),
     ("i did 3 years of installs with blue sky roofing", "blue sky roofing")],
)  # fmt: skip
def test_a_firm_before_its_town_is_asked_about(typed, at):
    assert f"“{at}”" in _check(typed).message


@pytest.mark.parametrize(
    "typed",
    ["Cement From One Supplier For Every Pour, A Slump Test On Every Truck, And I Will Sign "
     "Off Each Load",
     "Colour-coded tags on every bin, a whiteboard by the dock, and we would check both daily"],
)  # fmt: skip
def test_an_idea_of_things_listed_before_and_i_is_a_note(typed):
    check = _check(typed, "value_idea")
    assert not check.sentences
    assert "I would use the " in check.message


@pytest.mark.parametrize(
    "typed",
    ["Check the van before we leave, a walk round the site, and I will sign it off",
     "I would order cement from one supplier, a slump test on every truck, and I will sign it off"],
)  # fmt: skip
def test_an_idea_said_with_a_verb_stays_in(typed):
    assert _check(typed, "value_idea").sentences


@pytest.mark.parametrize(
    "typed",
    ["Rooms Turned Round By Noon, Fewer Complaints, And Guests Will Come Back",
     "Pallets loaded by 6, less overtime, and drivers will leave on time"],
)  # fmt: skip
def test_a_gain_of_notes_before_and_a_clause_is_a_note(typed):
    check = _check(typed, "value_gain")
    assert not check.sentences
    assert "That should mean " in check.message or "That would mean " in check.message


@pytest.mark.parametrize(
    "typed",
    ["That would mean rooms turned round by noon, fewer complaints, and guests coming back",
     "Your drivers would get home on time, less overtime, and fewer sick days"],
)  # fmt: skip
def test_a_gain_said_as_a_sentence_stays_in(typed):
    assert _check(typed, "value_gain").sentences


@pytest.mark.parametrize(
    "typed",
    ["More bookings will mean more repeat guests, fewer complaints, and staff will stay longer",
     "More bookings means more repeat guests, fewer complaints, and staff will stay longer"],
)  # fmt: skip
def test_a_gain_with_its_own_verb_is_not_taken_for_a_note(typed):
    assert "That would mean more bookings" not in _check(typed, "value_gain").message


@pytest.mark.parametrize(
    ("role", "said"),
    [("French-to-English Translator (Legal)", "French-to-English translator"),
     ("Spanish/English Interpreter", "Spanish/English interpreter"),
     ("Mandarin Tutor", "Mandarin tutor"),
     ("Journeyman Electrician", "journeyman electrician")],
)  # fmt: skip
def test_a_language_in_the_role_keeps_its_capital(role, said):
    # set Z18: "the french-to-english translator role", a bad look for a translator
    from letters.assembly import role_phrase

    assert role_phrase(role) == said
