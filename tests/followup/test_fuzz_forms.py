"""Hypothesis posts hostile input to every form and to the .ics upload: random Unicode,
control characters, huge values, odd charsets and extreme dates. Nothing a user types
may produce a server error (status 500 or more).

Each form gets a bounded number of examples so the file stays quick in `make test`.
The signed-in user has data (an interview with a panel, a finished letter, a draft), so
edits and wizard steps run against real rows.
"""

from urllib.parse import urlencode

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from interviews import forms as interview_forms
from letters import wizard
from tests.factories import UserFactory
from tests.letters.letter_helpers import assembled_letter, interview_with_panel, started_letter

pytestmark = pytest.mark.django_db

FUZZ = settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    # The same examples on every run: CI stays stable; failures reproduce.
    derandomize=True,
)

# --- values -------------------------------------------------------------------------

# Any character but surrogates (a browser cannot send those), control characters included.
any_text = st.text(st.characters(exclude_categories=["Cs"]), max_size=60)
control_text = st.text(st.characters(max_codepoint=0x1F), min_size=1, max_size=10)
huge = st.sampled_from([10_000, 100_000, 200_000]).map(lambda n: "ß" * n)
numbers = st.sampled_from(
    ["0", "-1", "1e308", "NaN", "99999999999999999999", "-99999999999999999999", "１２", "0x10"]
)
dates = st.sampled_from(
    [
        "9999-12-31",
        "0001-01-01",
        "10000-01-01",
        "0000-00-00",
        "2026-02-30",
        "1969-12-31",
        "2100-01-01",
        "-2026-01-01",
        "2026-03-10",
    ]
)
datetimes = st.sampled_from(
    [
        "9999-12-31T23:59",
        "9999-12-31T23:59:59.999999",
        "0001-01-01T00:00",
        "10000-01-01T00:00",
        "2026-03-08T02:30",  # a time that does not exist in New York (DST)
        "2026-11-01T01:30",  # one that exists twice
        "2026-03-10T25:61",
        "2026-03-10T14:00",
    ]
)
times = st.sampled_from(["23:59", "24:00", "00:00", "-1:00", "99:99", "7", "08:00:00.5"])
value = st.one_of(any_text, control_text, huge, numbers, dates, datetimes, times)


@st.composite
def form(draw, valid: dict, **fields) -> dict:
    """A valid submission with up to three fields made hostile (or left out): a valid
    form reaches the code behind it, where the 500s were."""
    data = dict(valid)
    names = sorted(set(valid) | set(fields))
    for name in draw(st.sets(st.sampled_from(names), max_size=3)):
        hostile = draw(st.one_of(fields.get(name, value), value, st.none()))
        if hostile is None:
            data.pop(name, None)
        else:
            data[name] = hostile
    return data


charsets = st.sampled_from([None, "utf-8", "latin-1", "utf-16"])


# --- sending ------------------------------------------------------------------------


def post(client: Client, path: str, data: dict, *, charset=None, **headers):
    body = urlencode(data, doseq=True, encoding=charset or "utf-8", errors="replace")
    content_type = "application/x-www-form-urlencoded"
    if charset:
        content_type += f"; charset={charset}"
    return client.generic("POST", path, body.encode("ascii"), content_type, headers=headers)


def assert_no_server_error(response, what):
    assert response.status_code < 500, what


@pytest.fixture
def setup(client):
    client.raise_request_exception = False
    interview, panel = interview_with_panel(panel_size=2)
    user = interview.owner
    letter = assembled_letter(interview, panel[0])
    draft = started_letter(interview, panel[1])
    client.force_login(user)
    return {
        "client": client,
        "user": user,
        "interview": interview,
        "interviewer": panel[0].interviewer,
        "letter": letter,
        "draft": draft,
    }


@pytest.fixture
def fast_passwords(db, settings):
    # A password hash takes a second by design; 25 sign-ins need not take 25 seconds.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    return UserFactory(email="sam.lee@gmail.com")


def anonymous() -> Client:
    client = Client()
    client.raise_request_exception = False
    return client


