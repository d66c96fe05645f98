"""Issue 19: the checker reads sentences, values what the candidate does for them, checks
the facts the app knows, judges tone by meaning and is fair to strong letters. Each "not
ready" finding keeps the score below 70 and names the fix."""

from datetime import date

import pytest

from letters.quality import RULES, check_letter
from letters.quality.casing import fix_casing
from tests.letters.test_quality import (
    CONTEXT,
    IDEA,
    MOMENT,
    NEXT_STEP,
    QUESTION,
    RESULT,
    RESULT_ELSEWHERE,
    check,
    letter,
)
from tests.letters.test_quality import codes as codes_of

NOT_READY = ["pasted_note", "fragment", "lower_case", "name_case", "title_case",
             "missing_signature"]  # fmt: skip
# Copy-and-paste tells: written for someone else, so capped lower.
COPIED = ["placeholder", "wrong_role", "wrong_day", "wrong_signature", "wrong_person"]


def codes(**overrides) -> list[str]:
    return codes_of(**overrides)


# --- not ready: each keeps the score below 70 and names the fix ---------------------------


@pytest.mark.parametrize(
    ("body", "code"),
    [
        (letter(ask=f"{QUESTION} {NEXT_STEP} Best, [Your Name]"), "placeholder"),
        (letter(result=RESULT.replace("40,000", "XX")), "placeholder"),
        (letter(idea=IDEA.replace("Ledgerly", "<company>")), "placeholder"),
        (letter(idea=f"{IDEA} (check the payout limit??)"), "placeholder"),  # a note to self
        (letter(idea=f"{IDEA} (add the figure from March)"), "placeholder"),
        (letter(ask=f"{QUESTION} {NEXT_STEP}\nprior auths\nthe ev charger job"), "pasted_note"),
        (
            letter(
                ask=f"{QUESTION} {NEXT_STEP} Ten years of payments work in busy teams. "
                "Two banks 2015-2019, one fintech 2020-2024."
            ),
            "fragment",
        ),  # fmt: skip
        (
            letter(ask=f"{QUESTION} {NEXT_STEP} i could start with the matching rules."),
            "lower_case",
        ),  # fmt: skip
        (letter(greeting="Hi maria,"), "name_case"),
        (
            letter(ask=f"{QUESTION} {NEXT_STEP} I Cut Close Times By Half At Brightpath."),
            "title_case",
        ),  # fmt: skip
    ],
)
def test_a_letter_that_is_not_ready_scores_below_70_and_names_the_fix(body, code):
    report = check(body=body)
    (found,) = [f for f in report.findings if f.code == code]

    assert report.score < 70
    assert found.cap == (50 if code in COPIED else 65)
    assert found.fix == RULES[code].fix.format(name="Maria")


# One line that may be meant: points off and the fix, no cap.
@pytest.mark.parametrize(
    ("body", "code"),
    [
        (
            letter(ask=f"{QUESTION} {NEXT_STEP} Ten years of payments work in busy teams."),
            "fragment",
        ),  # fmt: skip
    ],
)
def test_one_ambiguous_slip_takes_points_off_and_names_the_fix_without_a_cap(body, code):
    report = check(body=body)
    (found,) = [f for f in report.findings if f.code == code]

    assert found.cap is None and report.score == 90
    assert found.fix == RULES[code].fix.format(name="Maria")


@pytest.mark.parametrize("mark", ["Can't wait!!", "Thanks :)", "Talk soon 😊"])
def test_emoji_emoticons_and_double_exclamation_marks_read_as_a_text_message(mark):
    report = check(body=letter(ask=f"{QUESTION} {NEXT_STEP} {mark}"))

    assert [f.code for f in report.findings] == ["text_speak"]
    assert report.score == 65


def test_an_ordinary_aside_in_parentheses_is_no_note_to_self():
    aside = f"{IDEA} (The check-in desk saw the same thing.)"

    assert codes(body=letter(idea=aside)) == []


def test_a_list_introduced_by_a_colon_is_no_pasted_note():
    listed = (
        f"{QUESTION} Two things I could set up in my first week:\n"
        "- a nightly matching job for the payouts\n- a review queue for the leftovers\n"
        f"{NEXT_STEP}"
    )
    copied = (
        f"{QUESTION} {NEXT_STEP} From my notes:\n"
        "- the finance team matching Stripe payouts to invoices by hand\n- month-end"
    )

    numbered = listed.replace("- a nightly", "1. A nightly").replace("- a review", "2. A review")

    assert codes(body=letter(ask=listed)) == []
    assert codes(body=letter(ask=numbered)) == []
    assert "pasted_note" in codes(body=letter(ask=copied))


