"""Shorthand and homophones missed in set AA (AA04, AA05, AA07, AA10, AA15, AA18, AA20).

"nt", "acc", "trng", "rm", "gd", "bsc" were offered as letters ("NT?", "ACC?"); "engr",
"sched", "1/mnth", "n MARPOL" stayed while the notice said "spelled out the shorthand";
the same notice was given where nothing was spelled out ("WhatsApp", "talked abuot");
"fewer 2 am call-outs" was asked about as "to"; "15 min walkaround" became "15 minutes
walkaround"; "taking there grain", "more bushels then the year before" and "Basic Life
Suport" were kept. The answers here are invented, from other trades, in the same
patterns; the negative cases must stay as typed."""

import pytest

from tests.letters.letter_helpers import checked_plain, said_plain

# --- shorthand spelled out ------------------------------------------------------------


@pytest.mark.parametrize(
    ("key", "typed", "said"),
    [
        ("value_problem", "you said invoices nt matching the POs", "invoices not matching"),
        ("fit", "i did payroll for 40 accs at a bookkeeping firm", "for 40 accounts"),
        ("fit", "i opened a new acc for every tenant", "a new account for"),
        ("fit", "i did forklift trng for new pickers at the depot", "forklift training"),
        ("value_gain", "That would keep the plant rm clean and safe.", "plant room clean"),
        ("fit", "i am gd with excel and sage", "good with Excel"),
        ("fit", "i worked with the 2nd engr on the boilers", "the 2nd engineer on"),
        ("value_idea", "i would clean the grease traps on sched every week", "on schedule"),
        ("fit", "i have a bsc in nursing from 2019", "BSc in nursing"),
        ("value_gain_detail", "leaks went from 1/mnth to none in a year", "1 a month"),
        ("fit", "I have a CSCS card (site safety) n IPAF for booms", "and IPAF"),
        ("value_gain", "That means fewer 2 am call-outs for the plumber.", "fewer 2 am call-outs"),
    ],
)
def test_shorthand_is_spelled_out(key, typed, said):
    assert said in said_plain(key, typed)


@pytest.mark.parametrize(
    ("key", "typed", "kept"),
    [
        ("fit", "I drove road trains in the NT for 6 years.", "in the NT"),
        ("fit", "I served 8 years in the RM as a driver.", "in the RM"),
    ],
)
def test_capitals_and_labels_stay_as_typed(key, typed, kept):
    assert kept in said_plain(key, typed)


def test_an_account_number_label_is_not_spelled_out():
    check = checked_plain("fit", "I checked the acc no on every invoice.")
    assert "account" not in check.message + " ".join(check.sentences)


@pytest.mark.parametrize(
    ("key", "typed", "letters"),
    [
        ("value_problem", "you said invoices nt matching the POs", "NT?"),
        ("fit", "i did forklift trng for new pickers", "TRNG?"),
        ("fit", "i am gd with excel and sage", "GD?"),
        ("closing", "thanks po for the interview, hope to hear from you soon", "PO?"),
    ],
)
def test_shorthand_is_not_offered_as_capitals(key, typed, letters):
    assert letters not in checked_plain(key, typed).message


def test_po_is_named_as_a_polite_word_and_left_out():
    check = checked_plain("closing", "thanks po for the interview, hope to hear soon")
    assert "left out “po”, a polite word" in check.message
    assert " po " not in f" {' '.join(check.sentences)} "


def test_spore_is_asked_about_not_spelled():
    check = checked_plain("question", "is the crew joining in spore or in Dubai?")
    assert "spore" in " ".join(check.sentences)
    assert "Singapore" in check.message


# --- the notice says only what was done -------------------------------------------------


@pytest.mark.parametrize(
    ("key", "typed"),
    [
        (
            "value_idea",
            "I would send each family a WhatsApp note every month and I would put the "
            "lesson times on YouTube for the parents",
        ),
        ("connection", "we talked abuot how the night shift runs in the bakery."),
    ],
)
def test_no_shorthand_spelled_out_is_not_claimed(key, typed):
    check = checked_plain(key, typed)
    assert "shorthand" not in check.message
    assert "about about" not in " ".join(check.sentences)


