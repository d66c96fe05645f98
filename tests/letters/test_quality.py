import socket
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from letters import quality
from letters.quality import RULES, Report, check_letter, lexicon, parse_letter_file, similarity

SAMPLES = Path(__file__).parent / "samples"

# The interview each sample letter was written for: (decision-maker, names from the interview).
INTERVIEWS = {
    "accountant_vat_penalties": ("Erik Lindqvist", ["Halvorsen Foods"]),
    "backend_invoice_backlog": ("Maria Gonzalez", ["Ledgerly"]),
    "customer_success_churn": ("Hannah Weiss", ["Brightdesk"]),
    "data_engineer_pipeline_costs": ("Tom Becker", ["Snowflake"]),
    "devops_deploys": ("Sam Whitaker", ["Quillstack"]),
    "event_coordinator_vendor_no_shows": ("Tunde Adeyemi", ["Lumen Hall"]),
    "finance_analyst_forecast": ("Elena Petrova", ["Norvik"]),
    "marketing_cac": ("Jordan Lee", ["Nestwell"]),
    "ml_engineer_fraud_alerts": ("Kenji Nakamura", ["Clearpay"]),
    "nurse_manager_scheduling": ("Helen Bennett", ["St. Mary's Hospital"]),
    "ops_analyst_carrier_audit": ("Ben Carter", ["Halden"]),
    "product_manager_onboarding": ("Chidi Okafor", ["Tillwise"]),
    "sales_ops_crm_cleanup": ("Priya Raman", ["Corvane"]),
    "store_manager_saturday_queues": ("Fiona Grant", ["Harbour Street"]),
    "support_lead_tickets": ("Jessica Moore", ["Kitewire"]),
    "talent_referral_sprint": ("Kwame Mensah", ["Driftline"]),
    "teacher_department_head": ("Anita Patel", ["Hillcrest"]),
    "ux_checkout_delivery_date": ("Ines Duarte", ["Fernhill"]),
    "warehouse_ops_picking": ("Rosa Alvarez", ["Riverside"]),
    "cover_letter_again": ("Jordan Lee", ["Nestwell"]),
    "dear_sir_or_madam": ("Chris Wong", ["Acme"]),
    "great_chatting": ("Ben Carter", ["Halden"]),
    "hello_there": ("Sam Whitaker", ["Quillstack"]),
    "hi_team_checking_in": ("Priya Raman", ["Corvane"]),
    "long_rambling": ("Rosa Alvarez", ["Riverside"]),
    "misspelled_everything": ("Katherine Liu", ["Norvik"]),
    "named_but_empty": ("Maria Gonzalez", ["Ledgerly"]),
    "no_greeting_at_all": ("Hannah Weiss", ["Brightdesk"]),
    "polished_but_empty": ("Ines Duarte", ["Fernhill"]),
    "short_thank_you": ("Jessica Moore", ["Kitewire"]),
    "synergy_note": ("Chidi Okafor", ["Tillwise"]),
    "to_whom_it_may_concern": ("Anita Patel", ["Hillcrest"]),
}
STRONG = sorted((SAMPLES / "strong").glob("*.txt"))
GENERIC = sorted((SAMPLES / "generic").glob("*.txt"))


def check_sample(path: Path) -> Report:
    subject, body = parse_letter_file(path.read_text(encoding="utf-8"))
    recipient, known_names = INTERVIEWS[path.stem]
    return check_letter(
        subject=subject, body=body, recipient_name=recipient, known_names=known_names
    )


def test_there_are_at_least_twenty_samples_and_each_names_its_interview():
    assert len(STRONG) >= 10 and len(GENERIC) >= 10 and len(STRONG + GENERIC) >= 20
    assert sorted(p.stem for p in STRONG + GENERIC) == sorted(INTERVIEWS)


@pytest.mark.parametrize("path", STRONG, ids=lambda p: p.stem)
def test_a_strong_letter_scores_at_least_70_even_without_notes(path):
    assert check_sample(path).score >= 70


def test_every_generic_note_scores_below_every_strong_letter():
    generic = max(check_sample(p).score for p in GENERIC)

    assert generic < 65 < 70 <= min(check_sample(p).score for p in STRONG)


# --- one good letter, and one flaw at a time ------------------------------------