def test_every_not_ready_finding_caps_the_score_at_65_and_a_copy_tell_at_50():
    ready = NOT_READY + COPIED
    assert {code: RULES[code].severity for code in ready} == dict.fromkeys(ready, "error")
    from letters.quality import CAPS

    assert all(CAPS[code] == 65 for code in NOT_READY)
    assert all(CAPS[code] == 50 for code in COPIED)


# --- value: the candidate acts on something real for them ---------------------------------


@pytest.mark.parametrize(
    "offer",
    [
        "If I sketched the reordered flow in Figma, would that help?",
        "I could fill in the test results as we go and have the certificate ready for you to sign.",
        "Happy to pair on the matching job for an hour this week.",
        "Let me know if you'd like a copy of the matching rules.",
        "I've attached the one-page runbook we used.",
        # In the notes' own words, but a hands-on act on two of their things.
        "I could match the Stripe payouts to the invoices by hand for the finance team.",
        "I could start by writing up the matching rules for your two busiest accounts.",
        "Let me know and I'll send over the template we used.",  # "the template": a thing
        "I'd be happy to keep a log of the leftovers for your controller.",
        "I could have a draft of the matching rules on your desk by Monday.",
        "My first step would be to pull last month's unmatched payouts and sort them by cause.",
        "After six years in payments, I could send you the matching rules this week.",
        "I'd be happy to walk you through that.",  # the result told before
        "Let me do that for the next batch of invoices you bring in.",  # "do that": the method
        "Happy to set up the same template for you and run the month-end check.",
    ],
)
def test_offers_are_recognised_by_what_they_mean_not_by_a_verb_list(offer):
    assert "no_value_offer" not in codes(body=letter(ask=f"{QUESTION} {offer}", idea=""))


def test_advice_to_buy_or_hire_in_is_no_value_from_the_candidate():
    advice = "It might be worth you getting quotes from an agency to match the payouts nightly."
    own = "It might be worth trying a nightly job that pairs the payouts with invoices."

    elsewhere = {"result": RESULT_ELSEWHERE, "ask": QUESTION}
    assert "no_value_offer" in codes(body=letter(idea=advice, **elsewhere))
    assert "no_value_offer" not in codes(body=letter(idea=own, **elsewhere))


def test_an_idea_put_forward_as_a_question_is_value_if_it_adds_something_of_the_writers():
    idea = "I wonder whether a nightly job that pairs payouts with invoices would clear it."
    echo = "You could consider the Stripe payouts and invoices at month-end."

    elsewhere = {"result": RESULT_ELSEWHERE, "ask": QUESTION}
    assert "no_value_offer" not in codes(body=letter(idea=idea, **elsewhere))
    assert "no_value_offer" in codes(body=letter(idea=echo, **elsewhere))


@pytest.mark.parametrize(
    "non_offer",
    [
        "I'd love to help with the invoice backlog.",  # echoes the notes, gives nothing
        "I could help the finance team with the Stripe payouts and invoices.",
        "I would love to match the Stripe payouts and invoices for the finance team.",  # a wish
        "I could keep the Stripe payouts and invoices on track for the finance team.",
        "I can communicate with the finance team easily.",  # a skill, not an offer
        "I would bring a lot to the table.",
        "I'd be happy to start as soon as you need me.",  # availability, not an act
        "I'd love to keep in touch.",
        "I would have liked to hear more about the roadmap.",
        "I'd welcome the chance to walk you through my vision.",
        "I would like to express my sincere gratitude for the opportunity.",  # thanks
        "I would be happy to share some ideas that have worked for me.",  # "that": no "it"
        # "a good fit": a noun after an article and an adjective, not an act; "and I am
        # ready" is a new clause, not what the offer acts on.
        "I think I would be a good fit for your finance team and I am ready to work.",
        # Only aims, no act: "help strengthen", "make sure", "leverage ... to enhance".
        "I would be glad to help strengthen the firm's reconciling process and make sure "
        "nothing slips through the cracks.",
        "I would welcome the opportunity to leverage my skill set to enhance the performance "
        "of your payments efforts.",
        # The figure is in the CV clause; the "I could" clause is a claim about oneself.
        "I have six years in payments, and I could hit the ground running and carry a "
        "full caseload quickly.",
        # How the writer feels ("keen") and a search with no method ("help find a
        # solution") offer nothing a coach could point to.
        "I've worked on drainage projects before and I'd be really keen to help find a "
        "solution with you and the team.",
        # When the writer could start is no thing done for them.
        "I would be available to start on Monday 7 December at 3 a.m. if that suits.",
    ],
)
def test_echoes_wishes_and_skills_are_no_offer(non_offer):
    body = letter(result=RESULT_ELSEWHERE, ask=f"{QUESTION} {non_offer}", idea="")
    assert "no_value_offer" in codes(body=body)


