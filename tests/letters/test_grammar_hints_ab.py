"""Common second-language slips get a hint naming the words and the likely fix (set AB:
AB10 Portuguese, AB14 Arabic: "Declan explained me that", "I stay waiting your answer",
"this is more faster", "the equipments", "I am used to work in the cold", "He tell me",
"the kitchens is ready", "the job have overtime", "so is easier to see where is the
problem", "I check always the blade", "same like my father" were carried into drafts graded
"needs work" with no notice pointing at them; the simulated users fix only what a notice
names).

The wizard never mends them; good English from many trades gets no hint at all.
"""

from __future__ import annotations

import pytest

from letters.answer_slips import slips_hint
from tests.letters.letter_helpers import notices_text, wizard_draft


@pytest.mark.parametrize(
    ("sentence", "words", "fix"),
    [
        # explain / say / describe + me
        ("Declan explained me that he was in Brazil in 2014.", "explained me", "explained to me"),
        ("The foreman explained me the new lockout procedure.", "explained me", "explained to me"),
        ("The head chef said me that the pass is the hardest station.", "said me", "said to me"),
        ("Can you explain me the shift pattern on the wards?", "explain me", "explain to me"),
        ("She described me the new route for the bin lorries.", "described me", "described to me"),
        ("He told to me that the crane was booked for Monday.", "told to me", "told me"),
        # waiting + their answer
        ("I stay waiting your answer.", "waiting your answer", "waiting for your answer"),
        ("I am waiting your reply.", "waiting your reply", "waiting for your reply"),
        (
            "I will wait your decision about the night shifts.",
            "wait your decision",
            "wait for your",
        ),
        (
            "We waited the confirmation from the depot for two days.",
            "waited the confirmation",
            "waited for the confirmation",
        ),
        # more + a comparative
        ("I make the rough edges on the CNC, this is more faster.", "more faster", "“faster”"),
        ("The new dough is more better for the ovens.", "more better", "“better”"),
        ("The kitchens is ready more early for the installers.", "more early", "“earlier”"),
        ("With the new rota the ward was more quieter at night.", "more quieter", "“quieter”"),
        # used to + a base form after "be"
        ("I am used to work in the cold and with the tides.", "used to work", "used to working"),
        ("I'm used to drive the big trucks at night.", "used to drive", "used to driving"),
        ("We are used to lift the patients safely.", "used to lift", "used to lifting"),
        ("I was used to clean 40 rooms a day.", "used to clean", "used to cleaning"),
        # he/she + a base form
        ("He tell me the first machine was a hand polisher.", "He tell", "“tells” (or “told”"),
        (
            "Mr Tony his father came from Portugal and he start also with a small shop.",
            "he start",
            "“starts” (or “started”",
        ),
        ("He say that many oysters die in the summer.", "He say", "“says” (or “said”"),
        ("The manager was happy because she finish the audit early.", "she finish", "“finishes”"),
        ("My boss called and he ask me to come on Monday.", "he ask", "“asks” (or “asked”"),
        # agreement: a plural noun and "is", a singular one and "have"
        ("Less slabs wasted, and the kitchens is ready more early.", "the kitchens is", "“are”"),
        ("I want to ask if the job have overtime in the weekend.", "the job have", "“has”"),
        ("I asked if the truck have a tail lift.", "the truck have", "“has”"),
        ("Because the salon have no booking system, clients wait.", "the salon have", "“has”"),
        ("The new ovens is faster, and the bakery have two lines.", "The new ovens is", "“are”"),
        # a clause with no "it" after "so" or "because"
        (
            "We register the mortality per trestle so is easier to see.",
            "so is easier",
            "so it is easier",
        ),
        (
            "I check the seals every week because is cheaper than a new pump.",
            "because is cheaper",
            "because it is cheaper",
        ),
        (
            "We label every tray, so is important to keep the pens.",
            "so is important",
            "so it is important",
        ),
        (
            "I clean the grill at night so was ready for the morning.",
            "so was ready",
            "so it was ready",
        ),
        # question order inside a sentence
        (
            "We register it every week to see where is the problem.",
            "where is the problem",
            "where the problem is",
        ),
        (
            "I always ask what is the time of the next delivery.",
            "what is the time of the next delivery",
            "what the time of the next delivery is",
        ),
        (
            "Nobody knew where was the key for the boiler room.",
            "where was the key",
            "where the key was",
        ),
        (
            "I will check how is the patient before the transfer.",
            "how is the patient",
            "how the patient is",
        ),
        # a frequency adverb after the verb
        (
            "For the cutting I check always the blade and the water flow.",
            "check always",
            "“always check”",
        ),
        ("I clean always the fryers before I leave.", "clean always", "“always clean”"),
        ("We test never the alarms on Fridays.", "test never", "“never test”"),
        ("She signs usually the delivery notes.", "signs usually", "“usually signs”"),
        # "same like"
        ("He started with a small marble shop, same like my father.", "same like", "“the same as”"),
        ("My rota is the same like the other porters.", "the same like", "“the same as”"),
        ("I fold the towels same like in the hotel.", "same like", "“the same as”"),
        ("We cut the hedges same like last year.", "same like", "“the same as”"),
    ],
)
def test_a_slip_gets_a_hint(sentence, words, fix):
    hint = slips_hint((sentence,))
    assert f"“{words}”" in hint
    assert fix in hint