SUBJECT = "Backend Engineer at Ledgerly: an idea for the invoice backlog"
GREETING = "Dear Maria,"
MOMENT = (
    "When you mentioned that the finance team spends two days every month matching Stripe "
    "payouts to invoices by hand, I kept thinking about it on the train home."
)
RESULT = (
    "At Brightpath I built the reconciliation service that matched 40,000 payouts a month "
    "and cut month-end close from six days to three."
)
# A result of the writer's that moved nothing of theirs: with it and no offer, a letter
# offers them nothing (the RESULT above, which cut the very close they are stuck in, is
# their fix shown working: value).
RESULT_ELSEWHERE = (
    "At Brightpath I built the card-retry service that handled 40,000 renewals a week and cut "
    "failed subscription charges from 4% to 1%."
)
IDEA = (
    "One idea for Ledgerly: a nightly job that pairs payouts with invoices by amount and "
    "reference, and sends only the leftovers to a review queue. It could save your team most "
    "of those two days."
)
QUESTION = "Is the backlog worst at month-end, or spread across the month?"
NEXT_STEP = "I'd welcome the chance to walk you through a rough sketch of the job next week."
SIGNATURE = "Best regards,\nDaniel Reyes"
PARTS = {
    "greeting": GREETING,
    "moment": MOMENT,
    "result": RESULT,
    "idea": IDEA,
    "ask": f"{QUESTION} {NEXT_STEP}",
    "signature": SIGNATURE,
}
CONTEXT = {
    "recipient_name": "Maria Gonzalez",
    "company": "Ledgerly",
    "role": "Backend Engineer",
    "known_names": ["Ledgerly", "Backend Engineer"],
    "discussed": "the finance team matching Stripe payouts to invoices by hand",
    "problem": "a two-day invoice backlog at every month-end",
    "other_companies": ["Corvane", "Quillstack"],
}


def letter(**replace: str) -> str:
    """The good letter, with some of its paragraphs replaced ("" drops one)."""
    return "\n\n".join(p for p in ({**PARTS, **replace}).values() if p)


def check(**overrides) -> Report:
    arguments = {"subject": SUBJECT, "body": letter(), **CONTEXT}
    return check_letter(**{**arguments, **overrides})


def codes(**overrides) -> list[str]:
    return [f.code for f in check(**overrides).findings]


FILLER = (
    "Before Brightpath I spent four years on the payments team at a bank, where I looked "
    "after the ledger, the payout exports and the monthly audit files for the finance team."
)
VAGUE_MOMENT = "Thank you for the conversation on Tuesday about the role."
FLAWS = {
    "vague_subject": {"subject": "Following up"},
    "wrong_name": {"body": letter(greeting="Dear Tom,")},
    "misspelled_name": {"body": letter(greeting="Dear Marai,")},
    "generic_greeting": {"body": letter(greeting="Dear Hiring Manager,"), "recipient_name": ""},
    "missing_name": {"body": letter(greeting="Hello,")},
    "other_company": {"body": letter(idea=IDEA.replace("for Ledgerly", "for Corvane"))},
    "placeholder": {"body": letter(idea=IDEA.replace("for Ledgerly", "for [Company]"))},
    "wrong_role": {"body": letter(moment=f"{MOMENT} The Data Analyst role sounds busy.")},
    "wrong_day": {
        "body": letter(moment=f"Thank you for meeting me on Tuesday. {MOMENT}"),
        "interview_date": date(2026, 3, 5),  # a Thursday
    },
    "wrong_person": {
        "body": letter(ask=f"{QUESTION} {NEXT_STEP} I enjoyed meeting you and Sarah."),
        "known_names": ["Ledgerly", "Backend Engineer", "Tom Becker"],  # the panel
    },
    "wrong_signature": {"sender": "Alex Morgan"},
    "missing_signature": {"body": letter(signature="Best regards,"), "sender": "Daniel Reyes"},
    "pasted_note": {
        "body": letter(idea=f"{IDEA}\n- nightly matching job\n- review queue for leftovers")
    },
    "fragment": {
        "body": letter(ask=f"{QUESTION} {NEXT_STEP} The two-day backlog that eats every month-end.")
    },
    "lower_case": {
        "body": letter(ask=f"{QUESTION} {NEXT_STEP} Could i start with the matching rules?")
    },
    "name_case": {"body": letter(greeting="Dear maria,")},
    "text_speak": {
        "body": letter(ask=f"{QUESTION} {NEXT_STEP} I can call u on Friday if that helps.")
    },
    "title_case": {
        "body": letter(
            ask=f"{QUESTION} I Can Walk You Through A Rough Sketch Of The Job Next Week."
        )
    },
    "too_short": {
        "body": letter(
            moment="You mentioned the two-day invoice backlog.",
            result="At Brightpath I cut month-end close from six days to three.",
            idea="One idea: a nightly matching job could clear most of the backlog.",
        )
    },
    "too_long": {"body": letter(result="\n\n".join([RESULT, *[FILLER] * 5]))},
    "long": {"body": letter(result="\n\n".join([RESULT, *[FILLER] * 3]))},
    "no_specific_reference": {
        "body": letter(
            moment=VAGUE_MOMENT,
            idea="One idea: a nightly job that pairs each transfer with its bill by amount "
            "and reference, with a review queue for the rest.",
            ask=f"What would a good first quarter look like in this job? {NEXT_STEP}",
        )
    },
    "no_skill_reminder": {
        "body": letter(result="I have always been good at building reliable backend services.")
    },
    "no_value_offer": {
        "body": letter(
            result=RESULT_ELSEWHERE,
            idea="I would love to hear more about how the finance team works.",
            ask=QUESTION,
        )
    },
    "hollow_claim": {
        "body": letter(ask=f"{QUESTION} {NEXT_STEP} This would boost efficiency and profit.")
    },
    "no_next_step": {
        "body": letter(ask="I hope to hear from you.", idea=IDEA.replace("One idea", "My idea"))
    },
    "begging": {"body": letter(ask=f"{QUESTION} {NEXT_STEP} Please, I really need this job.")},
    "pressure": {
        "body": letter(ask=f"{QUESTION} {NEXT_STEP} I have another offer, so please decide soon.")
    },
    "salary_demand": {
        "body": letter(ask=f"{QUESTION} {NEXT_STEP} My salary expectation is firm, though.")
    },
    "apology": {
        "body": letter(ask=f"{QUESTION} {NEXT_STEP} I'm sorry about my interview answers.")
    },
    "late_apology": {
        "body": letter(
            moment=f"Sorry this comes two weeks after our chat; it was a busy move. {MOMENT}"
        )
    },
    "blame": {"body": letter(result=f"{RESULT} My last manager there was incompetent, sadly.")},
    "talks_down": {"body": letter(moment="Frankly, your current close is a mess.")},
    "hedging": {
        "body": letter(
            ask=f"{QUESTION} {NEXT_STEP} It's just a thought, and perhaps not my place, but "
            "maybe it could help, if it's not overstepping."
        )
    },
    "generic_phrases": {"body": letter(ask=f"{QUESTION} {NEXT_STEP} I'm a great team player.")},
    "spelling": {
        "body": letter(ask=f"{QUESTION} {NEXT_STEP} I'd welcome the chance to recieve feedback.")
    },
    "hard_to_read": {
        "body": letter(
            result=RESULT.replace(
                ".",
                ", which took a year of careful work with the finance, product and "
                "support teams in three countries and two time zones at the same company.",
            )
        )
    },
    "too_similar": {"other_bodies": [letter(greeting="Dear Tom,")]},
    "before_interview": {
        "body": letter(moment=f"Thank you for the interview on Tuesday. {MOMENT}"),
        "interview_starts_at": datetime(2026, 3, 3, 10, tzinfo=UTC),
        "now": datetime(2026, 3, 2, 18, tzinfo=UTC),
    },
    "late": {
        "interview_ended_at": datetime(2026, 3, 2, 15, tzinfo=UTC),
        "now": datetime(2026, 3, 3, 18, tzinfo=UTC),
    },
    "send_soon": {
        "interview_ended_at": datetime(2026, 3, 2, 15, tzinfo=UTC),
        "now": datetime(2026, 3, 3, 13, tzinfo=UTC),
    },
}