@pytest.mark.parametrize("figure", ["10x lifetime value", "a 300% ROI", "110% effort, 24/7"])
def test_figures_with_no_mechanism_are_hollow(figure):
    body = letter(ask=f"{QUESTION} {NEXT_STEP} I will deliver {figure} for Ledgerly.")

    assert "hollow_claim" in codes(body=body)


def test_the_notes_topics_judged_important_and_nothing_more_are_a_hollow_claim():
    parrot = "The Stripe payouts and the invoices are a very important issue for the finance team."
    report = check(body=letter(idea=f"{IDEA} {parrot}"))
    (found,) = [f for f in report.findings if f.code == "hollow_claim"]

    assert found.message == f"Claims with nothing concrete behind them: “{parrot[:69]}…”."
    assert report.score == 85
    # The writer's own reason or figure makes it no parrot.
    own = "Matching payouts is important because a missed refund costs $40 in fees each time."
    assert "hollow_claim" not in codes(body=letter(idea=f"{IDEA} {own}"))


def test_a_letter_with_nothing_for_them_is_not_ready_however_many_names_it_echoes():
    body = letter(
        moment=f"Thank you for Tuesday. {MOMENT}",
        result="The Stripe payouts and the invoices at Ledgerly were a great topic.",
        idea="",
        ask=QUESTION,
    )
    report = check(body=body)

    assert {"no_skill_reminder", "no_value_offer"} <= {f.code for f in report.findings}
    assert report.score < 70


# --- facts the app knows --------------------------------------------------------------------


def test_another_firm_where_the_employer_belongs_is_caught_even_if_not_an_interview():
    body = letter(
        ask=f"{QUESTION} I'd be glad to send the same runbook to Whitmore & Pryce this week."
    )
    report = check(body=body, other_companies=[])

    assert [f.code for f in report.findings] == ["other_company"]
    assert report.findings[0].message == "The letter names Whitmore & Pryce where Ledgerly belongs."
    assert report.score == 20


ROOFING = {"company": "Summit Roofing Co.", "known_names": ["Summit Roofing Co."]}


def test_another_trade_firm_spoken_of_as_the_readers_own_is_caught():
    # "You mentioned that Ridgeline Roofing keeps ...": the reader's firm, named wrong,
    # though it shares "Roofing" with the employer and is none of the user's interviews.
    moment = (
        "You mentioned that Ridgeline Roofing keeps over-ordering shingles on tear-offs, "
        "and the returns eat into margin."
    )
    report = check(body=letter(moment=moment), other_companies=[], **ROOFING)

    assert [f.code for f in report.findings] == ["other_company"]
    assert report.findings[0].message == (
        "The letter names Ridgeline Roofing where Summit Roofing Co. belongs."
    )
    # Told once, it may be a supplier or a rival they spoke of: points off, no cap.
    assert report.score == 85
    # Named again, the reused letter shows: it caps.
    again = f"{NEXT_STEP} I can start on the Ridgeline backlog in my first week."
    report = check(body=letter(moment=moment, ask=again), other_companies=[], **ROOFING)
    assert report.score == 20


def test_the_short_form_of_another_firm_reused_in_an_offer_is_caught():
    moment = f"Thank you for the tour of the Ridgeline Roofing yard on Saturday. {MOMENT}"
    offer = "I'd be glad to do the order check on the next five Ridgeline jobs."
    report = check(body=letter(moment=moment, ask=f"{QUESTION} {offer}"), other_companies=[],
                   **ROOFING)  # fmt: skip

    assert "other_company" in [f.code for f in report.findings]
    assert "The letter names Ridgeline Roofing where Summit Roofing Co. belongs." in [
        f.message for f in report.findings
    ]
    assert report.score == 20


