"""What letters does when something below it changes."""

from letters.models import Letter


def keep_recipient_text(sender, instance, **kwargs):
    """An interviewer is about to be deleted (by the user, the admin or with the account):
    their letters keep the current name as text, and sent ones the address they went to."""
    letters = Letter.objects.filter(recipient=instance)
    letters.update(recipient_name=instance.name)
    letters.filter(status=Letter.Status.SENT, recipient_email="").update(
        recipient_email=instance.email
    )
