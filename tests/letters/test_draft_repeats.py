"""A draft that says the same thing twice (issue 19, graded blind: "I got board packs out
on time every month. I did monthly board packs.", "the 25% is said twice", "the closing
repeats the offer word for word"): the later answer's notice names both sentences and
asks to cut one or say something new. The letter keeps both: they are the person's own.

"The same thing" is narrow:
- a result and another result, or a result and the gain or how much, that share most of
  the shorter one's content words, or the same figure of some weight ("25%", "120
  coffees");
- a closing that says nearly all of what an earlier sentence says.
An idea that takes up their problem or a result's method, a question about the idea,
the problem's figure again in how much, or a year count in two sentences: no notice.

Every answer set here is invented for these tests; each is run as ``manage.py
letter_draft`` runs it.
"""

import pytest

from letters.management.commands.letter_draft import draft_from

AGAIN = ("says again what", "says much what", " again, as ")


def repeated(message: str) -> bool:
    return any(a in message for a in AGAIN)


def answer_set(**answers) -> dict:
    base = {
        "connection": "You told me you grew up in Dunedin, and my gran lived two streets "
        "from your old school.",
        "fit": ["I kept the stock room tidy and labelled at my last job."],
        "value_problem": "You told me deliveries often arrive before anyone is in to sign.",
        "value_idea": "I would set up a weekly delivery rota with the drivers.",
        "value_gain": "That would mean fewer missed deliveries.",
        "value_gain_detail": "",
        "question": "Who signs for deliveries on Saturdays now?",
        "closing": "",
    }
    base.update(answers)
    return {
        "recipient": "Helen Carter",
        "sender": "Sam Otieno",
        "company": "Harbourside Supplies",
        "role": "Warehouse Assistant",
        "decision_maker": True,
        "answers": base,
    }


def notices(data: dict) -> dict:
    draft, _ = draft_from(data)
    found: dict = {}
    for n in draft.notices:
        key = f"{n.answer}{n.number or ''}"
        found[key] = f"{found.get(key, '')} {n.message}".strip()
    return found, draft.body


REPEATS = {
    "two results, the same work": (
        {
            "fit": [
                "At my last job I got board packs out on time every month.",
                "I did monthly board packs.",
            ]
        },
        "fit2",
        "I did monthly board packs.",
        "Result 1",
    ),
    "a result's share again in how much": (
        {
            "fit": ["I cut buffet wastage by about 25% at my last hotel."],
            "value_gain_detail": "At the Marina we got about 25% less wastage, and food "
            "cost went from 34% to 30%.",
        },
        "value_gain_detail",
        "At the Marina we got about 25% less wastage",
        "Result 1",
    ),
    "a result's change again in how much": (
        {
            "fit": ["I took our bar from 90 to 120 coffees an hour in the morning rush."],
            "value_gain_detail": "At my old café we went from 90 to 120 coffees an hour "
            "with 3 baristas.",
        },
        "value_gain_detail",
        "90 to 120 coffees",
        "Result 1",
    ),
    "a result's count again in how much": (
        {
            "fit": ["I can make 120 coffees an hour in the morning rush."],
            "value_gain_detail": "At my old café we made 120 coffees an hour with 3 baristas.",
        },
        "value_gain_detail",
        "120 coffees",
        "Result 1",
    ),
    "a result said again in other words": (
        {
            "fit": [
                "I ran reading groups for two years.",
                "Nine of my twelve readers moved up a reading level in one term.",
            ],
            "value_gain_detail": "Nine of twelve target readers moved up at least one "
            "level in a term.",
        },
        "value_gain_detail",
        "Nine of twelve target readers",
        "Result 2",
    ),
    "the closing repeats the idea word for word": (
        {
            "value_idea": "I would load the van the night before.",
            "closing": "I'd be glad to talk through how I would load the van the night before.",
        },
        "closing",
        "load the van the night before",
        "Your idea",
    ),
}


@pytest.mark.parametrize("answers,key,quoted,earlier", REPEATS.values(), ids=REPEATS.keys())
def test_a_sentence_said_twice_is_named_on_the_later_answer(answers, key, quoted, earlier):
    found, body = notices(answer_set(**answers))
    message = found[key]
    assert repeated(message), message
    assert quoted in message
    assert f"what {earlier} says" in message or f"again, as {earlier} does" in message
    assert "cut it" in message or f"cut “{quoted}" in message
    # the letter keeps both sentences: the person decides which goes
    assert quoted.split(",")[0] in body
    others = [k for k, m in found.items() if k != key and repeated(m)]
    assert not others, others


NOT_REPEATS = {
    "the idea takes up a result's method": {
        "fit": ["I set up self service password reset in Office 365 at my last job."],
        "value_idea": "I would set up self service password reset in Office 365 and show "
        "staff how to use it.",
    },
    "the idea takes up their problem": {
        "value_problem": "You told me the dough goes in the bin when the oven stops.",
        "value_idea": "I would put the next batch of dough in the cold room when the oven stops.",
    },
    "how much starts from the problem's figure": {
        "value_problem": "You mentioned that debtor days are around 75.",
        "value_gain_detail": "Bringing debtor days from 75 down to 60 would free up cash.",
    },
    "a question on the idea": {
        "value_idea": "I would keep teat sealant for heifers on schedule before calving.",
        "question": "Is teat sealant for heifers on this season?",
    },
    "a closing that offers to show the idea": {
        "value_idea": "I'd keep a cheat sheet of the common rejection codes and what fixes them.",
        "closing": "I'd be glad to bring in my cheat sheet of rejection codes if it helps.",
    },
    # set Z: a change ("from 34 to 22 minutes") is not the level it ended at said again
    "how much gives the change that led to a result's level": {
        "fit": ["I can make 120 coffees an hour in the morning rush."],
        "value_gain_detail": "At my old café we went from 90 to 120 coffees an hour.",
    },
    "years in two results": {
        "fit": [
            "I have 12 years in warehouses.",
            "I drove a reach truck for 12 years without a damage report.",
        ],
    },
    "a connection the result answers": {
        "connection": "You asked me about debtors ageing and reconciliation on Sage.",
        "fit": ["At my last job I did the monthly debtors reconciliation on Sage."],
    },
}


@pytest.mark.parametrize("answers", NOT_REPEATS.values(), ids=NOT_REPEATS.keys())
def test_an_echo_that_says_something_new_is_not_named(answers):
    found, _ = notices(answer_set(**answers))
    assert not [m for m in found.values() if repeated(m)]


def test_two_results_get_one_notice_not_two():
    """The wizard's own check of two results alike says it once, naming both."""
    found, _ = notices(
        answer_set(
            fit=[
                "I did a self-service reset rollout at my last job.",
                "At my last job I rolled out self-service password reset for all staff.",
            ]
        )
    )
    message = found["fit2"]
    assert message.count("says much what") == 1
    assert "“At my last job I rolled out self-service password reset for all staff.”" in message
    assert "“I did a self-service reset rollout at my last job.”" in message


@pytest.mark.parametrize(
    "typed",
    ["25% 25% 25% 25%", "1 in 200. " * 40, "£" * 300, "I did it. " * 60, "% % in in 2 in"],
)
def test_odd_input_does_not_raise(typed):
    notices(answer_set(fit=[typed, typed], value_gain_detail=typed, closing=typed))
