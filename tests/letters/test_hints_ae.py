"""Notices that misfired in blind set AE (draft_grades29, issue 19), each tried on other
trades: a full sentence about "your young one" left out as a note, "they" and "he" asked
about as the reader where the answer names the fish or the person they mean, typos that
are no one's trade word ("arnt", "apprentiship") left in, "your a bit worried" kept, a
garbled "add the" for "there" typed for "their", and a garbled "would" in a gain's
example."""

import json
from pathlib import Path

import pytest

from letters.answer_case import Facts
from letters.fragments import check_answer
from letters.management.commands.letter_draft import draft_from

BLIND = Path(__file__).parent / "blind"


def checked(key, typed, **facts):
    facts = {"recipient": "Steve", "company": "Aire Valley Drainage Ltd", **facts}
    return check_answer(key, typed, facts=Facts(**facts))


def used(check):
    return " ".join(check.sentences)


def drafted(answer_file, **answers):
    """The draft of a blind set's answer file, with ``answers`` typed over its own."""
    data = json.loads((BLIND / answer_file).read_text())
    data["answers"] |= answers
    draft, _ = draft_from(data)
    return draft


def said_on(draft, key):
    return " ".join(n.message for n in draft.notices if n.answer == key)


@pytest.mark.parametrize(
    "typed",
    [
        "Your young one plays camogie with my sister for Mallow.",  # hoof trimmer, Cork
        "Your little one goes to the same swim club as my nephew.",
        "You said the old one runs hot after an hour on the press.",
    ],
)
def test_a_sentence_about_one_of_theirs_is_used_not_called_a_note(typed):
    check = checked("connection", typed, recipient="Declan", company="Munster Hoof Care")
    assert check.used, check.message
    assert "note" not in check.message


@pytest.mark.parametrize(
    ("typed", "company"),
    [
        (
            "You mentioned the lumpfish aren't really doing the job they're there for.",
            "Scalloway Salmon Ltd",
        ),
        ("You said the heifers keep slipping in the yard because they have no grip.", "Ag Co"),
        ("You mentioned the hens go off lay when they are moved in winter.", "Hill Eggs"),
    ],
)
def test_they_after_the_animals_it_means_is_not_asked_about_as_the_reader(typed, company):
    assert "If “they” means" not in checked("value_problem", typed, company=company).message


def test_they_for_the_business_is_still_asked_about():
    typed = "You said the cultures keep crashing and they end up buying jellies in."
    said = checked("value_problem", typed, recipient="Ms Lo", company="Bright Bakes").message
    assert "If “they” means Bright Bakes, write “you”" in said


@pytest.mark.parametrize(
    ("key", "typed", "recipient"),
    [
        # drainage engineer: Steve's lad, not Steve
        (
            "connection",
            "You told me your lad is starting an apprenticeship and you're a bit worried "
            "about him.",
            "Steve",
        ),
        # organ builder: the leather specialist, not Peter
        (
            "value_idea",
            "I would learn your leathering methods from your current specialist and take "
            "over the routine work, so he can focus on the difficult parts.",
            "Peter",
        ),
        # site manager named by what he does
        (
            "value_idea",
            "I would walk the site with your site manager each Monday so he has the list.",
            "Ms. Ruiz",
        ),
    ],
)
def test_he_after_someone_named_by_who_they_are_is_not_asked_about(key, typed, recipient):
    said = checked(key, typed, recipient=recipient).message
    assert "the reader, write “you”" not in said


def test_him_with_no_one_else_in_it_is_still_asked_about():
    said = checked("value_idea", "I would go out with him on the first few jobs.").message
    assert "If “him” means Steve, the reader, write “you”" in said


@pytest.mark.parametrize(
    ("key", "typed", "meant"),
    [
        ("value_gain", "Fewer call backs you arnt getting paid for.", "you aren't getting paid"),
        ("fit", "I started a plumbing apprentiship at 17.", "plumbing apprenticeship at 17"),
        ("fit", "I did the bank reconcilations every month.", "bank reconciliations every"),
        (
            "value_problem",
            "You said the drivers wernt logging their hours.",
            "drivers weren't logging",
        ),
    ],
)
def test_a_common_typo_is_corrected_in_the_letter(key, typed, meant):
    check = checked(key, typed)
    assert meant in used(check), check.message


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        (
            "You told me your lad is starting and your a bit worried about him.",
            "and you're a bit worried",
        ),
        ("You said your the only one on nights.", "You said you're the only one"),
    ],
)
def test_your_before_words_no_one_owns_is_written_you_are(typed, meant):
    assert meant in used(checked("connection", typed))


