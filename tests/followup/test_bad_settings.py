"""A bad value in the environment stops start-up with one line that names the variable."""

import pytest

from tests.followup.test_settings import run_settings


def last_line_of_error(overrides: dict) -> str:
    result = run_settings({"DEBUG": "1", **overrides}, "pass")
    assert result.returncode != 0
    # One exception, not a chain of them ("During handling of the above exception...").
    assert "During handling" not in result.stderr
    assert "KeyError" not in result.stderr
    return result.stderr.strip().splitlines()[-1]


@pytest.mark.parametrize(
    "url",
    [
        "postgres//db/followup",
        "nonsense",
        "foo://db/followup",
        "postgres://app@db:port/followup",
        "postgres://",
    ],
)
def test_a_malformed_database_url_is_a_one_line_error_naming_it(url):
    line = last_line_of_error({"DATABASE_URL": url})
    assert line.startswith(
        "django.core.exceptions.ImproperlyConfigured: DATABASE_URL is not a valid database URL"
    )


@pytest.mark.parametrize(
    ("name", "value", "message"),
    [
        ("REMINDER_SWEEP_SECONDS", "soon", "REMINDER_SWEEP_SECONDS must be a number, not 'soon'."),
        ("REMINDER_BATCH_SIZE", "1e3", "REMINDER_BATCH_SIZE must be a whole number, not '1e3'."),
        (
            "FOLLOWUP_MAX_CHECK_INS",
            "two",
            "FOLLOWUP_MAX_CHECK_INS must be a whole number, not 'two'.",
        ),
    ],
)
def test_a_non_numeric_setting_is_a_one_line_error_naming_it(name, value, message):
    assert last_line_of_error({name: value}) == (
        f"django.core.exceptions.ImproperlyConfigured: {message}"
    )


def test_a_malformed_cache_url_is_a_one_line_error_naming_it():
    line = last_line_of_error({"CACHE_URL": "memcache-ish://x"})
    assert line.startswith("django.core.exceptions.ImproperlyConfigured: CACHE_URL ")
    assert "is not" in line


def test_an_email_url_with_a_bad_port_is_a_one_line_error_naming_it():
    line = last_line_of_error({"EMAIL_URL": "smtp://mail.example.org:submission"})
    assert line.startswith("django.core.exceptions.ImproperlyConfigured: EMAIL_URL is not")


@pytest.mark.parametrize(
    ("name", "value", "message"),
    [
        (
            "FOLLOWUP_QUIET_HOURS_START",
            "9pm",
            "FOLLOWUP_QUIET_HOURS_START must be a time of day such as 21:00, not '9pm'.",
        ),
        (
            "ACCOUNT_EMAIL_VERIFICATION",
            "yes",
            "ACCOUNT_EMAIL_VERIFICATION must be one of optional, mandatory, none, not 'yes'.",
        ),
        ("REMINDER_SWEEP_SECONDS", "0", "REMINDER_SWEEP_SECONDS must be above zero, not 0.0."),
        ("REMINDER_BATCH_SIZE", "-5", "REMINDER_BATCH_SIZE must be above zero, not -5."),
    ],
)
def test_an_out_of_range_setting_is_a_one_line_error_naming_it(name, value, message):
    assert last_line_of_error({name: value}) == (
        f"django.core.exceptions.ImproperlyConfigured: {message}"
    )