def test_the_good_letter_has_nothing_to_fix():
    report = check()

    assert (report.score, report.findings) == (100, ())
    assert 75 <= report.word_count <= 200


def test_every_finding_code_has_a_flawed_example():
    assert sorted(FLAWS) == sorted(RULES)


@pytest.mark.parametrize("code", FLAWS)
def test_each_flaw_alone_is_reported_with_its_code_only(code):
    report = check(**FLAWS[code])

    assert [f.code for f in report.findings] == [code]
    (finding,) = report.findings
    # An ambiguous finding alone takes off its weight within 10-20 points, and no cap.
    weight = RULES[code].weight if finding.sure else min(max(RULES[code].weight, 10), 20)
    expected = 100 - weight
    assert report.score == (expected if finding.cap is None else min(expected, finding.cap))
    assert finding.message and finding.fix


# --- caps: fatal errors cap the score, and say so ---------------------------------


@pytest.mark.parametrize(
    ("code", "overrides", "cap"),
    [
        ("wrong_name", {"body": letter(greeting="Dear Tom,")}, 20),
        ("generic_greeting", {"body": letter(greeting="Dear Hiring Manager,")}, 50),
        ("other_company", FLAWS["other_company"], 20),
        ("too_long", {"body": letter(result="\n\n".join([RESULT, *[FILLER] * 7]))}, 30),
    ],
)
def test_a_fatal_error_caps_the_score_and_names_its_cap(code, overrides, cap):
    report = check(**overrides)

    assert [(f.code, f.cap) for f in report.findings] == [(code, cap)]
    assert report.score == cap
    assert report.as_dict()["findings"][0]["cap"] == cap


