from django.apps import AppConfig


class InboxConfig(AppConfig):
    """Replies from the user's mailbox: the opt-in IMAP connection, the checks that read
    only headers, and the matches between a reply and a letter the user sent.

    Sits above ``reminders`` (the email about a paused connection is one more outbox kind)
    and may import reminders, letters, interviews and accounts; coaching and insights may
    import it, nothing below does. Lower apps' pages show what it found through its
    template tags.
    """

    name = "inbox"
    verbose_name = "Mailbox replies"

    def ready(self):
        from accounts.userdata import register_before_delete, register_export_section

        # emails: registers the builder of the "mailbox paused" outbox email.
        from inbox import emails, userdata  # noqa: F401

        register_export_section("mailbox", userdata.mailbox)
        register_export_section("mailbox_matches", userdata.mailbox_matches)
        register_before_delete("inbox", userdata.forget_mailbox)