def test_a_former_employers_short_form_in_the_writers_own_story_is_no_other_firm():
    result = "At my last firm, Acme Roofing, I ran the measure on every job for six years."
    offer = "I'd be glad to bring the Acme checklist to your next tear-off."
    body = letter(result=result, ask=f"{QUESTION} {offer}")

    assert "other_company" not in codes(body=body, other_companies=[], **ROOFING)


@pytest.mark.parametrize(
    "sentence",
    [
        # the writer's former employer
        "At my last firm, Acme Heating, I measured every roof after tear-off.",
        # a supplier or a rival acting on the reader's business
        "You mentioned that Beacon Roofing keeps shorting your deliveries.",
        # software, not a firm
        "You said that Google Sheets keeps losing the order list.",
        # the employer itself by its first word
        "You mentioned that Summit Roofing keeps over-ordering shingles on tear-offs.",
    ],
)
def test_a_former_employer_a_supplier_or_software_is_not_another_firm(sentence):
    body = letter(moment=f"{MOMENT} {sentence}")

    assert "other_company" not in codes(body=body, other_companies=[], **ROOFING)


def test_the_writers_own_former_employer_is_no_copied_letter():
    assert codes(body=letter(result=RESULT.replace("At Brightpath", "At Harlow Industries"))) == []


def test_a_name_before_a_store_or_a_site_is_a_place_not_another_firm():
    moment = f"{MOMENT} You said the Dayton and Kettering offices lose the most payouts."

    assert "other_company" not in codes(body=letter(moment=moment))
    copied = f"{QUESTION} I'd be glad to send the same runbook to the Harlow Industries team."
    assert "other_company" in codes(body=letter(ask=copied), other_companies=[])


def test_a_former_workplace_followed_by_i_is_the_writers_own_wherever_it_stands():
    # The firm is the writer's past when "I" or "we" follows it, even mid-sentence and with
    # "you" later in the sentence.
    result = (
        "On nights at Harlow Industries I matched 40,000 payouts a month, the same backlog "
        "you described, and cut month-end close from six days to three."
    )

    assert "other_company" not in codes(body=letter(result=result))
    back = f"{RESULT} Back at Harlow Industries you could set your watch by our close."
    assert "other_company" not in codes(body=letter(result=back))


def test_the_interview_day_the_role_and_the_signature_are_checked_when_known():
    body = letter(moment=f"Thank you for Tuesday. {MOMENT}")

    assert codes(body=body, interview_date=date(2026, 3, 3)) == []  # a Tuesday
    assert codes(body=body, interview_date=date(2026, 3, 5)) == ["wrong_day"]
    assert codes(sender="Daniel Reyes") == []
    assert codes(sender="Dan Reyes") == []  # the surname will do
    assert codes(subject="Data Analyst at Ledgerly: an idea") == ["wrong_role"]


@pytest.mark.parametrize(
    ("subject", "role"),
    [
        ("Technician interview: the flame sensor idea", "HVAC Service Tech"),
        ("Rep role: the renewals idea", "Inside Sales Representative"),
        ("Electrician: certificates the same day", "Electrical Improver"),
        ("Developer role: flaky tests", "Backend Engineer"),
    ],
)
def test_a_short_form_or_the_same_job_names_the_role(subject, role):
    assert "wrong_role" not in codes(subject=subject, role=role)


def test_the_signature_is_the_line_after_the_last_sign_off():
    # "Thank you." then "Kind regards," then the name (found by the wizard's helper).
    body = letter(signature="Thank you.\nKind regards,\nDaniel Reyes")

    assert "wrong_signature" not in codes(body=body, sender="Daniel Reyes")
    assert "wrong_signature" in codes(body=body, sender="Alex Morgan")


def test_a_sign_off_with_no_name_under_it_is_not_ready_when_the_sender_is_known():
    body = letter(signature="Thank you again.\nKind regards,")

    assert codes(body=body, sender="Daniel Reyes") == ["missing_signature"]
    assert check(body=body, sender="Daniel Reyes").score == 65
    # A note that simply ends with its last sentence has no sign-off to sign under.
    assert codes(body=letter(signature=""), sender="Daniel Reyes") == []


