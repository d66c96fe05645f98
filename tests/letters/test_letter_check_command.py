import json
import re
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from letters.quality import RULES

SAMPLES = Path(__file__).parent / "samples"
STRONG = SAMPLES / "strong" / "backend_invoice_backlog.txt"
GENERIC = SAMPLES / "generic" / "short_thank_you.txt"


def run(*args: str) -> str:
    stdout = StringIO()
    call_command("letter_check", *args, stdout=stdout)
    return stdout.getvalue()


# Findings that cap the score carry "cap": here the greeting to nobody, and an offer
# missing with no result either (nothing in the letter is for the reader).
CAPPED = {"generic_greeting", "no_value_offer"}


def test_json_output_is_one_object_with_score_word_count_and_findings():
    data = json.loads(run(str(GENERIC), "--recipient", "Jessica Moore", "--json"))

    assert list(data) == ["score", "word_count", "findings"]
    assert (data["score"], data["word_count"]) == (11, 40)
    assert [f["code"] for f in data["findings"]] == [
        "vague_subject", "generic_greeting", "too_short", "no_specific_reference",
        "no_skill_reminder", "no_value_offer", "no_next_step", "generic_phrases",
    ]  # fmt: skip
    assert [list(f) for f in data["findings"]] == [
        ["code", "message", "fix", *(["cap"] if f["code"] in CAPPED else [])]
        for f in data["findings"]
    ]
    assert data["findings"][1]["fix"] == RULES["generic_greeting"].fix.format(name="Jessica")
    assert data["findings"][1]["cap"] == 50


def test_json_output_of_a_strong_letter_has_no_findings():
    data = json.loads(run(str(STRONG), "--recipient", "Maria Gonzalez", "--json"))

    assert data == {"score": 100, "word_count": 135, "findings": []}


def test_the_subject_line_of_the_file_is_checked_as_the_subject(tmp_path):
    letter = tmp_path / "letter.txt"
    body = STRONG.read_text(encoding="utf-8").split("\n", 1)[1]
    letter.write_text(f"Subject: Follow up\n{body}", encoding="utf-8")

    data = json.loads(run(str(letter), "--recipient", "Maria Gonzalez", "--json"))

    assert [f["code"] for f in data["findings"]] == ["vague_subject"]


def test_the_human_report_shows_the_score_and_each_finding_with_its_fix():
    output = run(str(GENERIC), "--recipient", "Jessica Moore")

    assert output.startswith("Score 11/100, 40 words\n")
    assert (
        "generic_greeting: “Hiring Manager” to Jessica Moore, whom you met. "
        "(caps the score at 50)" in output
    )
    assert "  Fix: Open with “Dear Jessica,”: the letter is for the person who decides." in output


def test_the_human_report_of_a_strong_letter_has_nothing_to_fix():
    output = run(str(STRONG), "--recipient", "Maria Gonzalez")

    assert output == "Score 100/100, 135 words\nNothing to fix.\n"


def test_a_missing_file_is_a_command_error(tmp_path):
    missing = tmp_path / "missing.txt"

    message = f"Cannot read {missing}: No such file or directory."
    with pytest.raises(CommandError, match=f"^{re.escape(message)}$"):
        run(str(missing))


def test_a_file_that_is_not_utf8_is_a_command_error(tmp_path):
    latin1 = tmp_path / "letter.txt"
    latin1.write_bytes("Subject: Caf\xe9\n\nDear Ren\xe9e,".encode("latin-1"))

    with pytest.raises(CommandError, match="is not UTF-8 text.$"):
        run(str(latin1))


def test_a_directory_is_a_command_error(tmp_path):
    with pytest.raises(CommandError, match="^Cannot read .*: Is a directory.$"):
        run(str(tmp_path))


CORPUS = Path(__file__).parent / "corpus" / "letters"