# --- signed out ----------------------------------------------------------------------


@FUZZ
@given(
    data=form(
        {
            "email": "new.seeker@example.com",
            "password1": "a-long-enough-pass-2026",
            "password2": "a-long-enough-pass-2026",
            "name": "New Seeker",
            "time_zone": "Europe/Paris",
        },
        email=st.emails(),
    ),
    charset=charsets,
)
def test_sign_up_never_errors(fast_passwords, data, charset):
    response = post(anonymous(), "/accounts/signup/", data, charset=charset)
    assert_no_server_error(response, data)


@FUZZ
@given(
    data=form({"login": "sam.lee@gmail.com", "password": "wrong-password"}, login=st.emails()),
    charset=charsets,
)
def test_login_never_errors(fast_passwords, data, charset):
    response = post(anonymous(), "/accounts/login/", data, charset=charset)
    assert_no_server_error(response, data)


@FUZZ
@given(data=form({"email": "sam.lee@gmail.com"}, email=st.emails()), charset=charsets)
def test_password_reset_never_errors(db, data, charset):
    response = post(anonymous(), "/accounts/password/reset/", data, charset=charset)
    assert_no_server_error(response, data)


# --- the account ---------------------------------------------------------------------


@FUZZ
@given(
    data=form({"name": "Sam Lee", "time_zone": "Europe/Paris"}, name=st.one_of(huge, control_text)),
    charset=charsets,
)
def test_profile_never_errors(setup, data, charset):
    response = post(setup["client"], "/profile/", data, charset=charset)
    assert_no_server_error(response, data)


@FUZZ
@given(
    data=form(
        {
            "time_zone": "Pacific/Kiritimati",
            "quiet_hours_start": "21:00",
            "quiet_hours_end": "08:00",
            "email_reminders": "on",
            "remind_nudge": "on",
            "remind_check_in": "on",
        },
        quiet_hours_start=times,
        quiet_hours_end=times,
    ),
    charset=charsets,
)
def test_preferences_never_errors(setup, data, charset):
    response = post(setup["client"], "/preferences/", data, charset=charset)
    assert_no_server_error(response, data)


@FUZZ
@given(data=form({"coach_email": "coach@example.org"}, coach_email=st.emails()), charset=charsets)
def test_coach_invite_never_errors(setup, data, charset):
    response = post(setup["client"], "/profile/coach/invite/", data, charset=charset)
    assert_no_server_error(response, data)


# --- interviews and interviewers -------------------------------------------------------

panel_row = st.fixed_dictionaries(
    {},
    optional={
        "interviewer": st.one_of(st.just(""), numbers, any_text),
        "name": st.one_of(any_text, huge, control_text),
        "job_title": any_text,
        "email": st.one_of(st.emails(), any_text),
        "is_decision_maker": st.just("on"),
        "discussed": st.one_of(any_text, huge),
        "problem_mentioned": st.one_of(any_text, huge),
        "DELETE": st.just("on"),
    },
)
interview_fields = form(
    {
        "company": "Acme Corp",
        "role": "Data Engineer",
        "round": "first",
        "format": "video",
        "starts_at": "2026-03-10T14:00",
        "ends_at": "2026-03-10T15:00",
        "location": "https://meet.example.org/abc",
        "job_posting_url": "",
        "decision_expected_by": "",
        "notes": "",
    },
    company=any_text,
    role=any_text,
    round=st.sampled_from(["first", "final", "onsite"]),
    format=st.sampled_from(["video", "phone", "onsite"]),
    starts_at=datetimes,
    ends_at=datetimes,
    location=any_text,
    job_posting_url=st.sampled_from(["https://example.org/job", "javascript:alert(1)", "http://"]),
    decision_expected_by=dates,
    notes=st.one_of(any_text, huge),
)


def with_panel(fields: dict, rows: list[dict], total: str | None, initial: str) -> dict:
    data = {
        **fields,
        "panel-TOTAL_FORMS": total if total is not None else str(len(rows)),
        "panel-INITIAL_FORMS": initial,
        "panel-MIN_NUM_FORMS": "0",
        "panel-MAX_NUM_FORMS": "20",
    }
    for index, row in enumerate(rows):
        data |= {f"panel-{index}-{key}": item for key, item in row.items()}
    return data


