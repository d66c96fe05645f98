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


def test_json_output_is_one_object_with_score_word_count_and_findings():
    data = json.loads(run(str(GENERIC), "--recipient", "Jessica Moore", "--json"))

    assert list(data) == ["score", "word_count", "findings"]
    assert (data["score"], data["word_count"]) == (0, 40)
    assert [f["code"] for f in data["findings"]] == [
        "vague_subject", "generic_greeting", "too_short", "no_specific_reference",
        "no_skill_reminder", "no_value_offer", "no_question", "no_next_step", "generic_phrases",
    ]  # fmt: skip
    assert all(list(f) == ["code", "message", "fix"] for f in data["findings"])
    assert data["findings"][1]["fix"] == RULES["generic_greeting"].fix.format(name="Jessica")


def test_json_output_of_a_strong_letter_has_no_findings():
    data = json.loads(run(str(STRONG), "--recipient", "Maria Gonzalez", "--json"))

    assert data == {"score": 100, "word_count": 136, "findings": []}


def test_the_subject_line_of_the_file_is_checked_as_the_subject(tmp_path):
    letter = tmp_path / "letter.txt"
    body = STRONG.read_text(encoding="utf-8").split("\n", 1)[1]
    letter.write_text(f"Subject: Follow up\n{body}", encoding="utf-8")

    data = json.loads(run(str(letter), "--recipient", "Maria Gonzalez", "--json"))

    assert [f["code"] for f in data["findings"]] == ["vague_subject"]


def test_the_human_report_shows_the_score_and_each_finding_with_its_fix():
    output = run(str(GENERIC), "--recipient", "Jessica Moore")

    assert output.startswith("Score 0/100, 40 words\n")
    assert "generic_greeting: The greeting addresses nobody in particular." in output
    assert "  Fix: Open with “Dear Jessica,”: the letter is for the person who decides." in output


def test_the_human_report_of_a_strong_letter_has_nothing_to_fix():
    output = run(str(STRONG), "--recipient", "Maria Gonzalez")

    assert output == "Score 100/100, 136 words\nNothing to fix.\n"


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
