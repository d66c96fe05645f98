"""The connect form: the mailbox's address, an app password, and one login to prove it."""

from __future__ import annotations

import ipaddress
import re

from django import forms
from django.conf import settings

from inbox import imap
from inbox.models import MailboxConnection

LOOPBACK_HOSTS = {"127.0.0.1", "::1", "localhost"}
# One DNS label: letters, digits, inner hyphens, at most 63 (bounded, no nested repeats).
LABEL = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?")
# The connect page waits at most this long for each step of the login.
MAX_CONNECT_SECONDS = 10.0


def clean_host(value: str) -> str:
    host = value.strip().rstrip(".").lower()
    if host.startswith("[") and host.endswith("]"):
        host = host[1:-1]
    if not host or len(host) > 253:
        raise forms.ValidationError("Enter the mail server's name, such as imap.gmail.com.")
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        address = None
    if address is not None:
        if address.is_link_local or address.is_multicast or address.is_unspecified:
            raise forms.ValidationError("That address cannot be a mail server.")
        return str(address)
    if not all(LABEL.fullmatch(label) for label in host.split(".")):
        raise forms.ValidationError(
            "Enter the mail server's name, such as imap.gmail.com (letters, digits, dots "
            "and hyphens)."
        )
    return host


class MailboxForm(forms.Form):
    host = forms.CharField(
        label="IMAP server",
        max_length=255,
        help_text="For example imap.gmail.com or imap.fastmail.com.",
        widget=forms.TextInput(attrs={"autocomplete": "off", "spellcheck": "false"}),
    )
    port = forms.IntegerField(
        label="Port",
        min_value=1,
        max_value=65535,
        initial=993,
        help_text="Usually 993 with SSL/TLS, 143 with STARTTLS.",
    )
    security = forms.ChoiceField(
        label="Security",
        choices=MailboxConnection.Security.choices,
        initial=MailboxConnection.Security.SSL,
    )
    username = forms.CharField(
        label="Username",
        max_length=320,
        help_text="Usually your full email address.",
        widget=forms.TextInput(attrs={"autocomplete": "username", "spellcheck": "false"}),
    )
    password = forms.CharField(
        label="App password",
        max_length=1000,
        strip=False,
        help_text="Not your usual password: an app password made for Followup (see below).",
        widget=forms.PasswordInput(attrs={"autocomplete": "off"}, render_value=False),
    )

    def __init__(self, *args, within_rate_limit: bool = True, **kwargs):
        super().__init__(*args, **kwargs)
        self.within_rate_limit = within_rate_limit

    def clean_host(self):
        return clean_host(self.cleaned_data["host"])

    def clean_username(self):
        username = self.cleaned_data["username"].strip()
        if any(ord(ch) < 32 for ch in username):
            raise forms.ValidationError("The username cannot contain line breaks or tabs.")
        return username

    def clean_password(self):
        password = self.cleaned_data["password"]
        if any(ord(ch) < 32 for ch in password):
            raise forms.ValidationError("The password cannot contain line breaks or tabs.")
        return password

    def clean(self):
        data = super().clean()
        if self.errors:
            return data
        if data["security"] == MailboxConnection.Security.NONE and (
            data["host"] not in LOOPBACK_HOSTS
        ):
            self.add_error(
                "security",
                "Without encryption the password would cross the network in the clear: "
                "choose SSL/TLS or STARTTLS (None is only for a server on this machine).",
            )
            return data
        if not self.within_rate_limit:
            self.add_error(
                None,
                "Too many tries to connect a mailbox in the last hour. Wait a while, then "
                "try again.",
            )
            return data
        timeout = min(settings.MAILBOX_TIMEOUT_SECONDS, MAX_CONNECT_SECONDS)
        try:
            imap.try_login(self.account(), timeout=timeout)
        except imap.MailboxError as error:
            self.add_error("password" if error.is_auth else None, _plainly(error))
        return data

    def account(self) -> imap.Account:
        data = self.cleaned_data
        return imap.Account(
            host=data["host"],
            port=data["port"],
            security=data["security"],
            username=data["username"],
            password=data["password"],
        )


def _plainly(error: imap.MailboxError) -> str:
    advice = {
        "auth": " Check the username, and use an app password rather than your usual one.",
        "tls": "",
        "timeout": " Check the server name and port, or try again later.",
        "refused": " Check the port and the security setting.",
    }
    return error.message + advice.get(error.code, "")