panel_counts = st.one_of(st.none(), numbers, st.just("1000"))


@FUZZ
@given(
    fields=interview_fields,
    rows=st.lists(panel_row, max_size=3),
    total=panel_counts,
    initial=st.sampled_from(["0", "1", "-1", "9999"]),
    charset=charsets,
)
def test_interview_create_never_errors(setup, fields, rows, total, initial, charset):
    data = with_panel(fields, rows, total, initial)
    response = post(setup["client"], "/interviews/new/", data, charset=charset)
    assert_no_server_error(response, data)


EXTREME_DATES = [
    {"ends_at": "9999-12-31T23:59"},
    {"starts_at": "9999-12-31T22:59", "ends_at": "9999-12-31T23:59"},
    {"starts_at": "0001-01-01T00:00", "ends_at": "0001-01-01T01:00"},
    {"decision_expected_by": "9999-12-31"},
    {"decision_expected_by": "0001-01-01"},
]


# Found by the fuzzing above: the save overflows computing reminders from year 9999.
# The range check (1970-2100, decision within two years) is another part of issue 11
# (branch abuse, interviews.forms.LATEST_INTERVIEW); until it is merged these fail.
@pytest.mark.xfail(
    not hasattr(interview_forms, "LATEST_INTERVIEW"),
    reason="needs the interview date range check (issue 11, branch abuse)",
    strict=True,
)
@pytest.mark.parametrize("path", ["/interviews/new/", "edit"])
def test_extreme_interview_dates_never_error(setup, path):
    interview = setup["interview"]
    path = f"/interviews/{interview.pk}/edit/" if path == "edit" else path
    base = {
        "company": "Acme Corp",
        "role": "Data Engineer",
        "round": "first",
        "format": "video",
        "starts_at": "2026-03-10T14:00",
        "ends_at": "2026-03-10T15:00",
    }
    statuses = [
        post(setup["client"], path, with_panel(base | dates, [], None, "0")).status_code
        for dates in EXTREME_DATES
    ]
    assert max(statuses) < 500, statuses


@FUZZ
@given(
    fields=interview_fields,
    rows=st.lists(panel_row, max_size=3),
    total=panel_counts,
    initial=st.sampled_from(["0", "2", "-1"]),
)
def test_interview_edit_never_errors(setup, fields, rows, total, initial):
    data = with_panel(fields, rows, total, initial)
    path = f"/interviews/{setup['interview'].pk}/edit/"
    assert_no_server_error(post(setup["client"], path, data), data)


@FUZZ
@given(total=st.one_of(numbers, any_text))
def test_adding_a_panel_row_never_errors(setup, total):
    response = setup["client"].get("/interviews/panel-row/", {"panel-TOTAL_FORMS": total})
    assert_no_server_error(response, total)


@FUZZ
@given(
    data=form(
        {"outcome": "offer", "reply_received": "on", "next": "/dashboard/"},
        outcome=st.sampled_from(["awaiting", "offer", "rejected", "withdrawn"]),
        reply_received=st.just("on"),
        next=st.one_of(any_text, st.just("//evil.example/"), st.just("/dashboard/")),
    )
)
def test_outcome_never_errors(setup, data):
    path = f"/interviews/{setup['interview'].pk}/outcome/"
    assert_no_server_error(post(setup["client"], path, data), data)


@FUZZ
@given(
    data=form(
        {"name": "Dana Whitfield", "email": "dana@acme.example", "notes": ""},
        name=st.one_of(any_text, control_text),
        job_title=any_text,
        company=any_text,
        email=st.emails(),
        phone=any_text,
        linkedin_url=any_text,
        notes=huge,
    )
)
def test_interviewer_edit_never_errors(setup, data):
    path = f"/interviewers/{setup['interviewer'].pk}/edit/"
    assert_no_server_error(post(setup["client"], path, data), data)