def test_your_before_what_it_may_own_stays():
    check = checked("fit", "I passed your a levels test in June.")
    assert "your a levels" in used(check)


def test_there_typed_for_their_is_named_with_their_not_an_article():
    typed = "I would check if there grease trap is working and getting emptied."
    said = checked("value_idea", typed).message
    assert "write “their”: “their grease trap is”" in said
    assert "the there" not in said


def test_there_is_a_thing_gets_no_their_hint():
    said = checked("value_problem", "You said if there is a blockage the crew waits.").message
    assert "“their”" not in said


def test_a_gain_with_a_clause_about_its_noun_gets_no_garbled_would():
    said = checked("value_gain", "Fewer call backs you aren't getting paid for.").message
    assert "call would back" not in said


def test_a_gain_stated_as_a_fact_is_still_offered_with_would():
    said = checked("value_gain", "Doctor stays on time.").message
    assert "“The doctor would stay on time.”" in said


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        (  # sushi chef, Title Case: the district keeps its capitals
            "I Have 3 Years As Second On The Sushi Counter In Causeway Bay.",
            "on the sushi counter in Causeway Bay.",
        ),
        ("I Did Deliveries Off Sheikh Zayed Road Every Morning.", "off Sheikh Zayed Road"),
        ("I Lifeguarded At Bondi Beach For 2 Summers.", "at Bondi Beach for 2"),
    ],
)
def test_title_case_keeps_a_place_named_after_its_preposition(typed, kept):
    assert kept in used(checked("fit", typed))


def test_title_case_lowers_a_place_with_its_the():
    assert "in the cargo bay for 2 years" in used(
        checked("fit", "I Worked In The Cargo Bay For 2 Years.")
    )


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("I parked trucks in loading bay 4 every night.", "bay 4 every night"),
        ("I served table 2 every week on the terrace.", "table 2 every week"),
    ],
)
def test_a_figure_naming_which_one_stays_a_figure_before_every(typed, kept):
    assert kept in used(checked("fit", typed))


@pytest.mark.parametrize(
    "typed",
    [
        "You said the client docked $ when the spacing was wrong.",  # tree planter
        "You mentioned the crews lose £ every time a load is rejected.",
    ],
)
def test_a_currency_sign_with_no_figure_is_named_as_a_note(typed):
    assert (
        "reads as a note: say it in words, for example “money”"
        in checked("value_problem", typed).message
    )


@pytest.mark.parametrize(
    "typed", ["At my last job we saved $400 a month.", "At my last job we saved 400 $ a month."]
)
def test_a_currency_sign_with_its_figure_is_no_note(typed):
    assert "reads as a note" not in checked("value_gain_detail", typed).message


def _closing_notice(closing):
    organ = "draft_grades29/answers/AE12_pipe_organ_builder_neat.json"
    return said_on(drafted(organ, closing=closing), "closing")


@pytest.mark.parametrize(
    ("closing", "named"),
    [
        (  # organ builder (set AE12): "it" was the console the thanks named
            "Thank you for showing me the Skinner console. I would be glad to help bring it "
            "back to life.",
            "“I would be glad to help bring the Skinner console back to life.”",
        ),
        (
            "Thanks for showing me your smokehouse. I would love to get it running at full "
            "capacity again.",
            "“I would love to get your smokehouse running at full capacity again.”",
        ),
    ],
)
def test_it_after_a_second_thanks_left_out_is_offered_by_name(closing, named):
    said = _closing_notice(closing)
    assert "is left out: your letter already thanks them" in said
    assert named in said


@pytest.mark.parametrize(
    "closing",
    [
        "Thank you for showing me the Skinner console. I can start in May.",
        "Thank you for your time. I look forward to hearing about it.",
        "Thanks for the opportunity. I would love to be part of it.",
    ],
)
def test_a_closing_with_no_it_for_a_thing_gets_no_name_offered(closing):
    assert "meant what your thanks named" not in _closing_notice(closing)


