"""``manage.py letter_draft FILE [--json]``: a draft from wizard answers, no database row."""

import json

import pytest
from django.core.management import CommandError, call_command

from letters import trades
from tests.letters.letter_helpers import DM_ANSWERS

ANSWERS = {
    "recipient": "Dana Whitfield",
    "sender": "Alex Morgan",
    "company": "Acme Corp",
    "role": "Data Engineer",
    "decision_maker": True,
    "discussed": "Their plan to move the nightly batch jobs to streaming.",
    "problem": "Reports arrive a day late because the ETL runs overnight.",
    "answers": DM_ANSWERS | {"fit": [*DM_ANSWERS["fit"], "Airflow and dbt"]},
}


def run(tmp_path, data, *args) -> str:
    path = tmp_path / "answers.json"
    path.write_text(json.dumps(data) if not isinstance(data, str) else data, encoding="utf-8")
    out = __import__("io").StringIO()
    call_command("letter_draft", str(path), *args, stdout=out)
    return out.getvalue()


def test_it_prints_the_subject_and_the_body(tmp_path):
    out = run(tmp_path, ANSWERS)

    subject, body = out.split("\n\n", 1)
    assert subject.startswith("Subject: ")
    assert body.startswith("Dear Dana,\n\n")
    assert DM_ANSWERS["value_idea"] in body
    assert body.rstrip().endswith("Alex Morgan")


def test_json_has_the_draft_its_notices_its_score_and_its_findings(tmp_path):
    result = json.loads(run(tmp_path, ANSWERS, "--json"))

    assert set(result) == {"subject", "body", "notices", "score", "findings"}
    assert all(set(n) == {"answer", "message"} for n in result["notices"])
    fit = [n["message"] for n in result["notices"] if n["answer"] == "fit"]
    assert fit[2].startswith("Result 3: “Airflow and dbt” reads as a note, so it is not in")
    assert "Airflow" not in result["body"]
    assert isinstance(result["score"], int)


def test_the_same_file_gives_the_same_draft(tmp_path):
    assert run(tmp_path, ANSWERS, "--json") == run(tmp_path, ANSWERS, "--json")


def test_missing_keys_give_a_draft_that_says_what_to_add(tmp_path):
    result = json.loads(run(tmp_path, {"recipient": "Dana Whitfield"}, "--json"))

    assert result["body"].startswith("Dear Dana,")
    [length] = [n for n in result["notices"] if n["answer"] == "draft"]
    assert "Add " in length["message"]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "is not JSON"),
        ("[1, 2]", "must hold one JSON object"),
        ('{"answers": []}', '"answers" must be an object'),
        ('{"recipient": 3}', '"recipient" must be a string'),
    ],
)
def test_a_file_that_is_not_answers_is_refused_with_a_reason(tmp_path, content, message):
    with pytest.raises(CommandError, match=message):
        run(tmp_path, content)


def test_a_missing_file_is_refused(tmp_path):
    with pytest.raises(CommandError, match="Cannot read"):
        call_command("letter_draft", str(tmp_path / "nope.json"))


def test_an_empty_closing_stays_out_of_the_letter_and_its_notice_offers_one(tmp_path):
    data = ANSWERS | {"answers": DM_ANSWERS | {"closing": ""}}

    result = json.loads(run(tmp_path, data, "--json"))

    [closing] = [n["message"] for n in result["notices"] if n["answer"] == "closing"]
    assert closing.startswith("Closing: You left it empty, and that is fine")
    assert any(c in closing for c in trades.IDEA_CLOSINGS)
    assert not any(c in result["body"] for c in trades.IDEA_CLOSINGS)
    assert f"{DM_ANSWERS['question']}\n\n" in result["body"]