def test_one_or_two_short_spoken_sentences_among_proper_ones_are_no_fragment():
    spoken = letter(moment=f"Quick follow-up from Thursday. {MOMENT}",
                    idea=f"{IDEA} Three weeks, start to finish.")  # fmt: skip

    assert codes(body=spoken) == []
    assert check(body=spoken).score == 100


def test_a_letter_of_short_verbless_lines_is_told_it_reads_as_notes():
    notes = letter(
        moment="Quick follow-up from Thursday. Great tour.",
        result="Same idea for your vans.",
        idea="Three weeks, start to finish.",
    )
    report = check(body=notes)
    (found,) = [f for f in report.findings if f.code == "fragment"]

    assert found.message.startswith("This reads as a note, not a sentence: “Quick follow-up")
    assert report.score <= 65


@pytest.mark.parametrize(
    "spoken",
    [
        "Three weeks, start to finish, from the last fixture to the final payment.",
        "One page, posted in the office.",
    ],
)
def test_a_phrased_verbless_sentence_for_effect_among_proper_ones_is_no_fragment(spoken):
    report = check(body=letter(idea=f"{IDEA} {spoken}"))

    assert [f.code for f in report.findings] == []
    assert report.score == 100


def test_a_letter_made_of_phrased_verbless_lines_still_reads_as_notes():
    notes = letter(
        moment="Door hanging, twenty a day, previous site.",
        result="Nine years, kitchens and skirting.",
        idea="Three weeks, start to finish.",
    )
    report = check(body=notes)

    assert "fragment" in [f.code for f in report.findings]
    assert report.score <= 65


def test_a_lower_case_word_after_an_ellipsis_or_a_closing_quote_goes_on_with_the_sentence():
    slip = (
        'We gave each child a two-line "Today I..." slip at pick-up, and parents said '
        '"Finally!" when they saw it.'
    )
    report = check(body=letter(idea=f"{IDEA} {slip}"))

    assert [f.code for f in report.findings] == []
    assert report.score == 100


@pytest.mark.parametrize(
    "note", ["Both from Cleveland, talked Browns.", "Shrink 2.9% to 1.2% at my last store."]
)
def test_a_note_with_its_subject_or_verb_left_out_is_a_fragment_even_alone(note):
    report = check(body=letter(moment=f"{MOMENT} {note}"))

    assert [f.code for f in report.findings] == ["fragment"]
    assert report.findings[0].message == f"This reads as a note, not a sentence: “{note}”."
    assert report.score == 90  # alone it may be meant: points off, no cap


def test_a_generic_greeting_is_generic_even_when_the_recipient_is_on_record_that_way():
    report = check(body=letter(greeting="Dear Hiring Team,"), recipient_name="Hiring Team")

    assert [f.code for f in report.findings] == ["generic_greeting"]
    assert report.findings[0].fix.startswith("Open with “Dear FirstName,”")
    assert report.findings[0].cap is None  # nobody named to greet instead


def test_another_meeting_beside_the_interviews_own_day_is_not_a_wrong_day():
    body = letter(moment=f"Thank you for Tuesday, and for the tour on Monday. {MOMENT}")

    assert codes(body=body, interview_date=date(2026, 3, 3)) == []  # a Tuesday
    assert codes(body=body, interview_date=date(2026, 3, 5)) == ["wrong_day"]


def test_a_tool_written_in_lower_case_by_its_makers_may_start_a_sentence():
    sentence = "dbt tests caught 40 bad joins in the first month."

    assert codes(body=letter(ask=f"{QUESTION} {NEXT_STEP} {sentence}")) == []
    lowered = "the tests caught 40 bad joins in the first month."
    assert "lower_case" in codes(body=letter(ask=f"{QUESTION} {NEXT_STEP} {lowered}"))


@pytest.mark.parametrize("greeting", ["Hi Chef,", "Dear Captain,", "Maria -", "Hi Maria,"])
def test_a_rank_or_a_dashed_name_greets_the_recipient(greeting):
    assert codes(body=letter(greeting=greeting)) == []


def test_a_plan_for_another_day_is_not_a_wrong_day():
    body = letter(ask=f"{QUESTION} I could bring a sketch of the job on Friday.")

    assert codes(body=body, interview_date=date(2026, 3, 3)) == []


