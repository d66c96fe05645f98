"""Matching a message's five headers to a waiting letter: pure, no server, no database."""

from datetime import UTC, datetime, timedelta

from inbox import matching
from inbox.matching import ADDRESS, THREAD, WaitingLetter

SENT = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)
LETTER = WaitingLetter(1, "<letter-1@followup.example>", "Dana@Acme.example", SENT)
LATER = WaitingLetter(2, "<letter-2@followup.example>", "dana@acme.example", SENT + timedelta(1))
OWN = {"sam@example.org"}


def headers(text: str) -> matching.Headers:
    return matching.parse_headers(text.replace("\n", "\r\n").encode())


def test_in_reply_to_the_letter_is_a_thread_match():
    found = headers(
        "Message-ID: <r1@acme.example>\nIn-Reply-To: <letter-1@followup.example>\n"
        "From: Dana <dana@acme.example>\nDate: Tue, 03 Mar 2026 09:00:00 +0000\n\n"
    )

    assert matching.match(found, letters=[LETTER, LATER], own_addresses=OWN) == (
        matching.Match(LETTER, THREAD)
    )
    assert found.date == datetime(2026, 3, 3, 9, 0, tzinfo=UTC)


def test_a_folded_references_header_is_read_whole():
    found = headers(
        "References: <a@x.example>\n <b@x.example>\n\t<letter-2@followup.example>\n"
        "From: someone@else.example\n\n"
    )

    assert matching.match(found, letters=[LETTER, LATER], own_addresses=OWN).letter == LATER


def test_the_address_alone_suggests_the_latest_letter_sent_before_the_message():
    found = headers("From: DANA@acme.example\nDate: Wed, 04 Mar 2026 09:00:00 +0000\n\n")

    assert matching.match(found, letters=[LETTER, LATER], own_addresses=OWN) == (
        matching.Match(LATER, ADDRESS)
    )


def test_no_match_for_mail_before_the_letter_another_thread_or_the_users_own():
    before = headers("From: dana@acme.example\nDate: Sun, 01 Mar 2026 09:00:00 +0000\n\n")
    other_thread = headers(
        "From: dana@acme.example\nIn-Reply-To: <else@acme.example>\n"
        "Date: Wed, 04 Mar 2026 09:00:00 +0000\n\n"
    )
    own = headers("From: Sam <SAM@example.org>\nIn-Reply-To: <letter-1@followup.example>\n\n")
    undated = headers("From: dana@acme.example\n\n")

    for message in [before, other_thread, own, undated]:
        assert matching.match(message, letters=[LETTER], own_addresses=OWN) is None


def test_malformed_headers_never_raise():
    for raw in [
        b"",
        b"\xff\xfe\x00garbage",
        b"Date: not a date\r\nFrom: <<<>>>\r\n\r\n",
        b"From: " + b"a" * 100_000 + b"\r\n",
        b"References: " + b"<x@y> " * 50_000 + b"\r\n",
        b"Date: Tue, 03 Mar 2026 09:00:00 -0000\r\n",
    ]:
        parsed = matching.parse_headers(raw)
        assert len(parsed.answers) <= matching.MAX_REFERENCES
        assert matching.match(parsed, letters=[LETTER], own_addresses=OWN) is None


def test_the_hash_is_the_same_for_the_same_message_and_reveals_nothing():
    one = headers("Message-ID: <secret-id@acme.example>\n\n")
    again = headers("Message-ID:   <secret-id@acme.example>  \n\n")
    other = headers("Message-ID: <other@acme.example>\n\n")

    assert matching.message_id_hash(one) == matching.message_id_hash(again)
    assert matching.message_id_hash(one) != matching.message_id_hash(other)
    assert "secret" not in matching.message_id_hash(one)
    assert len(matching.message_id_hash(one)) == 64


def test_ids_compare_without_their_angle_brackets():
    assert matching.normalize_id(" <abc@host> ") == "abc@host"
    assert matching.normalize_id("abc@host") == "abc@host"