def test_a_letter_naming_one_of_the_users_other_interviews_is_capped_even_if_strong():
    report = check(body=letter(moment=MOMENT + " Quillstack's team had the same problem."))

    assert report.score == 20
    assert report.findings[0].message == "The letter names Quillstack, not Ledgerly."


def test_over_300_words_is_capped_but_250_to_300_only_costs_points():
    capped = check(body=letter(result="\n\n".join([RESULT, *[FILLER] * 7])))
    long = check(**FLAWS["too_long"])

    assert capped.word_count > 300 and capped.score == 30
    assert 250 < long.word_count <= 300 and long.score == 85


# --- tone ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "sentence"),
    [
        ("begging", "I am begging you to give me a chance."),
        ("begging", "I'm desperate, please give me a chance."),
        ("pressure", "I need your answer by Friday or I will take another offer."),
        ("pressure", "If I don't hear from you by Monday I will go elsewhere."),
        ("salary_demand", "I won't consider anything under $45 an hour plus a truck."),
        ("salary_demand", "I expect a base salary of $120,000."),
        ("apology", "I'm so sorry about my interview yesterday."),
        ("apology", "I apologize for my nervous answers."),
        ("blame", "My former boss was incompetent."),
        ("blame", "The failure there was not my fault; the team never supported me."),
    ],
)
def test_each_tone_problem_is_a_finding(code, sentence):
    report = check(body=letter(ask=f"{QUESTION} {NEXT_STEP} {sentence}"))

    assert code in [f.code for f in report.findings]
    assert report.score <= 100 - RULES[code].weight


# --- substance, not keywords --------------------------------------------------------

HOLLOW_PARAGRAPH = (
    "You mentioned the challenges your team is facing. At my last job I cut costs by 20%. "
    "One idea could save your team time and money. Would you be open to a call?"
)
BUZZWORDS = (
    "This would streamline the processes, reduce costs, boost profit and increase "
    "efficiency. My solution maximizes productivity and delivers synergies."
)


def corpus_letters():
    from bench.checker_corpus import CORPUS, load_corpus

    contexts, entries = load_corpus()
    for entry in entries:
        context = contexts[entry["context"]]
        subject, body = parse_letter_file((CORPUS / "letters" / entry["file"]).read_text())
        yield (
            entry["file"],
            subject,
            body,
            {
                "recipient_name": context["recipient"],
                "company": context["company"],
                "role": context["role"],
                "discussed": context["discussed"],
                "problem": context["problem"],
                "other_companies": context["other_companies"],
            },
        )


@pytest.mark.parametrize("stuffing", [HOLLOW_PARAGRAPH, BUZZWORDS, f"{BUZZWORDS} {BUZZWORDS}"])
def test_adding_buzzwords_or_a_generic_paragraph_never_raises_a_score(stuffing):
    for name, subject, body, context in corpus_letters():
        before = check_letter(subject=subject, body=body, **context).score
        lines = body.split("\n")
        stuffed = "\n".join([*lines[:-2], "", stuffing, "", *lines[-2:]])

        after = check_letter(subject=subject, body=stuffed, **context).score

        assert after <= before, name


def test_a_benefit_with_nothing_concrete_behind_it_is_a_hollow_claim_and_earns_nothing():
    hollow = letter(idea="One idea could save your team time and money, and streamline it.")

    report = check(body=hollow)

    assert [f.code for f in report.findings] == ["hollow_claim"]
    assert "“One idea could save your team time and money" in report.findings[0].message


@pytest.mark.parametrize(
    "moment",
    [
        "The story about the payout matching by hand stayed with me.",
        "Matching Stripe payouts to invoices by hand is exactly what my last team did.",
    ],
)
def test_a_moment_echoing_the_notes_in_natural_words_is_a_reference(moment):
    assert codes(body=letter(moment=moment)) == []


@pytest.mark.parametrize(
    "result",
    [
        "Six years running payroll for three hospitals taught me the matching rules.",
        "On my last team, close went from six days to three within a quarter.",
        "Build time went from 40 minutes to 12 once we split the job.",
        "Missed payouts fell from one in five to one in fifty.",
    ],
)
def test_a_result_in_natural_words_is_recognised_by_its_shape(result):
    assert codes(body=letter(result=result)) == []


def test_a_rating_that_moved_in_the_writers_own_story_is_a_result_without_a_number():
    story = "At Brightpath we had the same audit finding."
    moved = 'At the next audit the reconciliation section went from "needs work" to "good".'
    theirs = 'You said the reconciliation section went from "good" to "needs work".'

    assert codes(body=letter(result=f"{story} {moved}")) == []
    assert check(body=letter(result=f"{story} {moved}")).score == 100
    assert "no_skill_reminder" in codes(body=letter(result=moved))  # whose story?
    assert "no_skill_reminder" in codes(body=letter(result=f"{story} {theirs}"))