# --- tone, by meaning ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        ("I'm sorry I rambled about the ledger.", "apology"),
        ("Apologies for my nerves when you asked about queues.", "apology"),
        ("My old manager there was clueless about payouts.", "blame"),
        ("It was not my fault that the close slipped.", "blame"),
        ("Management never backed the analysts and the supervisors played favourites.", "blame"),
        ("My supervisor there had it out for me from day one.", "blame"),
        ("My salary expectation is firm.", "salary_demand"),
        ("I would need an hourly rate of at least $90 an hour.", "salary_demand"),
        ("Let's skip the rest of the process and go straight to an offer.", "pressure"),
        ("I have two other offers, so I need your decision by Friday.", "pressure"),
        ("I know I didn't interview well on Tuesday.", "apology"),
        ("Sorry again for going blank on the scheduling question.", "apology"),
        ("I was a bundle of nerves and I don't think I showed you who I am.", "apology"),
        ("My previous employer treated us terribly.", "blame"),
        ("Honestly, the management there was the reason I left.", "blame"),
        ("The reason I'm leaving is that the clinic manager there was disorganised.", "blame"),
        ("What is the pay range for this role?", "salary_demand"),
        ("I'm currently earning $85,000, so I'd expect more.", "salary_demand"),
        ("If I don't hear back by Monday I'll accept another position.", "pressure"),
        ("I don't see the point of the ride-along step.", "pressure"),
        ("Please make a decision quickly, as I have other options.", "pressure"),
        ("I have been out of work for months and my rent is due.", "begging"),
        ("The foreman there was a clown who blamed the guys on the floor.", "blame"),
        ("The owner took his side because they go fishing together.", "blame"),
        ("That place is going under anyway, so no loss.", "blame"),
        ("My old company is a sinking ship, so I'm out.", "blame"),
        ("My old gaffer was a clown and everyone knew it.", "blame"),
    ],
)
def test_tone_families_are_caught_by_meaning(sentence, code):
    report = check(body=letter(ask=f"{QUESTION} {NEXT_STEP} {sentence}"))

    assert code in [f.code for f in report.findings]
    assert report.score <= 50


@pytest.mark.parametrize(
    "sentence",
    [
        "Sorry to hear the close slipped again in March.",
        "At my last job the rota was chaotic until I rebuilt it.",
        "My supervisor and I traced the fault to a loose neutral in the panel.",
        "I'm sorry to hear the interview schedule ran late.",
        "The screen went blank and I rebooted the scanner.",
        "I could see the point you made about the queue.",
        "I built the PTO calendar for 40 nurses.",
        "I currently make the schedule for 12 drivers.",
        "The benefits of a phased rollout are clear from the pilot.",
        "New hires were never trained on the scanner, so I wrote a guide.",
        "We saved $1.2M a year, at least on paper.",
        "I can have the sketch with you by Friday.",
        "My last shop closed in March, so I'm looking for steady work.",
        "The foreman and I reworked the fillet welds on the night shift.",
        "I'd take the side of the crew on the floor when a drawing changes.",
        "I joined a firm that was going under and turned its books around in a year.",
        "My old manager and I shared a joke about the rota on my last day.",
        "A colleague was bullied by a customer, so I stepped in and called my manager.",
    ],
)
def test_look_alikes_of_the_tone_families_pass(sentence):
    assert codes(body=letter(ask=f"{QUESTION} {NEXT_STEP} {sentence}")) == []


def test_a_promise_beside_one_echoed_noun_is_hollow_a_mechanism_is_not():
    hollow = "I will transform your invoices with world-class execution."
    mechanism = "A nightly matching job would reduce the invoice backlog."

    assert "hollow_claim" in codes(body=letter(ask=f"{QUESTION} {NEXT_STEP} {hollow}"))
    assert "hollow_claim" not in codes(body=letter(ask=f"{QUESTION} {NEXT_STEP} {mechanism}"))


def test_one_or_two_hedges_are_natural_a_letter_full_of_them_undersells():
    two = "I think the matching rules would maybe cover most of it."
    many = (
        "I might possibly be able to help, if it's not overstepping; I suppose it's just a "
        "thought, and I'm sure your team has already tried it."
    )

    assert "hedging" not in codes(body=letter(ask=f"{QUESTION} {NEXT_STEP} {two}"))
    report = check(body=letter(ask=f"{QUESTION} {NEXT_STEP} {many}"))
    (hedging,) = [f for f in report.findings if f.code == "hedging"]
    assert hedging.weight == RULES["hedging"].weight
    assert "“possibly”" in hedging.message


