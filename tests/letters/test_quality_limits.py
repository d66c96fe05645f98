"""The checker's work is bounded: linear in its input, never more than the first 20,000
characters of a body read in full, and under a second for 1 MB of hostile text."""

import time

import pytest

from letters.quality import MAX_CHECKED_CHARS, check_letter
from letters.quality.text import salutation, split_sentences, tokens

MB = 1_000_000
ADVERSARIAL = {
    # The old URL/e-mail pattern \S+@\S+\.\S+ took seconds on these.
    "at signs": "a@" * (MB // 2),
    "at signs and dots": "a@b." * (MB // 4),
    "one long word": "x" * MB,
    "spaces": " " * MB,
    "full stops": "." * MB,
    "stops and quotes": '!"' * (MB // 2),
    "abbreviations": "Dr. " * (MB // 4),
    "hyphens and apostrophes": "a-'" * (MB // 3),
    "digits": "1.2,3:" * (MB // 6),
    "a long first line": "Dear " + "Maria " * (MB // 6),
    "many lines": "Best regards,\n" * (MB // 14),
    "capitals": "Quorvex " * (MB // 8),
}


@pytest.fixture(autouse=True, scope="module")
def dictionary_loaded():
    check_letter(subject="", body="Hello.")  # the dictionary loads once per process


# Timed in this process's CPU time, not wall time: a backtracking pattern costs minutes
# of CPU, while a loaded machine (other test workers, CI neighbours) only stretches the
# wall clock.


@pytest.mark.parametrize("text", ADVERSARIAL.values(), ids=ADVERSARIAL.keys())
def test_a_megabyte_of_hostile_text_is_checked_in_under_a_second(text):
    start = time.process_time()
    report = check_letter(
        subject=text[:5000],
        body=text,
        recipient_name="Maria Gonzalez",
        discussed=text[:20000],
        other_bodies=[text],
    )

    assert time.process_time() - start < 1.0
    assert 0 <= report.score <= 100


@pytest.mark.parametrize("text", ADVERSARIAL.values(), ids=ADVERSARIAL.keys())
def test_splitting_and_tokenising_run_in_linear_time_on_the_whole_megabyte(text):
    """The checker never gives them more than 20,000 characters; even a megabyte takes
    them a second or two, not the minutes a backtracking pattern would."""
    start = time.process_time()
    split_sentences(text)
    tokens(text)

    assert time.process_time() - start < 2.0


def test_a_huge_body_is_still_counted_whole_and_capped_as_too_long():
    body = "Dear Maria,\n\n" + "word " * 300_000

    report = check_letter(subject="Idea", body=body, recipient_name="Maria Gonzalez")

    assert report.word_count == 300_002
    assert report.score == 0 or [f.cap for f in report.findings if f.code == "too_long"] == [30]
    assert MAX_CHECKED_CHARS == 20_000


# Through the web: the letter check endpoint refuses what it will not read, quickly and
# in words, and never runs the checker on more than a draft may hold.


@pytest.fixture
def own_letter(client):
    from tests.letters.letter_helpers import assembled_letter, interview_with_panel

    interview, (dana, _) = interview_with_panel()
    client.force_login(interview.owner)
    return assembled_letter(interview, dana)


@pytest.mark.django_db
def test_an_overlong_draft_posted_to_the_live_check_gets_the_limit_message(client, own_letter):
    from django.urls import reverse

    started = time.process_time()
    response = client.post(
        reverse("letter_check", args=[own_letter.pk]),
        {"subject": own_letter.subject, "body": "a@" * 100_000},
    )
    elapsed = time.process_time() - started

    assert response.status_code == 200
    assert "20,000 characters" in response.content.decode()
    assert elapsed < 2


@pytest.mark.django_db
def test_a_megabyte_posted_to_the_live_check_is_refused_before_anything_reads_it(
    client, own_letter
):
    from django.urls import reverse

    client.raise_request_exception = False
    started = time.process_time()
    response = client.post(
        reverse("letter_check", args=[own_letter.pk]),
        {"subject": own_letter.subject, "body": "a@" * (MB // 2)},
    )

    assert response.status_code == 400
    assert time.process_time() - started < 2
    own_letter.refresh_from_db()
    assert "a@a@" not in own_letter.body


def test_a_recipient_name_of_many_spaces_is_read_in_linear_time():
    # The name's tail ("Rohit Sharma (Talent Acquisition)") is cut off without
    # backtracking over a run of spaces (20,000 took 6 s before).
    start = time.process_time()
    assert salutation(" " * 20_000 + "Dana") == "Dana"
    assert time.process_time() - start < 0.5
