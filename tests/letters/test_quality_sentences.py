"""The sentence API the wizard and the checker share (letters/quality/sentences.py)."""

import time

import pytest

from letters.quality.sentences import (
    casing_problem,
    fix_casing,
    is_fragment,
    lower_names,
    split_long,
    split_sentences,
)

# --- fragments ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The nightly airflow batch that misses the 6am SLA and leaves dispatch waiting.",
        "The afternoons you lose to demos nobody shows up for.",
        "Reduced overtime by 20%.",
        "prior auths",
        "the ev charger job",
        "Because the schedule slips every week.",
        "Ten years of experience in commercial kitchens.",
        "One idea: the nightly batch.",
        "When the menu goes out.",
        "Both from cleveland, talked browns.",  # the subject left out after the comma
        "At my last shop, reduced comebacks by half.",
        "Shrink 2.9% to 1.2% at my last store.",  # a result noted, no verb
        "Overtime 40 to 12 hours a week.",
        "Only one means of getting there.",  # "means" a noun "one" counts
        "Every leak I find.",  # the noun and its clause, nothing said of it
        "The day before the audit.",
    ],
)
def test_a_note_without_a_finite_verb_is_a_fragment(sentence):
    assert is_fragment(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The batch that misses the SLA leaves dispatch waiting.",
        "The batch you mentioned is the one I'd fix first.",
        "Cut the reorder point to two pallets.",
        "I cut Cancellations By 18% At Plated Box.",
        "Who Owns The Email List Today?",
        "Could i do a trial day?",
        "When the line stops, the whole shift waits.",
        "If I don't hear from you by Monday I will go elsewhere.",
        "Your point about the rota stuck with me.",
        "Mis-picks dropped from 1 in 200 to 1 in 1,400 after we re-slotted the fast movers.",
        "One idea: batch the invoices nightly.",
        "If I sketched the reordered flow in Figma, would that help?",
        "I could fill in the test results as we go and have the certificate ready to sign.",
        "The nurses cover nights on 5 North.",
        "The mis-pick rate on nights, two orders in a hundred, stayed with me.",
        "Trucks leaving late went from about 9 a week to 1.",
        "At Harlow Dairy I led the consolidation of four plants into three.",
        "Maybe we can try the same in your store.",
        "I really, really need this job.",
        "After this the time for reconciliation was reduced from four days to one day.",
        "Something that worked for my Year 8s: three-question warm-ups every lesson.",
        "We both run old lathes.",  # found by the wizard's helper
        "They all work nights.",
        "When does the January menu go out?",  # a question word, then its auxiliary
        "Which shifts are hardest to fill?",
        "How would the crews take a new rota?",
        "How many FAIs a week?",  # a short question leaves its verb out
        "When does the menu go out?",
        "Derek, our lead, said the vans leave late.",  # the subject before the aside
        "In March, the team shipped it.",
        "We talked Browns for ten minutes.",
        "Call 0161 555 0101 any time.",  # an order with a figure, not a result noted
        "Cut the reorder point from 40 to 25 cases.",
        "Your young one plays camogie with my sister for Mallow.",  # set AE: "one" a noun
        "This one runs hot after an hour.",
        # set AF: a time put first with no comma, and a noun put first then its clause
        "The day before a mobile job I would phone the customer for a photo.",
        "Every morning I send one list to the repair supervisor.",
        "Last season we cut rejects by half.",
        "Every leak I find I mark on the road with paint.",
    ],
)
def test_a_sentence_with_a_main_verb_is_no_fragment(sentence):
    assert not is_fragment(sentence)


@pytest.mark.parametrize(
    "line",
    [
        "Hi Dana,",
        "Dear Dr. Patel,",
        "Best regards,",
        "God bless,",
        "Maya Okafor",
        "maya okafor",
        "Hannah Brooks, RN",
        "Happy to send the sketch over.",
        "Thanks again for Tuesday.",
        "Looking forward to hearing from you.",
        "Great meeting you on Tuesday.",
    ],
)
def test_greetings_sign_offs_names_and_set_phrases_are_not_judged(line):
    assert not is_fragment(line)
    assert casing_problem(line) is None or line[:1].islower()


# --- casing ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "problem"),
    [
        ("the ev charger job is booked for Monday.", "lower_start"),
        ("Could i do a trial day?", "lower_i"),
        ("I think i'd start with the rota.", "lower_i"),
        ("I cut Cancellations By 18% At Plated Box.", "title_case"),
        ("Who Owns The Email List Today?", "title_case"),
        ("I met Dana Whitfield at Mercy Valley Hospital on Tuesday.", None),
        ("The SLA slips when the 6am batch runs late.", None),
        ("eBay sellers ship on Mondays.", None),
    ],
)
def test_casing_problems_are_named(sentence, problem):
    assert casing_problem(sentence) == problem