# --- fairness to strong letters -------------------------------------------------------------


@pytest.mark.parametrize(
    "words",
    ["metadata", "anonymized", "anonymised", "comp", "auth", "EICR", "colour", "organised"],
)
def test_us_and_uk_spellings_and_trade_words_are_not_spelling_mistakes(words):
    body = letter(ask=f"{QUESTION} {NEXT_STEP} The {words} question came up as well.")

    assert "spelling" not in codes(body=body)


@pytest.mark.parametrize(
    "result",
    [
        "At Brightpath the share of payouts matched on the first pass went from about half "
        "to nearly 90% in a year.",
        "At Brightpath our matched payouts went from roughly 60% to 95%.",
    ],
)
def test_a_change_from_one_figure_to_another_is_a_result(result):
    assert "no_skill_reminder" not in codes(body=letter(result=result))


def test_hands_on_work_at_a_named_workplace_is_experience_without_a_number():
    result = (
        "In my last year at Brightpath I wrote the matching rules for the payout exports and "
        "ran the reconciliation jobs every night."
    )
    moved = "In my last year at Brightpath I enjoyed the people and learned a lot about payments."

    assert "no_skill_reminder" not in codes(body=letter(result=result))
    assert "no_skill_reminder" in codes(body=letter(result=moved))


def test_dates_are_no_quantities_so_names_places_and_dates_are_no_result():
    body = letter(
        result="I also enjoyed hearing about the regional meeting on January 12 and the "
        "finance offsite in 2019.",
        idea="",
        ask=QUESTION,
    )
    report = check(body=body)

    assert {"no_skill_reminder", "no_value_offer"} <= {f.code for f in report.findings}
    assert report.score < 70


def test_a_change_in_a_yardstick_alone_is_no_result():
    result = "In my last job I improved sales from 10% to 15%."

    assert "no_skill_reminder" in codes(body=letter(result=result))


@pytest.mark.parametrize(
    "word",
    ["techs", "presetter", "presetters", "callbacks", "rebook", "reslotting", "deburr",
     "sharding", "carer", "carers"],
)  # fmt: skip
def test_a_plural_or_agent_noun_of_a_known_word_is_no_spelling_mistake(word):
    body = letter(ask=f"{QUESTION} {NEXT_STEP} The {word} question came up as well.")

    assert "spelling" not in codes(body=body)


def test_a_misspelled_ing_form_of_a_verb_is_still_a_spelling_mistake():
    report = check(body=letter(ask=f"{QUESTION} {NEXT_STEP} The begining was slow."))
    (found,) = [f for f in report.findings if f.code == "spelling"]

    assert found.message == "Possible spelling mistakes: begining (beginning?)."


def test_a_typo_one_letter_from_a_word_ending_in_e_is_still_a_spelling_mistake():
    report = check(body=letter(ask=f"{QUESTION} {NEXT_STEP} I wrote thier rota in March."))
    (found,) = [f for f in report.findings if f.code == "spelling"]

    assert found.message.startswith("Possible spelling mistakes: thier")
    assert report.score == 96


def test_the_senders_name_and_more_sign_offs_are_never_spelling_mistakes():
    unusual = letter(signature="Yours in payments,\nZyrel Quonby")

    assert "spelling" in codes(body=unusual)
    assert "spelling" not in codes(body=unusual, sender="Zyrel Quonby")
    assert "spelling" not in codes(body=letter(signature="With gratitude,\nZyrel Quonby"))


def test_a_word_the_interview_notes_use_is_no_spelling_mistake():
    body = letter(ask=f"{QUESTION} {NEXT_STEP} The station ran out of mise by seven.")

    assert "spelling" in codes(body=body)
    assert "spelling" not in codes(body=body, discussed="prep lists and the mise for the rush")
    assert "spelling" in codes(body=body.replace("ran out", "rann out"))  # typos still count
    assert "spelling" in codes(body=body.replace("by seven", "untill seven"))  # not un+till


def test_the_checker_reads_the_role_and_names_from_the_context_not_the_text():
    # The same context letter_check builds from --recipient and --company.
    report = check_letter(subject="x", body=letter(), **{**CONTEXT, "known_names": []})

    assert "name_case" not in [f.code for f in report.findings]