@pytest.mark.parametrize(
    "ask",
    [
        "It saved about 15 hours a week; glad to sketch it for your team.",
        "Happy to walk your leads through it in twenty minutes.",
        "I can bring the matching rules on Thursday.",
        "Shall I send the rule list by Friday?",
    ],
)
def test_a_concrete_offer_is_an_offer_and_a_next_step_without_any_question(ask):
    assert codes(body=letter(ask=ask)) == []


def test_plain_words_and_benefit_words_for_the_same_gain_score_the_same():
    plain = (
        "A nightly job pairing payouts with invoices would give support back 4 hours every Monday."
    )
    salesy = "A nightly job pairing payouts with invoices would save support 4 hours."

    assert check(body=letter(idea=plain)).score == check(body=letter(idea=salesy)).score


def test_a_vague_call_request_is_not_a_next_step():
    assert "no_next_step" in codes(body=letter(ask="Would you be open to a call?"))


@pytest.mark.parametrize(
    "greeting",
    ["To whom it may concern,", "Dear Sir or Madam,", "Dear Hiring Manager,", "Hello there,"],
)  # fmt: skip
def test_a_greeting_to_nobody_in_particular_is_generic_and_capped(greeting):
    report = check(body=letter(greeting=greeting))

    assert [(f.code, f.cap) for f in report.findings] == [("generic_greeting", 50)]


@pytest.mark.parametrize("greeting", ["Hi team,", "Dear Ledgerly team,", "Hi all,", "Dear Panel,"])
def test_a_greeting_to_the_team_is_generic_but_not_capped(greeting):
    """The people met, greeted as a group: impersonal, and no form letter's blank (a
    reviewer graded such a letter B, sendable)."""
    report = check(body=letter(greeting=greeting))

    assert [(f.code, f.cap) for f in report.findings] == [("generic_greeting", None)]
    assert (
        report.findings[0].message
        == f"“{greeting.rstrip(',').split(maxsplit=1)[1]}” to Maria Gonzalez, whom you met."
    )
    assert report.findings[0].fix.startswith("Open with “Dear Maria,”")
    assert report.score == 88


@pytest.mark.parametrize(
    "greeting", ["Dear Maria,", "Hi Maria,", "Dear Ms. Gonzalez,", "Maria,", "Hi Maria and team,"]
)
def test_a_greeting_with_the_recipients_name_is_fine(greeting):
    assert codes(body=letter(greeting=greeting)) == []


def test_a_letter_without_a_greeting_misses_the_name():
    assert codes(body=letter(greeting="")) == ["missing_name"]


def test_a_greeting_to_someone_else_is_the_wrong_name():
    (finding,) = check(body=letter(greeting="Dear Tom,")).findings

    assert finding.message == "The greeting names Tom, but the letter is for Maria Gonzalez."
    assert finding.fix == "This letter is for Maria: open with “Dear Maria,”."


def test_the_fix_for_a_titled_name_keeps_the_title_and_the_surname():
    (finding,) = check(recipient_name="Dr. Priya Raman", body=letter(greeting="Hello,")).findings

    assert finding.fix == "Start with “Dear Dr. Raman,” on its own line."


def test_without_a_recipient_any_personal_greeting_will_do():
    assert codes(recipient_name="", body=letter(greeting="Dear Maria,")) == []
    assert codes(recipient_name="", body=letter(greeting="Hello,")) == ["missing_name"]


@pytest.mark.parametrize(
    ("recipient", "greeting", "right"),
    [
        ("John Smith", "Dear Jon,", "John"),
        ("Katherine Liu", "Dear Catherine,", "Katherine"),
        ("Stephen Hale", "Hi Steven,", "Stephen"),
        ("Maria Gonzalez", "Dear Ms. Gonzales,", "Gonzalez"),
        ("John Smith", "Dear Jonh,", "John"),
    ],
)
def test_a_near_miss_of_the_recipients_name_is_misspelled(recipient, greeting, right):
    report = check(recipient_name=recipient, body=letter(greeting=greeting))

    assert [f.code for f in report.findings] == ["misspelled_name"]
    assert f"“{right}”" in report.findings[0].message


def test_known_names_feed_the_misspelled_name_check():
    body = letter(greeting="Dear Catherine,")

    assert codes(recipient_name="", known_names=["Katherine Liu"], body=body) == ["misspelled_name"]
    assert codes(recipient_name="", known_names=["Catherine Liu"], body=body) == []


def test_function_words_of_known_names_are_not_names_to_misspell():
    body = letter(greeting="Dear Sir or Madam,")

    assert codes(known_names=["Bank of America", "Al Gore"], body=body) == ["generic_greeting"]


def test_a_spelling_finding_lists_the_words_with_suggestions():
    body = letter(ask=f"{QUESTION} {NEXT_STEP} I'd welcome the chance to recieve feedbak.")
    (finding,) = check(body=body).findings

    assert finding.message == "Possible spelling mistakes: recieve (receive?), feedbak (feedback?)."
    assert finding.words == ("recieve", "feedbak")