@FUZZ
@given(
    data=form(
        {"q": "Acme", "page": "1"}, q=st.one_of(any_text, huge), outcome=any_text, page=numbers
    )
)
def test_list_filters_never_error(setup, data):
    for path in ("/interviews/", "/interviewers/", "/letters/"):
        assert_no_server_error(setup["client"].get(path, data), (path, data))


# --- the .ics upload -------------------------------------------------------------------

VALID_ICS = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\nBEGIN:VEVENT\r\n"
    "UID:1@example.org\r\nDTSTART:20260310T140000Z\r\nDTEND:20260310T150000Z\r\n"
    "SUMMARY:Interview: Data Engineer at Acme Corp\r\n"
    "ATTENDEE;CN=Dana Whitfield:mailto:dana@acme.example\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
)
ics_lines = st.sampled_from(VALID_ICS.split("\r\n"))
hostile_ics = st.one_of(
    st.binary(max_size=2000),
    st.lists(st.one_of(ics_lines, any_text, control_text), max_size=30).map(
        lambda lines: "\r\n".join(lines).encode("utf-8", "replace")
    ),
    st.tuples(any_text, st.sampled_from(["DTSTART:", "DTEND:", "SUMMARY:", "TZID="])).map(
        lambda pair: VALID_ICS.replace(pair[1], pair[1] + pair[0]).encode("utf-8", "replace")
    ),
    st.sampled_from(
        [
            VALID_ICS.replace("20260310T140000Z", "99991231T235959Z"),
            VALID_ICS.replace("20260310T150000Z", "00010101T000000Z"),
            VALID_ICS.replace("DTSTART:", "DTSTART;TZID=" + "/a" * 5000 + ":"),
            VALID_ICS.replace("\r\n", "\n"),
            VALID_ICS.encode("utf-16").decode("latin-1"),
        ]
    ).map(lambda text: text.encode("utf-8", "replace")),
)


@FUZZ
@given(content=hostile_ics, name=st.sampled_from(["invite.ics", "a" * 300, "x\x00.ics", ""]))
def test_ics_upload_never_errors(setup, content, name):
    upload = SimpleUploadedFile(name or "f", content, content_type="text/calendar")
    response = setup["client"].post("/interviews/import/", {"invite": upload})
    assert_no_server_error(response, content[:200])


# --- letters ---------------------------------------------------------------------------

STEP_VALID = {
    2: {"connection": "Our talk about streaming."},
    3: {"fit_1": "cut reporting from 6 days to 2"},
    4: {"value_problem": "late reports", "value_idea": "run it hourly", "value_gain": "efficiency"},
    5: {"question": "What would success look like?"},
    6: {"closing": "I would welcome a next conversation."},
}
step_fields = {
    1: {"recipient": st.one_of(numbers, any_text)},
    2: {"connection": st.one_of(any_text, huge)},
    3: {"fit_1": any_text, "fit_2": huge, "fit_3": control_text},
    4: {
        "value_problem": any_text,
        "value_idea": huge,
        "value_gain": any_text,
        "value_gain_detail": any_text,
    },
    5: {"question": st.one_of(any_text, huge)},
    6: {"closing": st.one_of(any_text, huge)},
}


@FUZZ
@given(
    number=st.sampled_from([step.number for step in wizard.STEPS]),
    direction=st.sampled_from(["next", "back", "finish", "", "sideways"]),
    data=st.data(),
)
def test_wizard_steps_never_error(setup, number, direction, data):
    fields = data.draw(form(STEP_VALID.get(number, {}), **step_fields.get(number, {})))
    fields["direction"] = direction
    path = f"/letters/{setup['draft'].pk}/step/{number}/"
    assert_no_server_error(post(setup["client"], path, fields), (path, fields))


@FUZZ
@given(recipient=st.one_of(numbers, any_text))
def test_starting_a_letter_never_errors(setup, recipient):
    path = f"/interviews/{setup['interview'].pk}/letter/"
    assert_no_server_error(post(setup["client"], path, {"recipient": recipient}), recipient)


