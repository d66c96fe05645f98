"""The time-zone list (common first, by region, no aliases, searchable) and the reminder
switches that follow "Email me reminders"."""

import re

import pytest
from django.urls import reverse

from accounts.forms import REMINDER_SWITCHES
from accounts.timezones import canonical_time_zone, is_valid_time_zone, time_zone_choices
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


# --- the list ----------------------------------------------------------------------------


def test_common_zones_come_first_then_one_group_per_region():
    groups = [name for name, _ in time_zone_choices()]

    assert groups == [
        "Common",
        "Africa",
        "America",
        "Antarctica",
        "Arctic",
        "Asia",
        "Atlantic",
        "Australia",
        "Europe",
        "Indian",
        "Pacific",
    ]
    common = dict(time_zone_choices()[0][1])
    assert list(common)[:2] == ["UTC", "America/Los_Angeles"]
    assert common["Europe/London"] == "London, Britain (UK)"
    assert common["America/New_York"] == "New York, United States"


def test_no_deprecated_alias_is_offered():
    offered = {value for _, group in time_zone_choices() for value, _ in group}

    for alias in ("US/Eastern", "US/Pacific", "Asia/Calcutta", "Europe/Kiev", "GB", "EST5EDT"):
        assert alias not in offered
        assert not is_valid_time_zone(alias)
    assert not [name for name in offered if name.startswith(("US/", "Etc/", "Canada/"))]
    assert 350 < len(offered) < 450


def test_a_zone_appears_once_in_the_list():
    values = [value for _, group in time_zone_choices() for value, _ in group]
    assert len(values) == len(set(values))


def test_an_old_name_from_the_browser_becomes_todays_name(client):
    assert canonical_time_zone("US/Eastern") == "America/New_York"
    assert canonical_time_zone("Asia/Calcutta") == "Asia/Kolkata"
    assert canonical_time_zone("Mars/Olympus_Mons") is None

    client.post(
        reverse("account_signup"),
        {
            "email": "old.browser@example.com",
            "password1": "a-long-enough-passphrase",
            "password2": "a-long-enough-passphrase",
            "time_zone": "Asia/Calcutta",
        },
    )

    from accounts.models import User

    assert User.objects.get(email="old.browser@example.com").time_zone == "Asia/Kolkata"


def test_the_profile_list_is_grouped_and_marked_for_the_filter(signed_in):
    html = signed_in.get(reverse("profile")).text

    assert '<optgroup label="Common">' in html
    assert html.index('<optgroup label="Common">') < html.index('<optgroup label="Africa">')
    assert "data-zone-filter" in html
    assert "js/timezone-filter.js" in html
    assert 'value="US/Eastern"' not in html
    assert re.search(
        r'<option value="Europe/London" selected>London, Britain \(UK\)</option>', html
    )


def test_a_user_saved_under_an_old_name_sees_todays_name_selected(client):
    user = UserFactory(time_zone="America/New_York")
    type(user).objects.filter(pk=user.pk).update(time_zone="US/Eastern")
    client.force_login(user)

    html = client.get(reverse("profile")).text

    assert '<option value="America/New_York" selected>' in html


# --- the switches ------------------------------------------------------------------------


def preferences(user, **changes):
    data = {
        "time_zone": user.time_zone,
        "quiet_hours_start": "21:00",
        "quiet_hours_end": "08:00",
        "switches_shown": "True",
    }
    for name in ["email_reminders", *REMINDER_SWITCHES]:
        if changes.get(name, getattr(user, name)):
            data[name] = "on"
    for name, value in changes.items():
        if name not in data and not isinstance(value, bool):
            data[name] = value
    return data


def switch_inputs(html):
    return {
        name: re.search(rf'<input[^>]*name="{name}"[^>]*>', html).group(0)
        for name in REMINDER_SWITCHES
    }


def test_with_reminders_off_the_switches_are_shown_disabled(signed_in, user):
    user.email_reminders = False
    user.save()

    html = signed_in.get(reverse("preferences")).text

    for name, tag in switch_inputs(html).items():
        assert " disabled" in tag, name
    assert "js/preferences.js" in html
    assert "data-reminders-master" in html


def test_with_reminders_on_the_switches_are_enabled(signed_in):
    html = signed_in.get(reverse("preferences")).text

    for name, tag in switch_inputs(html).items():
        assert " disabled" not in tag, name


def test_switches_posted_while_reminders_are_off_are_ignored(signed_in, user):
    data = preferences(user, email_reminders=False, remind_nudge=False, remind_late=False)

    signed_in.post(reverse("preferences"), data)

    user.refresh_from_db()
    assert user.email_reminders is False
    assert (user.remind_nudge, user.remind_late) == (True, True)


def test_turning_reminders_back_on_without_a_script_keeps_every_switch(signed_in, user):
    user.email_reminders = False
    user.remind_check_in = False
    user.save()
    # The switches were disabled, so the browser posts neither them nor the marker.
    data = {
        "time_zone": user.time_zone,
        "quiet_hours_start": "21:00",
        "quiet_hours_end": "08:00",
        "email_reminders": "on",
    }

    signed_in.post(reverse("preferences"), data)

    user.refresh_from_db()
    assert user.email_reminders is True
    assert [getattr(user, name) for name in REMINDER_SWITCHES] == [True, True, True, False, True]


def test_with_reminders_on_a_switch_can_be_turned_off(signed_in, user):
    signed_in.post(reverse("preferences"), preferences(user, remind_check_in=False))

    user.refresh_from_db()
    assert user.remind_check_in is False
    assert user.remind_nudge is True