def test_a_misspelled_known_name_inside_a_sentence_is_a_spelling_mistake():
    body = letter(ask=f"{QUESTION} {NEXT_STEP} I'd be glad to show Katherin the sketch too.")
    (finding,) = check(known_names=["Katherine Liu"], body=body).findings

    assert finding.message == "Possible spelling mistakes: Katherin (Katherine?)."


@pytest.mark.parametrize(
    "sentence",
    [
        "I organised our onboarding roadmap around kubernetes, SaaS KPIs and a fintech CRM.",
        "The cron job now runs an upsert per batch, and it is idempotent.",
        "I rewrote the handover rota and the colour-coded meds chart for the ward.",
        "We cut conduit rework for our journeyman crew and their apprentices.",
        "The maths department timetabled retrieval starters in the programme.",
        "Mis-picks on the forklift aisles fell after we re-slotted the SKUs.",
        "See https://brightpath.example/etl-notes or mail daniel.reyes@example.com, Q3 2025.",
    ],
)
def test_job_terms_acronyms_urls_emails_and_british_spellings_are_not_spelling_mistakes(
    sentence,
):
    assert codes(body=letter(result=f"{RESULT} {sentence}")) == []


def test_proper_nouns_from_the_interview_are_never_spelling_mistakes():
    body = letter(ask=f"{QUESTION} {NEXT_STEP} The zorblax pipeline feeds it.")

    assert codes(body=body) == ["spelling"]
    assert codes(body=body, discussed="the Zorblax pipeline") == []


def test_a_users_own_dictionary_is_never_flagged():
    body = letter(ask=f"{QUESTION} {NEXT_STEP} I'd reuse our reconbot for it.")

    assert codes(body=body) == ["spelling"]
    assert codes(body=body, personal_words=["reconbot"]) == []


def test_capitalised_words_inside_a_sentence_are_taken_for_proper_nouns():
    body = letter(result=RESULT.replace("Brightpath", "Quorvex"))

    assert codes(body=body) == []


@pytest.mark.parametrize(
    "subject", ["", "Thank you", "Follow up", "Following up", "Interview", "Re: Interview",
                "Thanks for your time!", "Great chatting today"],
)  # fmt: skip
def test_a_subject_any_candidate_could_write_is_vague(subject):
    assert codes(subject=subject) == ["vague_subject"]


def test_a_subject_naming_the_role_or_topic_is_specific():
    assert codes(subject="Thank you – Backend Engineer interview") == []


def test_generic_phrases_are_listed_and_each_costs_up_to_four():
    body = letter(ask=f"{QUESTION} {NEXT_STEP} I'm a great team player and a self-starter.")
    (finding,) = check(body=body).findings

    assert finding.message == (
        "Stock phrases any candidate could write: “team player”, “self-starter”."
    )
    assert check(body=body).score == 100 - 2 * RULES["generic_phrases"].weight


def test_a_ps_after_the_signature_is_read_too():
    body = f"{letter()}\n\nP.S. I am a passionate team player and a great fit."

    assert codes(body=body) == ["generic_phrases"]


def test_a_sentence_over_35_words_is_hard_to_read():
    report = check(**FLAWS["hard_to_read"])

    assert report.findings[0].message.startswith("The sentence starting “At Brightpath I built")


def test_a_long_sentence_that_is_a_list_is_not_hard_to_read():
    listing = (
        "At Brightpath I owned the payout exports, the ledger checks, the audit files, the "
        "refund queue, the currency tables, the bank feeds, the month-end report and the "
        "review queue for finance."
    )

    assert codes(body=letter(result=f"{RESULT} {listing}")) == []


def test_a_long_sentence_parted_by_a_colon_reads_as_its_two_parts():
    rule = (
        "At Brightpath we brought in a simple rule for the finance team: any payout still "
        "unmatched after two days gets a second look from the on-call engineer, logged on a "
        "one-page sheet that the controller reads every Monday."
    )
    unbroken = rule.replace(": any", ", and any")

    assert codes(body=letter(result=f"{RESULT} {rule}")) == []
    assert codes(body=letter(result=f"{RESULT} {unbroken}")) == ["hard_to_read"]


def test_a_quotation_inside_a_sentence_is_taken_in_as_one_utterance():
    quoted = (
        'At Brightpath I asked each client at the desk "shall I book your next payout review '
        'for the first Monday of the month?" and the unmatched payouts fell by half.'
    )

    assert codes(body=letter(result=f"{RESULT} {quoted}")) == []