letter_text = form(
    {"subject": "Thank you", "body": "Dear Dana,\n\nThank you for your time."},
    subject=st.one_of(any_text, huge, control_text),
    body=st.one_of(any_text, huge),
)


@FUZZ
@given(data=letter_text, charset=charsets)
def test_draft_save_never_errors(setup, data, charset):
    path = f"/letters/{setup['letter'].pk}/"
    assert_no_server_error(post(setup["client"], path, data, charset=charset), data)


@FUZZ
@given(data=letter_text)
def test_letter_check_partial_never_errors(setup, data):
    path = f"/letters/{setup['letter'].pk}/check/"
    response = post(setup["client"], path, data, HX_Request="true")
    assert_no_server_error(response, data)


@FUZZ
@given(data=form({"via": "manual"}, via=st.sampled_from(["mail_client", "manual", "smtp"])))
def test_mark_sent_never_errors(setup, data):
    path = f"/letters/{setup['letter'].pk}/sent/"
    assert_no_server_error(post(setup["client"], path, data), data)


# --- every field of every form, one at a time: a NUL byte, control characters, a huge value

FORMS = {
    "signup": ("/accounts/signup/", {"email": "x@example.org", "password1": "pw-2026-long"}),
    "login": ("/accounts/login/", {"login": "sam.lee@gmail.com", "password": "wrong"}),
    "reset": ("/accounts/password/reset/", {"email": "sam.lee@gmail.com"}),
    "profile": ("/profile/", {"name": "Sam Lee", "time_zone": "Europe/Paris"}),
    "preferences": (
        "/preferences/",
        {"time_zone": "UTC", "quiet_hours_start": "21:00", "quiet_hours_end": "08:00"},
    ),
    "coach invite": ("/profile/coach/invite/", {"coach_email": "coach@example.org"}),
    "interview": (
        "/interviews/new/",
        with_panel(
            {
                "company": "Acme Corp",
                "role": "Data Engineer",
                "round": "first",
                "format": "video",
                "starts_at": "2026-03-10T14:00",
                "ends_at": "2026-03-10T15:00",
                "location": "",
                "job_posting_url": "",
                "decision_expected_by": "",
                "notes": "",
            },
            [{"interviewer": "", "name": "Dana", "job_title": "", "email": "", "discussed": ""}],
            None,
            "0",
        ),
    ),
    "interviewer": (
        "/interviewers/{interviewer}/edit/",
        {"name": "Dana", "job_title": "", "company": "", "email": "", "phone": "", "notes": ""},
    ),
    "outcome": ("/interviews/{interview}/outcome/", {"outcome": "offer", "next": "/dashboard/"}),
    "start letter": ("/interviews/{interview}/letter/", {"recipient": "{interviewer}"}),
    **{
        f"step {number}": (f"/letters/{{draft}}/step/{number}/", STEP_VALID.get(number, {}))
        for number in (step.number for step in wizard.STEPS)
    },
    "draft": ("/letters/{letter}/", {"subject": "Thanks", "body": "Dear Dana"}),
    "check": ("/letters/{letter}/check/", {"subject": "Thanks", "body": "Dear Dana"}),
    "mark sent": ("/letters/{letter}/sent/", {"via": "manual"}),
}
POISON = ["a\x00b", "\x00", "\x01\x1b[31m\r\n\x7f", "\u202e\ufeff\U0010ffff", "9" * 40]


@pytest.mark.parametrize("name", FORMS)
def test_a_poisoned_value_in_any_field_never_errors(setup, fast_passwords, name):
    path, valid = FORMS[name]
    ids = {key: setup[key].pk for key in ("interview", "interviewer", "letter", "draft")}
    path = path.format(**ids)
    valid = {key: item.format(**ids) for key, item in valid.items()}
    statuses = {}
    for field in valid:
        for poison in POISON:
            response = post(setup["client"], path, valid | {field: poison})
            statuses[(field, poison)] = response.status_code
    assert {key: status for key, status in statuses.items() if status >= 500} == {}
