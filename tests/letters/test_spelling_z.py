"""Trade words, typos without a guess, names and stray spaces (sets Z and Y): a trade's
own word is kept ("lyne arm", "feinty", "doulas"), a word of the interview's details is
the user's own, an acronym in capitals is no typo ("PADI"), a typo the wizard cannot mend
for certain is offered its likely word ("did you mean “certificate”?"), a name typed in
lower case in the details keeps its capital in the answers, a name capitalised in one
answer is capitalised after "in" in another, and a space before "?" is dropped."""

from letters.answer_case import Facts
from letters.fragments import check_answer
from tests.letters.letter_helpers import letter_draft_json


def _said(check):
    return " ".join(check.sentences)


def _all(check):
    return check.message + (check.fix or "")


def _answers_file(**fields):
    base = {
        "recipient": "Ms Ana Ruiz",
        "sender": "Sam Lee",
        "company": "Harbour Works",
        "role": "Operator",
        "decision_maker": True,
        "interview_date": "2026-11-24",
        "discussed": "",
        "problem": "",
        "answers": {},
    }
    return base | fields


def _notices(result):
    return " ".join(n["message"] for n in result["notices"])


# --- 1. trade words are kept ----------------------------------------------------------


def test_a_distillers_lyne_arm_is_kept_not_made_a_line_arm():
    check = check_answer(
        "value_idea", "I would check the angle of the lyne arm on the spirit still", facts=Facts()
    )
    assert "lyne arm" in _said(check)
    assert "line arm" not in _all(check)


def test_trade_words_the_dictionary_lacks_get_no_we_do_not_know_notice():
    for key, typed in [
        ("connection", "our grandfathers worked in the same cooperage in the sixties"),
        ("value_problem", "the new make is coming off the still heavy and feinty"),
        ("value_gain_detail", "13th month persistency went from 71% to 78% in a year"),
        ("value_idea", "I would service the chlorinators on every pool each week"),
    ]:
        assert "We do not know" not in check_answer(key, typed, facts=Facts()).message, typed


def test_the_plural_of_the_role_is_no_unknown_word():
    facts = Facts(role="Birth and Postpartum Doula", recipient="Tamara Hollis")
    check = check_answer(
        "question", "Do you pair new doulas with a backup doula for on-call weeks?", facts=facts
    )
    assert "doulas" not in check.message


def test_a_word_of_the_interviews_details_is_the_users_own(tmp_path):
    # a massage therapist's "hilot" (the role), a poultry farm's "kienyeji" (the talk),
    # a cybersecurity analyst's "phishing" typed in lower case beside capitals
    for role, discussed, idea, word in [
        (
            "Hilot Therapist",
            "the spa's hilot package",
            "I would offer hilot to hotel guests",
            "hilot",
        ),
        (
            "Poultry Supervisor",
            "the kienyeji flock and the Kuroiler birds",
            "I would keep the kienyeji birds apart from the broilers",
            "kienyeji",
        ),
        (
            "Security Analyst",
            "SOC, phishing, Splunk",
            "i would run monthly phishing tests and short training",
            "phishing",
        ),
    ]:
        result = letter_draft_json(
            _answers_file(role=role, discussed=discussed, answers={"value_idea": idea}), tmp_path
        )
        said = _notices(result)
        assert f"We do not know “{word}”" not in said, word
        assert f"“{word}” may be a name" not in said, word
        assert word in result["body"]


def test_an_acronym_in_the_role_is_no_typo(tmp_path):
    for role in ("PADI Dive Instructor", "SAIT Welding Instructor"):
        result = letter_draft_json(_answers_file(role=role), tmp_path)
        assert "may have a typo" not in _notices(result), role


def test_a_typo_in_the_role_is_still_asked_about(tmp_path):
    result = letter_draft_json(_answers_file(role="Senior Care Assitant"), tmp_path)
    assert "“assitant” (“assistant”?)" in _notices(result)


def test_real_typos_are_still_corrected():
    check = check_answer("closing", "I hope to recieve your answer soon", facts=Facts())
    assert "receive" in _said(check)
    assert "recieve" not in _said(check)


def test_a_typo_typed_in_the_details_too_is_still_a_typo(tmp_path):
    # the raft captain's "captins" is in the talk's notes as well: still a slip of the role
    result = letter_draft_json(
        _answers_file(
            role="Raft Captain",
            discussed="how many captins they have now",
            answers={"question": "do the captins work on rotation?"},
        ),
        tmp_path,
    )
    assert "Do the captains work on rotation?" in result["body"]