def test_short_sentences_of_long_words_are_not_hard_to_read():
    # Issue 19: "Hard to read" only applies to sentences over about 35 words.
    dense = (
        "Organizational transformation necessitates comprehensive institutional "
        "reconfiguration. Collaborative prioritization facilitates operational "
        "administration."
    )

    assert "hard_to_read" not in codes(body=letter(result=f"{RESULT} {dense}"))


def test_a_stock_phrase_followed_by_something_specific_is_not_stock():
    thanks = "Thank you for your time on Tuesday, and for being so open about the backlog."

    assert codes(body=letter(moment=f"{thanks} {MOMENT}")) == []
    assert codes(body=letter(moment=f"Thank you for your time. {MOMENT}")) == ["generic_phrases"]


# --- timing ---------------------------------------------------------------------

ENDED = datetime(2026, 3, 2, 15, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("after", "expected"),
    [
        (timedelta(hours=2), []),
        (timedelta(hours=20), []),
        (timedelta(hours=20, minutes=1), ["send_soon"]),
        (timedelta(hours=24), ["send_soon"]),
        (timedelta(hours=24, minutes=1), ["late"]),
        (timedelta(days=3), ["late"]),
    ],
)
def test_the_letter_is_due_within_24_hours_of_the_interview(after, expected):
    assert codes(interview_ended_at=ENDED, now=ENDED + after) == expected


def test_without_the_interviews_end_there_is_no_timing_advice():
    assert codes(interview_ended_at=None, now=ENDED) == []


def test_a_late_letter_is_told_to_go_out_today_and_keeps_its_score():
    report = check(interview_ended_at=ENDED, now=ENDED + timedelta(hours=29))

    assert report.score == 100
    assert report.findings[0].message == ("The 24 hours after the interview ran out 5 hours ago.")
    assert report.findings[0].fix.startswith("Send it today anyway")


def test_a_late_letter_drafted_in_time_says_so():
    report = check(
        interview_ended_at=ENDED,
        drafted_at=ENDED + timedelta(hours=3),
        now=ENDED + timedelta(hours=24, minutes=30),
    )

    assert report.findings[0].message == (
        "The 24 hours after the interview ran out less than an hour ago, "
        "though this draft was ready in time."
    )


def test_send_soon_says_how_long_is_left():
    (finding,) = check(
        interview_ended_at=ENDED, now=ENDED + timedelta(hours=21, minutes=15)
    ).findings

    assert (finding.severity, finding.message) == (
        "tip",
        "Only 2 h 45 min left of the 24 hours.",
    )


def test_naive_datetimes_are_refused():
    with pytest.raises(ValueError, match="timezone-aware"):
        check(interview_ended_at=datetime(2026, 3, 2, 15), now=datetime(2026, 3, 3, 15))


STARTS = datetime(2026, 3, 3, 10, tzinfo=UTC)


@pytest.mark.parametrize(
    "thanks",
    [
        "Thank you for the interview on Tuesday.",
        "Thanks so much for meeting with me.",
        "Thank you for your   time yesterday.",
        "THANK YOU FOR THE CONVERSATION about the backlog.",
    ],
)
def test_thanks_for_an_interview_that_has_not_started_is_an_error_with_a_fix(thanks):
    report = check(
        body=letter(moment=f"{thanks} {MOMENT}"),
        interview_starts_at=STARTS,
        now=STARTS - timedelta(minutes=1),
    )

    [finding] = [f for f in report.findings if f.code == "before_interview"]
    assert finding.severity == "error"
    assert "has not happened yet" in finding.message
    assert finding.fix.startswith("Send it after the interview.")
    shape = next(f for f in report.as_dict()["findings"] if f["code"] == "before_interview")
    assert shape.keys() == {"code", "message", "fix"}


def test_the_same_thanks_once_the_interview_started_is_fine():
    body = letter(moment=f"Thank you for the interview on Tuesday. {MOMENT}")

    assert codes(body=body, interview_starts_at=STARTS, now=STARTS) == []
    assert codes(body=body) == []  # no start known: nothing to say


def test_a_letter_written_ahead_without_thanks_for_the_meeting_is_fine():
    assert codes(interview_starts_at=STARTS, now=STARTS - timedelta(days=1)) == []


# --- similarity -----------------------------------------------------------------


def test_similarity_of_a_letter_with_itself_is_one_and_with_nothing_zero():
    assert similarity(letter(), letter()) == 1.0
    assert similarity(letter(), "") == 0.0
    assert similarity("", "") == 0.0
    assert similarity("Dear Maria, thanks.", "Completely different words here") == 0.0


def test_similarity_is_symmetric():
    other = letter(greeting="Dear Tom,", idea="")

    assert similarity(letter(), other) == similarity(other, letter())


