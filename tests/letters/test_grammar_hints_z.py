"""Second-language verb forms and missing articles get a hint naming the words and the
likely fix (sets Y and Z: "You have tell me", "since 4 winters", "I am PADI Instructor since
2024, already certify 87 students", "the dropout was lessen", "worked 3 years as actuarial
analyst", "I built lapse model in R", "check with moisture meter", "so export buyer is
rejecting" were carried into drafts graded "needs work" with no notice pointing at them).

The wizard never mends them; good English from many trades gets no hint at all.
"""

from __future__ import annotations

import pytest

from letters.answer_slips import slips_hint


@pytest.mark.parametrize(
    ("sentence", "words", "fix"),
    [
        # "have" and a base form
        ("You have tell me the night crew was short.", "have tell", "told"),
        ("We have make the new rota for the bakery.", "have make", "made"),
        ("The callbacks have drop from 9 to 2 since we changed the seals.", "have drop", "dropped"),
        ("She has explain me the dosing pumps.", "has explain", "explained"),
        ("I have already finish the electrical course.", "have already finish", "finished"),
        # "since" and a length of time
        ("I drive the airport shuttle since 6 years.", "since 6 years", "for 6 years"),
        ("I am plastering since three summers.", "since three summers", "for three summers"),
        ("We harvest the grapes here since 5 seasons.", "since 5 seasons", "for 5 seasons"),
        # present tense and "since" a year
        ("I am a licensed electrician since 2019.", "I am … since 2019", "I have been"),
        ("I'm head gardener at the abbey since 2021.", "I'm … since 2021", "I’ve been"),
        ("We are partners in the salon since 2015.", "We are … since 2015", "We have been"),
        # "already" and a base form before a count
        ("I run the night shift, already train 12 new pickers.", "already train", "trained"),
        ("Two years on the ward, already supervise 6 carers.", "already supervise", "supervised"),
        ("I joined in March, already install 40 heat pumps.", "already install", "installed"),
        # "was" and a base form
        ("The waste was lessen by half after the new menu.", "was lessen", "was lessened"),
        ("The boiler was install by my team in two days.", "was install", "was installed"),
        ("All the invoices were digitize in one month.", "were digitize", "were digitized"),
    ],
)
def test_a_verb_slip_gets_a_hint(sentence, words, fix):
    hint = slips_hint((sentence,))
    assert f"“{words}”" in hint
    assert fix in hint


@pytest.mark.parametrize(
    ("sentence", "words", "fix"),
    [
        # after "as", a job
        ("I worked 4 years as forklift driver at a cold store.", "as forklift driver", "as a"),
        ("I spent two seasons as ski instructor in Bansko.", "as ski instructor", "as a"),
        ("I have 6 years as dental nurse in Leeds.", "as dental nurse", "as a"),
        ("I volunteered as English tutor for refugees.", "as English tutor", "as an"),
        # after "I am", a job
        ("I am qualified electrician since 2018.", "I am qualified electrician", "a"),
        ("I am RGN nurse with 10 years on surgical wards.", "I am RGN nurse", "an RGN"),
        ("I am pastry chef.", "I am pastry chef", "a pastry chef"),
        # after a verb of making
        ("I built booking spreadsheet in Excel for the clinic.", "built booking spreadsheet", "a"),
        ("We made checklist for every truck.", "made checklist", "a checklist"),
        ("I designed loyalty card for the salon.", "designed loyalty card", "a loyalty"),
        # after a preposition
        ("I tighten every bolt with torque wrench.", "with torque wrench", "a torque wrench"),
        ("We weigh each sack on scale before loading.", "on scale", "on a scale"),
        ("I test the soil with moisture meter before watering.", "with moisture meter", "a"),
        ("The samples stay in freezer until the courier comes.", "in freezer", "in a freezer"),
        # as a subject after "so", "because"
        ("The order was late, so customer is angry.", "customer is", "the customer is"),
        ("We lost the job because main contractor was unhappy.", "main contractor was", "the main"),
    ],
)
def test_a_missing_article_gets_a_hint(sentence, words, fix):
    hint = slips_hint((sentence,))
    assert f"“{words}”" in hint
    assert fix in hint
    assert "add “a” or “the”" in hint


@pytest.mark.parametrize(
    "sentence",
    [
        # "have" with a noun or a participle
        "We have work to do before the inspection.",
        "We have lunch at 12 with the whole crew.",
        "I have access to the site after 6.",
        "I have class the next morning.",
        "I have run the night shift for two years.",
        "I have put the new seals in.",
        "I have come a long way since my apprenticeship.",
        "Crews have up to date maps now.",
        "We would have time for a proper handover.",
        "You need to have patience with new staff.",
        "I have experience with children and elderly clients.",
        "They have fun on the team days.",
        "We have help from the agency on weekends.",
        # "since" a time or an event
        "I have been a roofer since 2012.",
        "Things have changed since 3 years ago.",
        "I have driven buses since the depot opened.",
        "It has been quiet since 3 pm.",
        "I have worked here since 2019.",
        "I am proud of what we did since 2020.",
        # "already" with a subject or a participle
        "We already use the new scanner for 87 parcels a day.",
        "I have already trained 12 apprentices.",
        "I already know the codes.",
        # "was" with an adjective, a noun or an infinitive
        "The floor was clean by six.",
        "The aim was reduce waste, and it worked.",
        "All I did was fix the leak.",
        "The kitchen was open until midnight.",
        "The door was shut all night.",
        # articles: fixed phrases, mass nouns, names, plurals, roles with "of"
        "I work on site most days.",
        "We finish every tile by hand.",
        "I am in charge of the night team.",
        "I was on call every second weekend.",
        "We deliver on time and on budget.",
        "I worked as head of security for a year.",
        "I trained as a chef in Lyon.",
        "I worked 3 years as an analyst at an insurer.",
        "I am a qualified electrician.",
        "I built software in Python for the warehouse.",
        "We built trust with the tenants.",
        "I check the welds with Excel sheets.",
        "I worked in Limerick and in Cork.",
        "We store the flour in bags in the dry store.",
        "Shade changes from lot to lot.",
        "We moved from site to site all summer.",
        "I check the wood with a moisture meter.",
        "I weigh every batch on the scale.",
        "The customer is always right.",
        "So management is happy with the numbers.",
        "I have worked in hospitality for 6 years.",
        "I am good with customers and staff.",
        "I set up a job tracker in Trello.",
        "We work in pairs on big jobs.",
        "I am happy to work nights and weekends.",
        "Ship it to scale and check it.",
        "I was team leader of 18 pickers.",
        "I walk the line at the end of every shift.",
        "I fitted new boilers in 40 homes.",
        "I did two years at sea on trawlers.",
    ],
)
def test_good_english_gets_no_hint(sentence):
    assert slips_hint((sentence,)) == ""