def test_kept_names_are_not_casing_problems():
    assert casing_problem("benton supply runs two shifts.", keep={"benton supply"}) is None


def test_fix_casing_turns_title_case_into_sentence_case_keeping_names_and_acronyms():
    text = "I cut Cancellations By 18% At Plated Box. who Owns The Email List Today?"

    assert fix_casing(text, keep={"Plated Box"}) == (
        "I cut cancellations by 18% at Plated Box. Who owns the email list today?"
    )


def test_fix_casing_capitalises_lower_case_input_and_restores_kept_names():
    text = "could i do a trial day at benton supply? maya okafor said the SLA slips on monday."

    assert fix_casing(text, keep={"Benton Supply", "Maya Okafor"}) == (
        "Could I do a trial day at Benton Supply? Maya Okafor said the SLA slips on Monday."
    )


def test_fix_casing_capitalises_days_and_months_but_not_other_times_of_day():
    assert fix_casing("we met this morning and again on monday in march") == (
        "We met this morning and again on Monday in March"
    )


def test_fix_casing_leaves_proper_nouns_of_sentence_case_text_alone():
    text = "At Mercy General I moved our handover to the bedside."

    assert fix_casing(text) == text


def test_a_name_that_is_an_ordinary_word_is_restored_only_as_the_whole_name():
    keep = {"Will Turner", "Plated Box"}

    assert fix_casing("i will ship the box to plated box.", keep=keep) == (
        "I will ship the box to Plated Box."
    )


def test_lower_names_finds_known_names_written_in_lower_case():
    names = ["Benton Supply", "Maya Okafor", "Will"]

    assert lower_names("I spoke with maya okafor at benton supply.", names) == [
        "maya okafor",
        "benton supply",
    ]
    assert lower_names("I will call Maya Okafor.", names) == []


# --- long sentences and splitting --------------------------------------------------------


def test_a_long_sentence_is_offered_a_split_at_a_clause_boundary():
    sentence = (
        "I spent six years running the night shift at a 200-bed hospital, and I rebuilt the "
        "handover checklist so that nothing was missed between teams, which cut late "
        "medication rounds by half in the first quarter."
    )

    head, tail = split_long(sentence)

    assert head == "I spent six years running the night shift at a 200-bed hospital."
    assert tail.startswith("I rebuilt the handover checklist")


def test_a_short_sentence_or_one_without_a_boundary_gets_no_split():
    assert split_long("I rebuilt the handover checklist.") is None
    assert split_long(" ".join(["word"] * 40) + ".") is None


def test_split_sentences_keeps_greeting_and_sign_off_apart():
    assert split_sentences("Hi Dana,\nThanks for Tuesday. I can help.\nBest,\nMaya") == [
        "Hi Dana,",
        "Thanks for Tuesday.",
        "I can help.",
        "Best,",
        "Maya",
    ]


# --- bounded -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "a" * 50_000,
        "The " * 20_000,
        ", and " * 10_000,
        "I" + " i" * 20_000,
        "Who Owns The " * 5_000,
    ],
)
def test_every_function_is_bounded_on_hostile_input(text):
    is_fragment("warm up")
    start = time.process_time()  # this process's CPU: a loaded machine does not fail it
    split_sentences(text)
    is_fragment(text)
    casing_problem(text, keep={"Plated Box"})
    fix_casing(text, keep={"Plated Box"})
    split_long(text)

    assert time.process_time() - start < 0.5


def test_the_checker_reads_the_word_lists_without_importing_their_heavy_packages():
    # lemminflect would load numpy and wordfreq its tokenizers: ~0.5 s of cold start for
    # nothing. The checker reads their shipped data files directly.
    import subprocess
    import sys
    from pathlib import Path

    code = (
        "import sys\n"
        "from letters.quality import check_letter\n"
        "check_letter(subject='The rota', body='Dear Dana,\\n\\nThanks for Tuesday.')\n"
        "print(sorted(m for m in ('numpy', 'wordfreq', 'lemminflect')"
        " if m in sys.modules))\n"
    )
    root = Path(__file__).resolve().parents[2]
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=root, capture_output=True, text=True, check=True
    )

    assert result.stdout.strip() == "[]"