def test_the_interviews_context_goes_in_through_the_options():
    letter = str(CORPUS / "teaching_07.txt")
    context = ["--recipient", "Dr. Helen Park", "--company", "Westfield Middle School",
               "--discussed", "Year 8 students who fall behind in fractions",
               "--problem", "a third of Year 8 fail the fractions unit test"]  # fmt: skip

    alone = json.loads(run(letter, *context, "--json"))
    reused = json.loads(run(letter, *context, "--other-company", "Oakridge Academy",
                            "--other-company", "Hillcrest", "--json"))  # fmt: skip

    # Issue 19: another firm where the employer belongs is caught even when it is not one
    # of the user's interviews; naming one of them says which.
    assert [(f["code"], f["message"]) for f in alone["findings"]] == [
        (
            "other_company",
            "The letter names Oakridge Academy where Westfield Middle School belongs.",
        )
    ]
    assert reused["score"] == 20
    assert reused["findings"] == [
        {
            "code": "other_company",
            "message": "The letter names Oakridge Academy, not Westfield Middle School.",
            "fix": RULES["other_company"].fix.format(
                name="Oakridge Academy", company="Westfield Middle School"
            ),
            "cap": 20,
        }
    ]


def test_notes_make_an_echo_of_the_conversation_count_as_a_reference(tmp_path):
    # The only sentence about the conversation names neither a number nor a name, and
    # quotes nothing the reader said: only the notes show it echoes the interview.
    path = tmp_path / "letter.txt"
    path.write_text(
        "Subject: The night-shift handover\n\nDear Maria,\n\n"
        "Night-shift handover errors were the part of our conversation I keep coming back "
        "to.\n\nAt Mercy General I moved our handover to the bedside with a one-page "
        "checklist, and missed early doses went from about one in five handovers to one in "
        "fifty within three months. The six new graduates on my unit learned it in a single "
        "shift, and the night leads ran the audit themselves after the first week.\n\n"
        "I can bring the checklist and the audit sheet on Thursday, so your educators can "
        "judge whether it fits the ward.\n\n"
        "Best regards,\nAisha Bello\n",
        encoding="utf-8",
    )

    without = json.loads(run(str(path), "--recipient", "Maria Lopez", "--json"))
    with_notes = json.loads(
        run(
            str(path),
            "--recipient",
            "Maria Lopez",
            "--discussed",
            "night-shift handover errors",
            "--json",
        )  # fmt: skip
    )

    assert "no_specific_reference" in [f["code"] for f in without["findings"]]
    assert "no_specific_reference" not in [f["code"] for f in with_notes["findings"]]
    assert with_notes["score"] > without["score"]


def test_a_file_over_a_megabyte_is_a_command_error(tmp_path):
    huge = tmp_path / "huge.txt"
    huge.write_text("a" * 1_000_001, encoding="utf-8")

    with pytest.raises(CommandError, match="is over 1 MB: that is no letter.$"):
        run(str(huge))


def test_role_sender_and_interview_day_are_checked_as_the_app_checks_them():
    # backend_invoice_backlog.txt: "the Backend Engineer role", signed Daniel Reyes, and
    # it thanks Maria "for Tuesday's conversation".
    facts = ["--recipient", "Maria Gonzalez", "--company", "Ledgerly"]
    right = json.loads(run(str(STRONG), *facts, "--role", "Backend Engineer", "--sender",
                           "Daniel Reyes", "--interview-date", "2026-03-03", "--json"))  # fmt: skip
    wrong = json.loads(run(str(STRONG), *facts, "--role", "Data Analyst", "--sender",
                           "Alex Morgan", "--interview-date", "2026-03-05", "--json"))  # fmt: skip

    assert right["findings"] == []
    assert {"wrong_role", "wrong_signature", "wrong_day"} <= {f["code"] for f in wrong["findings"]}
    assert wrong["score"] < 70
    # Copy-and-paste tells: the letter was written for someone else.
    assert all(f["cap"] == 50 for f in wrong["findings"] if f["code"].startswith("wrong_"))


def test_an_interview_date_that_is_no_date_is_a_command_error():
    with pytest.raises(CommandError, match="not a date like 2026-03-05"):
        run(str(STRONG), "--interview-date", "last Tuesday")
