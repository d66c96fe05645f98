"""django-allauth, in our words: the site's name from settings and our email layout.

Without ``django.contrib.sites`` allauth names the site after the request's host, so the
first email a new user got began "Hello from 127.0.0.1:8611!". Here every allauth email
gets ``current_site`` named ``SITE_NAME`` (default "Followup") at ``SITE_URL``, and an
HTML part in templates/emails/base.html's layout beside its text.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

from allauth.account.adapter import DefaultAccountAdapter
from django.conf import settings
from django.template.loader import render_to_string

# The link an email is about, and what its button says, by the context key allauth uses.
BUTTONS = {
    "activate_url": "Confirm your email address",
    "password_reset_url": "Choose a new password",
    "signup_url": "Sign up",
}


@dataclass(frozen=True)
class Site:
    name: str
    domain: str


def site() -> Site:
    return Site(
        name=getattr(settings, "SITE_NAME", "Followup"),
        domain=urlsplit(settings.SITE_URL).netloc or settings.SITE_URL,
    )


class AccountAdapter(DefaultAccountAdapter):
    def send_mail(self, template_prefix: str, email: str, context: dict) -> None:
        current = site()
        context = {
            **context,
            "current_site": current,
            "site_name": current.name,
            "site_url": settings.SITE_URL,
        }
        super().send_mail(template_prefix, email, context)

    def format_email_subject(self, subject: str) -> str:
        return f"{subject} · {site().name}"

    def render_mail(self, template_prefix, email, context, headers=None):
        message = super().render_mail(template_prefix, email, context, headers=headers)
        if getattr(message, "alternatives", None) is not None and not message.alternatives:
            message.attach_alternative(_html(message, context), "text/html")
        return message


def _html(message, context: dict) -> str:
    """The text body in our email layout, with the email's link as its button."""
    greeting, _, body = message.body.partition("\n\n")
    if not greeting.startswith("Hi"):
        greeting, body = "", message.body
    button = next(
        ((context[key], label) for key, label in BUTTONS.items() if context.get(key)), None
    )
    return render_to_string(
        "emails/account.html",
        {
            "subject": message.subject,
            "greeting": greeting,
            "body": body,
            "button_url": button[0] if button else "",
            "button_label": button[1] if button else "",
            "site_name": context.get("site_name"),
            "site_url": context.get("site_url"),
        },
    )