def test_shorthand_left_is_named_not_claimed_done():
    message = checked_plain("question", "is the job in spore? n when is the medical sched?")
    assert "spelled out the shorthand we are sure of" in message.message or (
        "spelled out the shorthand" not in message.message
    )


# --- figures and units ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("key", "typed", "said"),
    [
        ("value_idea", "I would do a 15 min walkaround before each shift", "15-minute walkaround"),
        ("value_idea", "I would run a 10 min toolbox talk every morning", "10-minute toolbox"),
        ("value_idea", "I would add a 5 min handover at every bed", "5-minute handover"),
        ("value_gain_detail", "waits went from 30 to 15 min walking the yard", "15 minutes"),
    ],
)
def test_a_span_before_a_noun_is_hyphenated(key, typed, said):
    assert said in said_plain(key, typed)


@pytest.mark.parametrize(
    ("typed", "time"),
    [
        ("That would mean fewer 2 am call-outs for the on-call nurse.", "2 am"),
        ("That would mean no more 4am starts for the bakers.", "4am"),
        ("That would mean fewer 2 pm rushes at the counter.", "2 pm"),
    ],
)
def test_a_time_is_never_to_or_for(typed, time):
    check = checked_plain("value_gain", typed)
    assert time in " ".join(check.sentences)
    assert "(“to”?)" not in check.message and "(“for”?)" not in check.message


# --- homophones and typos -------------------------------------------------------------


@pytest.mark.parametrize(
    ("key", "typed", "said"),
    [
        ("value_problem", "You said tenants are moving there cars to the street.", "their cars"),
        ("value_problem", "You said farmers are taking there grain elsewhere.", "their grain"),
        ("value_idea", "I would stop drivers leaving there trucks idling.", "their trucks"),
        (
            "value_gain_detail",
            "We took in 300 more loads then the year before.",
            "more loads than the year before",
        ),
        ("value_gain_detail", "We sold fewer pies then last year at the fair.", "than last year"),
    ],
)
def test_homophones_and_capitalised_typos_are_mended(key, typed, said):
    assert said in said_plain(key, typed)


@pytest.mark.parametrize(
    ("key", "typed", "kept"),
    [
        ("fit", "I worked there years ago as a porter.", "there years ago"),
        ("value_idea", "I would park there every morning at six.", "park there every"),
        ("value_idea", "I would run more checks then the numbers would drop.", "checks then the"),
    ],
)
def test_other_readings_stay(key, typed, kept):
    assert kept in said_plain(key, typed)


@pytest.mark.parametrize(
    ("typed", "asked"),
    [
        ("I have Basic Life Suport from the Red Cross.", "did you mean “Support”?"),
        ("I have a Food Hygeine Certificate from 2022.", "did you mean “Hygiene”?"),
        ("I did the Advanced Fire Safty Course at the depot.", "did you mean “Safety”?"),
    ],
)
def test_a_capitalised_typo_in_a_course_name_is_asked_about(typed, asked):
    check = checked_plain("fit", typed)
    assert asked in check.message
    assert typed.rstrip(".") in " ".join(check.sentences)  # the capitals kept as typed


@pytest.mark.parametrize(
    "typed",
    [
        "I built the termbase for the team in Trados Studio.",
        "My mother taught Grade 4 in Paarl East.",
        "I stayed in Queen Idia Hall at the university.",
    ],
)
def test_a_name_is_not_asked_about_as_a_typo(typed):
    check = checked_plain("connection", typed)
    assert "did you mean" not in check.message
    assert "spelling" not in check.message


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("Please pass my thanks to Engr. Balogun.", "Engr. Balogun"),
        ("I raised a PO for every order.", "PO"),
    ],
)
def test_titles_and_orders_stay(typed, kept):
    check = checked_plain("fit", typed)
    assert "engineer" not in check.message.lower()
    assert "polite word" not in check.message