@pytest.mark.parametrize(
    ("sentence", "words", "fix"),
    [
        (
            "I would like to know if you give the waders and the equipments?",
            "equipments",
            "equipment",
        ),
        ("The informations about the tides are on the board.", "informations", "information"),
        ("My supervisor gave me good advices about the forklift.", "advices", "advice"),
        ("We moved all the furnitures out of the ward.", "furnitures", "furniture"),
    ],
)
def test_a_mass_noun_given_a_plural_gets_a_hint(sentence, words, fix):
    hint = slips_hint((sentence,))
    assert f"“{words}”" in hint
    assert f"say “{fix}”" in hint


@pytest.mark.parametrize(
    "sentence",
    [
        # said to, told, explained to, described as
        "He told me the crane was booked for Monday.",
        "She explained to me how the dosing pumps work.",
        "The head chef said to me that the pass is hard.",
        "The story was told to me by my father.",
        "My old boss described me as the calmest driver on the team.",
        "She suggested me for the supervisor role.",
        "He mentioned me to the site manager.",
        # waiting for, awaiting, waiting a time
        "I am waiting for your answer.",
        "I look forward to your reply.",
        "I await your decision.",
        "We waited a week for the parts.",
        "I waited the whole shift for the crane.",
        "I used to wait tables in Lisbon.",
        # more and a plain adjective or adverb, a noun
        "I would work more carefully with the new blades.",
        "We had more late shifts in the summer.",
        "We need more early starts in the harvest.",
        "We sold more water than beer in the heatwave.",
        "It is more efficient and more reliable.",
        # mass nouns that are right, plurals that are right
        "The data is in the weekly report.",
        "The news is good for the whole crew.",
        "We replaced the equipment in the bay.",
        # used to
        "I used to work nights at the depot.",
        "I am used to working nights.",
        "I drive a used car to the site.",
        "The saw is used to cut granite and quartz.",
        "We got used to the cold quickly.",
        # he/she with the right form, a question, a modal
        "He told me the first machine was a hand polisher.",
        "She tells me every morning which beds are free.",
        "Did he start on Monday?",
        "Will she need the keys?",
        "He must sign the permit first.",
        "I made sure he had the keys and she knew the codes.",
        "Let him finish the pour before the rain.",
        "He still has the 2006 jersey from the final.",
        "She even showed me the old scorebook.",
        "Tell her I can come in so she can see me with the kids.",
        "Dr Kiprono will make the final decision.",
        "Please let Mr. Delgado know I really enjoyed meeting him.",
        "I helped Mrs Shah move the beds to ward 4.",
        "I want to ask if the supervisor will have a van for night checks.",
        # agreement that is right, groups, a noun not straight before its verb
        "The slabs are breaking at the edges.",
        "The job has overtime in the winter.",
        "The team have done well this season.",
        "The staff have their own canteen.",
        "The people have been very kind.",
        "The trucks I have are all Euro 6.",
        "The kitchens are ready for the installers.",
        "I did the welds and the job is done.",
        # "so" and "because" with their subject, inversion
        "My father was a welder and so is my brother.",
        "I worked hard, so was my team.",
        "It is exactly the job I want.",
        "So it is easier to see the problem.",
        "I chose the yard because it is close to home.",
        # questions asked directly, question words as the subject
        "Where is the yard?",
        "What is the start time on Monday?",
        "I know who is responsible for the keys.",
        "I asked where the problem is.",
        "Tell me what the time is.",
        "I know what is important for the guests.",
        # adverbs in their place
        "I always check the blade.",
        "I check the blade always before a cut.",
        "I am always on time.",
        "I have never missed a shift.",
        "We usually finish by six.",
        "I do always check the torque.",
        # "the same as", "like"
        "My rota is the same as the other porters.",
        "I fold the towels like in the hotel.",
        "We cut the same hedges like every year.",
    ],
)
def test_good_english_gets_no_hint(sentence):
    assert slips_hint((sentence,)) == ""


@pytest.mark.parametrize(
    "closing",
    [
        "Thank you very much for the opportunity and for receive me in the farm. "
        "I stay waiting your answer.",
        "Thank you very much for your time. I am waiting your answer.",
        "Thanks for showing me the bakery. I am waiting your reply.",
    ],
)
def test_a_closing_kept_after_its_thanks_is_cut_keeps_its_hint(closing):
    result = wizard_draft({"closing": closing}, role="Oyster Farm Technician", company="Kilcolgan")
    said = notices_text(result, "closing")
    assert "is left out" in said
    assert "say “waiting for your" in said