def test_swapping_only_the_name_is_too_similar_but_sharing_one_paragraph_is_not():
    tailored = letter(
        greeting="Dear Tom,",
        moment="Your question about how we would handle refunds in two currencies made me "
        "think about the ledger design all evening.",
        idea="On refunds, a second ledger account per currency would keep every refund "
        "traceable and cut the audit time your controller described.",
        ask="Does the audit team review refunds weekly? Happy to walk you through an example.",
    )

    assert similarity(letter(), letter(greeting="Dear Tom,")) > 0.8
    assert similarity(letter(), tailored) < quality.SIMILARITY_THRESHOLD
    assert codes(other_bodies=[tailored, "a short unrelated note"]) == []


def test_a_too_similar_draft_says_how_much_it_repeats():
    (finding,) = check(other_bodies=[letter(greeting="Dear Tom,")]).findings

    assert finding.message == "This draft repeats 97% of another draft for the same interview."


# --- the report -----------------------------------------------------------------


def test_the_same_letter_gets_the_same_report():
    arguments = {
        "subject": "Follow up",
        "body": (SAMPLES / "generic" / "misspelled_everything.txt").read_text(encoding="utf-8"),
        "recipient_name": "Katherine Liu",
        "other_bodies": [letter()],
        "interview_ended_at": ENDED,
        "now": ENDED + timedelta(hours=30),
    }

    assert check_letter(**arguments) == check_letter(**arguments)


def test_findings_come_in_the_order_of_the_rules():
    report = check_sample(SAMPLES / "generic" / "misspelled_everything.txt")
    found = [f.code for f in report.findings]

    assert found == sorted(found, key=list(RULES).index)
    assert found == [
        "vague_subject", "misspelled_name", "too_short", "no_specific_reference",
        "no_skill_reminder", "no_value_offer", "no_next_step", "generic_phrases", "spelling",
    ]  # fmt: skip


def test_an_empty_draft_is_reported_not_refused():
    assert [f.code for f in check_letter(subject="", body="").findings] == [
        "vague_subject", "missing_name", "too_short", "no_specific_reference",
        "no_skill_reminder", "no_value_offer", "no_next_step",
    ]  # fmt: skip


def test_the_score_never_drops_below_zero():
    body = "I am begging you. I have another offer. My salary is firm. Sorry about my interview."

    assert check(subject="", body=body).score == 0


def test_as_dict_has_exactly_score_word_count_and_findings():
    data = check(subject="Follow up").as_dict()

    assert data == {
        "score": 94,
        "word_count": check().word_count,
        "findings": [
            {
                "code": "vague_subject",
                "message": "The subject “Follow up” could be any candidate's follow-up.",
                "fix": RULES["vague_subject"].fix,
            }
        ],
    }


@settings(max_examples=150, deadline=None)
@given(
    subject=st.text(max_size=80),
    body=st.text(max_size=1500),
    recipient=st.text(max_size=30),
    notes=st.text(max_size=200),
    others=st.lists(st.text(max_size=30), max_size=3),
)
def test_any_text_gets_a_score_from_0_to_100_and_known_codes(
    subject, body, recipient, notes, others
):
    report = check_letter(
        subject=subject,
        body=body,
        recipient_name=recipient,
        company=recipient[:5],
        discussed=notes,
        problem=notes[::-1],
        other_companies=others,
        personal_words=others,
    )

    assert 0 <= report.score <= 100
    assert {f.code for f in report.findings} <= set(RULES)


def test_every_rule_has_a_known_severity_and_a_fix():
    assert {r.severity for r in RULES.values()} <= {"error", "warning", "tip"}
    assert all(r.fix.endswith((".", "”")) for r in RULES.values())


# --- parsing letter files ---------------------------------------------------------


def test_a_subject_line_is_split_from_the_body():
    assert parse_letter_file("Subject: Backend Engineer\n\nDear Maria,\nHello.\n") == (
        "Backend Engineer",
        "Dear Maria,\nHello.",
    )


def test_a_file_without_a_subject_line_is_all_body():
    assert parse_letter_file("Dear Maria,\r\nHello.\r\n") == ("", "Dear Maria,\nHello.")


def test_a_byte_order_mark_and_lower_case_subject_are_accepted():
    assert parse_letter_file("\ufeffsubject:  Idea \nDear Maria,") == ("Idea", "Dear Maria,")


# --- speed and isolation ------------------------------------------------------------


def test_a_200_word_letter_is_checked_in_under_50_ms_after_warm_up():
    body = letter(result=f"{RESULT} {FILLER}")
    check(body=body)
    start = time.process_time()
    for _ in range(20):
        check(body=body, other_bodies=[letter(), letter(greeting="Dear Tom,")])

    assert (time.process_time() - start) / 20 < 0.05


def test_loading_the_dictionaries_needs_no_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("the checker tried to use the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    lexicon._tables.cache_clear()
    lexicon._frequencies.cache_clear()

    assert check().score == 100
