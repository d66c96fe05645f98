"""Letters assembled from random realistic answers: upper and lower case, fragments and
full sentences. Each reads as a coach would send it: no capital mid-sentence outside
names and acronyms, no sentence of 25 words or more, and not one checker finding."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from letters import quality, selectors, wizard
from letters.fragments import bare
from letters.quality.text import split_sentences

COMPANY = "Acme Corp"
ROLE = "Operations Lead"
RECIPIENT = "Dana Whitfield"
SENDER = "Alex Morgan"
# Every name and acronym the answers below may contain.
NAMES = {"Globex", "Kafka", "NetSuite", "Brightpath", "Mercy", "General", "SAP", "ETL", "CRM",
         "Dana", "Whitfield", "Alex", "Morgan", "Acme", "Corp", "Operations", "Lead", "I",
         "Friday", "Monday", "Tuesday", "Thursday", "Saturday", "Saturdays", "SKUs",
         "Dr"}  # fmt: skip

TOPICS = [
    "the night-shift handover errors",
    "the returns piling up at the pick-up counter",
    "the nightly invoice sync to NetSuite",
    "overtime on the surgical ward",
    "mis-picks on the night shift",
    "the month-end close in SAP",
]
RESULTS = [
    "reduced weekend overtime by 30% at Mercy General",
    "cut month-end close from 9 days to 5 at Globex",
    "led a team of 12 pickers through a scanner rollout",
    "moved 40 nightly batch jobs to Kafka streams",
    "trained 14 new graduates in bedside handover",
    "brought mis-picks down from 2% to 0.4% in eight weeks",
    "built the CRM clean-up that removed 9,000 duplicate accounts",
    "ran returns at a store with 30 staff for three years",
]
IDEAS = [
    "ask the night leads to hand over at the bedside with a one-page checklist",
    "split returns and pick-ups into two lines on Saturdays",
    "load the three slowest sources every hour instead of overnight",
    "a bank-feed matching rule for each of the 40 accounts",
    "move the fastest 200 SKUs next to the packing area",
]
DETAILS = ["about 10 hours a week", "around 15 minutes per order", "two days at month-end", ""]
QUESTIONS = [
    "is the backlog worst at month-end or every day",
    "which shift sees the most errors today",
    "how many returns come in on a busy Saturday",
    "who owns the handover checklist on nights",
]
OFFERS = [
    "I can bring the checklist we used on Thursday",
    "happy to walk your leads through the rota next week",
    "shall I send the matching rules by Friday",
]


def cased(text: str, style: int) -> str:
    """As a user might type it: lower case, a capital first letter, or a full stop."""
    if style == 1:
        return text[:1].upper() + text[1:]
    if style == 2:
        return text[:1].upper() + text[1:] + "."
    return text


@st.composite
def answers(draw):
    style = st.integers(0, 2)
    topic = draw(st.sampled_from(TOPICS))
    connection = draw(
        st.sampled_from(
            [
                topic,
                f"you described {topic}",
                f"when you mentioned {topic}, I thought of my last team",
                f"your story about {topic} stuck with me",
            ]
        )
    )
    fit = draw(st.lists(st.sampled_from(RESULTS), min_size=2, max_size=3, unique=True))
    fit = [draw(st.sampled_from([item, f"I {item}"])) for item in fit]
    question = draw(st.sampled_from(QUESTIONS))
    closing = draw(st.sampled_from([None, *OFFERS]))
    result = {
        "connection": cased(connection, draw(style)),
        "fit": [cased(item, draw(style)) for item in fit],
        "value_problem": cased(topic, draw(style)),
        "value_idea": cased(draw(st.sampled_from(IDEAS)), draw(style)),
        "value_gain": draw(st.sampled_from([g for g, _ in wizard.Gain.CHOICES])),
        "value_gain_detail": draw(st.sampled_from(DETAILS)),
        "question": cased(question, draw(style)) + draw(st.sampled_from(["", "?"])),
    }
    seed = str(draw(st.integers(1, 10_000)))
    if closing:
        result["closing"] = cased(closing, draw(style))
    else:
        result["closing"] = wizard.closing_prefill(is_decision_maker=True, seed=seed)
    return result, seed


def body_sentences(body: str) -> list[str]:
    lines = body.split("\n")[1:-2]  # without the greeting and the signature
    return split_sentences("\n".join(lines))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(answers())
def test_an_assembled_letter_reads_as_a_coach_would_send_it(case):
    answers, seed = case

    draft = wizard.assemble(
        answers=answers,
        recipient_name=RECIPIENT,
        sender_name=SENDER,
        company=COMPANY,
        role=ROLE,
        is_decision_maker=True,
        seed=seed,
    )

    for sentence in body_sentences(draft.body):
        words = sentence.split()
        assert len(words) < 25, sentence
        capitals = [bare(w) for w in words[1:] if bare(w)[:1].isupper()]
        assert all(w in NAMES or w.isupper() for w in capitals), sentence
    report = quality.check_letter(
        subject=draft.subject,
        body=draft.body,
        recipient_name=RECIPIENT,
        company=COMPANY,
        role=ROLE,
        known_names=[RECIPIENT, COMPANY, ROLE, SENDER],
        answers=selectors.answer_texts(answers),
    )
    assert report.findings == (), (draft.subject, draft.body, report.findings)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(answers())
def test_a_panel_members_letter_also_reads_as_a_coach_would_send_it(case):
    answers, seed = case
    answers = answers | {"closing": wizard.closing_prefill(is_decision_maker=False, seed=seed)}

    draft = wizard.assemble(
        answers=answers,
        recipient_name="Sam Ortiz",
        sender_name=SENDER,
        company=COMPANY,
        role=ROLE,
        is_decision_maker=False,
        seed=seed,
    )

    assert all(len(s.split()) < 25 for s in body_sentences(draft.body)), draft.body
    report = quality.check_letter(
        subject=draft.subject,
        body=draft.body,
        recipient_name="Sam Ortiz",
        company=COMPANY,
        role=ROLE,
        known_names=["Sam Ortiz", COMPANY, ROLE, SENDER],
        answers=selectors.answer_texts(answers),
    )
    assert report.findings == (), (draft.subject, draft.body, report.findings)