def test_an_offer_of_aims_alone_is_told_it_offers_nothing_concrete():
    vague = (
        "I would be glad to help strengthen the month-end process and make sure nothing "
        "slips through the cracks."
    )
    report = check(body=letter(result=RESULT_ELSEWHERE, idea=vague, ask=QUESTION))
    (found,) = [f for f in report.findings if f.code == "no_value_offer"]

    assert found.message == (
        "The letter offers nothing concrete: no sketch, checklist, plan or idea for them."
    )
    assert 70 <= report.score <= 85


def test_a_letter_that_opens_by_excusing_its_lateness_is_told_so_and_drops_below_the_best():
    late = "Sorry this is coming a fortnight after our chat, with the move."
    report = check(body=letter(moment=f"{late} {MOMENT}"))

    assert [f.code for f in report.findings] == ["late_apology"]
    assert report.findings[0].message == f"It apologises for writing late: “{late}”."
    assert report.score == 80


@pytest.mark.parametrize(
    "sentence",
    [
        "I was sorry to hear the deliveries have been late for weeks.",  # sympathy
        "Thank you for the tour last week; sorry again that I kept you past five.",
    ],
)
def test_sympathy_or_an_apology_about_something_else_is_no_late_apology(sentence):
    assert "late_apology" not in codes(body=letter(moment=f"{MOMENT} {sentence}"))


# --- precision: what real writers do is not a slip ------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "As a reminder, I've managed a 1,500-device Chromebook fleet in Google Admin and "
        "hold CompTIA A+.",
        "Parents see the photos on Storypark and Seesaw the same day.",
        "I ran the Zentrava fleet on Quorvix and Brindle for two years.",
        "I have my CWB tickets and a B+ in C# from the night course.",
    ],
)
def test_product_and_proper_names_mid_sentence_are_no_title_case(sentence):
    report = check(body=letter(ask=f"{QUESTION} {NEXT_STEP} {sentence}"))

    assert "title_case" not in [f.code for f in report.findings]


def test_title_case_typing_of_ordinary_words_is_still_told_beside_a_product_name():
    typed = "I Cut The Chromebook Backlog By Half At My Last School."
    report = check(body=letter(ask=f"{QUESTION} {NEXT_STEP} {typed}"))
    (found,) = [f for f in report.findings if f.code == "title_case"]

    assert found.message.startswith("Title Case in the middle of a sentence: “I Cut The")
    assert report.score <= 65


def test_the_one_click_case_fix_keeps_product_names_and_lowers_the_typed_words():
    typed = "I Cut The Chromebook Backlog By Half With Storypark."

    assert fix_casing(typed) == "I cut the Chromebook backlog by half with Storypark."


def test_a_list_item_is_judged_with_its_introduction_and_the_rest_of_its_line_as_sentences():
    listed = (
        "What worked at my last club:\n"
        "- every player gets a real role in every session,\n"
        "- a two-minute chat with each player every half-term. Not about football."
    )
    report = check(body=letter(idea=f"{IDEA}\n{listed}\n"))

    assert [f.code for f in report.findings] == []
    assert report.score == 100


def test_a_letter_that_is_only_a_list_of_notes_still_reads_as_notes():
    notes = "Hi Dana,\n\n- Interview Fri\n- Brake comebacks\n- ASE A5, A8\n- Sat ok\n\nAndre"
    report = check(body=notes)

    assert "pasted_note" in [f.code for f in report.findings]
    assert report.score <= 65


@pytest.mark.parametrize(
    "spoken",
    [
        "Quick reminder: 12 years CNC, Mazatrol and G-code, FAI and CMM on AS9100 work.",
        "The drop-out at 13–14.",
    ],
)
def test_a_label_colon_summary_or_a_short_verbless_line_with_one_figure_is_voice(spoken):
    report = check(body=letter(idea=f"{IDEA} {spoken}"))

    assert [f.code for f in report.findings] == []
    assert report.score == 100


def test_jotted_codes_and_dates_and_a_cv_line_opening_with_its_count_are_fragments():
    for note in ["ASE A5, A8.", "Hybrid exp 2019, 2021.", "12 years of CNC work in busy shops."]:
        report = check(body=letter(idea=f"{IDEA} {note}"))

        assert "fragment" in [f.code for f in report.findings], note
        assert report.score <= 90
        # Two of them are notes, not a line for effect: not ready.
        report = check(body=letter(idea=f"{IDEA} {note}", ask=f"{QUESTION} Sat 9/14, Sun 9/15."))
        assert report.score <= 65, note