@pytest.mark.parametrize(
    ("key", "typed", "meant"),
    [  # set AF: an art handler and a fish filleter typing fast
        ("fit", "I did condition reports for teh same show adn packing.", "the same show and"),
        ("value_idea", "I woudl check the frames wiht a torch.", "I would check the frames with"),
        (
            "value_gain_detail",
            "Hte frame checks cut damage claims from 9 to 2 a month.",
            "The frame checks cut",
        ),
    ],
)
def test_two_letters_swapped_in_a_short_word_are_corrected(key, typed, meant):
    assert meant in used(checked(key, typed))


def test_teh_before_a_drink_is_malay_for_tea():
    assert "teh tarik and roti" in used(checked("fit", "i sold teh tarik adn roti for 3 years."))


@pytest.mark.parametrize(
    ("typed", "meant"),
    [  # set AF: a leak detection technician typing in Title Case
        (
            "We Talked About Champs And How KC Need To Take Back The Title From Calabar.",
            "and how KC need",
        ),
        ("I Ran The Night Shift On The Old SAP System.", "on the old SAP system"),
    ],
)
def test_title_case_lowers_a_describing_word_before_letters(typed, meant):
    assert meant in used(checked("connection", typed))


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("I Used Opera PMS For 3 Years At The Front Desk.", "Opera PMS"),
        ("I Drove Buses In North Bennet For 2 Years.", "North Bennet"),
    ],
)
def test_title_case_keeps_a_products_word_and_a_place_prefix(typed, kept):
    assert kept in used(checked("fit", typed))


@pytest.mark.parametrize(
    "typed",
    [  # set AF: an auto glass fitter and a leak detection technician
        "The day before a mobile job I would phone the customer and ask for a photo of the "
        "windscreen from inside.",
        "Every morning I would send one list to the repair supervisor with the biggest leaks "
        "at the top.",
    ],
)
def test_an_idea_that_opens_on_when_is_used_not_called_a_note(typed):
    check = checked("value_idea", typed, recipient="Mr. van Wyk", company="Highveld Auto Glass")
    assert check.used, check.message


def test_every_opening_line_thanks_them():
    from letters.assembly import NO_ROLE_THANKS, PANEL_NO_ROLE_THANKS, PANEL_THANKS, THANKS

    for line in (*THANKS, *PANEL_THANKS, *NO_ROLE_THANKS, *PANEL_NO_ROLE_THANKS):
        assert line.startswith(("Thank you for", "Thanks for")), line


@pytest.mark.parametrize(
    ("key", "typed", "meant"),
    [  # set AF: a bridal makeup artist in Lagos typing as she speaks
        ("connection", "You said aunty Bisi was too strict wit blending.", "strict with blending"),
        ("fit", "I am very good wit oily skin.", "very good with oily skin"),
        ("fit", "I can tie gele, all d styles.", "all the styles"),
        (
            "question",
            "Is the studio giving d products or do I come wit my own kit?",
            "giving the products or do I come with my own kit?",
        ),
    ],
)
def test_wit_and_d_said_as_with_and_the_are_spelled_out(key, typed, meant):
    assert meant in used(checked(key, typed, recipient="Mrs. Adeyemi", company="Glow Studio"))


def test_wit_the_noun_stays():
    assert "a dry wit and a steady hand" in used(
        checked("fit", "I have a dry wit and a steady hand.")
    )


@pytest.mark.parametrize(
    ("recipient", "greeted"),
    [
        ("Perit Joseph Camilleri", "Dear Perit Camilleri"),  # set AF17: Malta's architects
        ("Arch. Maria Santos", "Dear Arch. Santos"),  # was "Dear Arch."
        ("Atty. Jose Rizal", "Dear Atty. Rizal"),
        ("Dott. Marco Rossi", "Dear Dott. Rossi"),
        ("Dr. Nora Patel", "Dear Dr. Patel"),
        ("Dana Whitfield", "Dear Dana"),
    ],
)
def test_a_title_before_a_name_is_greeted_with_the_family_name(recipient, greeted):
    from letters.assembly import greeting

    assert greeting(recipient) == greeted