def test_a_slip_of_a_word_in_the_role_is_corrected_where_two_words_were_close():
    # "captins": "captains" or "captions"; the role says which
    for role, typed, meant in [
        ("Raft Captain", "the other captins and I run the river together", "captains"),
        ("Boat Captain", "I trained three new captins last season", "captains"),
    ]:
        check = check_answer("fit", typed, facts=Facts(role=role))
        assert meant in _said(check), typed


# --- 2. a typo with no certain fix is offered its likely word --------------------------


def test_a_typo_not_mended_is_offered_its_likely_word():
    for key, typed, typo, meant in [
        ("fit", "I have Red Cross first aid and lifeguard certificat", "certificat", "certificate"),
        ("value_idea", "I would do a 5 minit welcome at the start", "minit", "minute"),
        ("value_idea", "I would make a wattsapp group with the drivers", "wattsapp", "whatsapp"),
    ]:
        message = check_answer(key, typed, facts=Facts()).message
        assert f"“{typo}”" in message
        assert f"did you mean “{meant}”?" in message, typed


def test_a_word_with_no_likely_neighbour_is_asked_about_without_a_guess():
    # a dialect word (a grandfather) and a food name: no "did you mean"
    for typed in ("my granda was a cooper too", "we ate mici at the site on fridays"):
        message = check_answer("connection", typed, facts=Facts()).message
        assert "did you mean" not in message, typed


# --- 3. capitals of names --------------------------------------------------------------


def test_the_readers_first_name_typed_in_lower_case_is_capitalised(tmp_path):
    for recipient, closing, name in [
        ("mr noel o'sullivan", "happy to go through the tag idea with you anytime noel", "Noel"),
        ("ms aoife brennan", "thanks aoife for your time, talk soon", "Aoife"),
        # not a second thanks, which is cut whole since set AB
        ("mr tendai moyo", "good luck with the new crane tendai, hope to hear from you", "Tendai"),
    ]:
        result = letter_draft_json(
            _answers_file(recipient=recipient, answers={"closing": closing}), tmp_path
        )
        assert name in result["body"], closing
        assert name.lower() not in result["body"].split(), closing


def test_a_name_written_with_its_capitals_keeps_its_particles_as_written(tmp_path):
    result = letter_draft_json(
        _answers_file(
            recipient="Mr Pieter van der Merwe",
            answers={"closing": "Thank you for your time Mr van der Merwe, talk soon."},
        ),
        tmp_path,
    )
    assert "van Der" not in result["body"] + _notices(result)


def test_a_product_typed_all_in_lower_case_in_the_notes_is_still_asked_about(tmp_path):
    result = letter_draft_json(
        _answers_file(
            discussed="the bakkie, servicetrak on the phone",
            answers={"question": "is servicetrak on the phone or a tablet?"},
        ),
        tmp_path,
    )
    assert "We do not know “servicetrak”" in _notices(result)


def test_a_word_the_answers_capitalise_as_a_product_is_capitalised_after_in(tmp_path):
    for fit, idea, name in [
        (
            "30 modules built in Storyline and Rise",
            "i would cut the big modules into short chunks in rise",
            "in Rise",
        ),
        (
            "I kept the stock counts in Access and Excel",
            "i would keep the picking log in access for the whole team",
            "in Access",
        ),
        (
            "I ran the crew chat in Teams for two years",
            "i would post the snag list in teams so nobody misses one",
            "in Teams",
        ),
    ]:
        result = letter_draft_json(
            _answers_file(answers={"fit": [fit], "value_idea": idea}), tmp_path
        )
        assert name in result["body"], idea


def test_a_common_word_is_not_capitalised_without_a_name_on_record():
    check = check_answer("value_gain", "That would mean a rise in completion rates.", facts=Facts())
    assert "a rise in completion" in _said(check)


def test_a_word_capitalised_elsewhere_keeps_its_lower_case_where_it_is_no_name(tmp_path):
    result = letter_draft_json(
        _answers_file(
            answers={
                "fit": ["30 modules built in Storyline and Rise"],
                "value_idea": "I would aim for a rise in completion rates by spring.",
            }
        ),
        tmp_path,
    )
    assert "a rise in completion" in result["body"]


# --- 4. a space before a question mark -------------------------------------------------


def test_a_space_before_a_question_mark_or_comma_is_dropped():
    for key, typed, fixed in [
        ("question", "do the crews work on rotation or a fixed day off ?", "fixed day off?"),
        ("question", "is the night shift on a roster , or by choice ?", "roster, or by choice?"),
        ("closing", "thanks so much for your time !", "your time!"),
    ]:
        said = _said(check_answer(key, typed, facts=Facts()))
        assert fixed in said, typed
        assert " ?" not in said and " ," not in said and " !" not in said