@pytest.mark.parametrize(
    ("typed", "meant"),
    [  # set AF10: an auto glass fitter who writes of himself by name
        (
            "At Germiston, when Sipho started doing this for the Saturday call-outs, wrong "
            "parts dropped from about 6 a month to 1.",
            "when I started doing this",
        ),
        ("After Sipho moved to nights, comebacks fell by half.", "After I moved to nights"),
    ],
)
def test_the_writers_name_after_when_or_after_is_written_i(typed, meant):
    check = checked(
        "value_gain_detail",
        typed,
        recipient="Mr. Pieter van Wyk",
        company="Highveld Auto Glass",
        sender="Sipho Ndlovu",
    )
    assert meant in used(check)


def test_a_licences_letters_after_with_are_not_another_with():
    check = checked("fit", "i have my class 2 licence with w t r endorsements")
    assert "with with" not in used(check)
    assert "licence with w t r endorsements" in used(check)


def test_w_before_a_word_is_still_with():
    assert "I met with owners every week" in used(checked("fit", "i met w owners every week"))


def test_a_span_of_seasons_is_no_figure_a_result_already_gives():
    # the ski patroller's first round: "1 season in Niseko" and "dropped heaps in 1 season"
    draft = drafted(
        "draft_grades30/answers/AF06_ski_patroller_phone_shorthand.json",
        fit=[
            "I've done 2 seasons patrol at Falls Creek and 1 season in Niseko",
            "I have adv resus + oxygen + PHTLS current, done heaps of knee + wrist jobs",
            "I ran the slow zone at Falls Creek in school hols.",
        ],
        value_gain_detail=(
            "Falls Creek merge had way less collisions after the slow zone went in, our "
            "incident reports there dropped heaps in 1 season"
        ),
    )
    assert "already gives" not in said_on(draft, "value_gain_detail")
    assert "in 1 season" in draft.body


@pytest.mark.parametrize(
    "typed",
    [  # set AF14: a telecom technician; "that" left out after a verb of seeing
        "You saw on my CV I did national service in Takoradi.",
        "I read in the advert you need a night driver for the cluster.",
    ],
)
def test_what_was_seen_is_not_split_as_two_sentences(typed):
    assert "two sentences run together" not in checked("connection", typed).message


def test_two_sentences_run_together_are_still_named():
    said = checked("connection", "You like roses I told you about my grandpa's garden.").message
    assert "“You like roses. I told you about my grandpa's garden.”" in said


def test_a_leading_clause_closed_by_its_comma_is_no_run_on():
    typed = (  # set AF19: a treasury analyst
        "In my current role, after we moved to a weekly forecast with variance reviews, we "
        "were able to place about RM5 million more in short-term deposits."
    )
    check = checked("value_gain_detail", typed, recipient="Ms. Nurul", company="Teras Capital")
    assert "two sentences run together" not in check.message
    assert used(check) == typed


def test_a_clause_hung_on_a_sentence_then_a_comma_is_still_a_run_on():
    said = checked("fit", "I cleaned the trucks when we got back, I also did the logs.").message
    assert "and I also did the logs" in said


def test_a_second_thanks_left_out_is_still_told_when_the_rest_is_cut_for_length():
    # set AF03, 222 words as typed
    draft = drafted("draft_grades30/answers/AF03_respiratory_therapist_neat.json")
    said = said_on(draft, "closing")
    assert "“Thank you for arranging the interview around my shift schedule.” is left out" in said
    assert "To keep your letter near" in said


@pytest.mark.parametrize(
    ("typed", "named"),
    [  # set AF12: a screen printer in Austin typing in lower case
        ("you told me you started the shop in a garage off cesar chavez.", "off Cesar Chavez."),
        ("i drove john deere tractors for 3 years.", "John Deere tractors"),
    ],
)
def test_a_family_name_after_a_first_name_takes_its_capital_too(typed, named):
    assert named in used(checked("connection", typed))


def test_a_word_after_a_first_name_stays_a_word():
    assert "Jose said the shop" in used(checked("connection", "jose said the shop was busy."))


@pytest.mark.parametrize(
    ("typed", "named"),
    [
        ("i drove trucks out of st. louis for 3 years.", "out of St. Louis for"),
        ("i grew up near lake murray.", "near Lake Murray."),
    ],
)
def test_a_place_prefix_takes_its_capital_with_the_name_dot_or_none(typed, named):
    assert named in used(checked("fit", typed))
