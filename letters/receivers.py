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


def sign_drafts_with_new_name(sender, user, old, **kwargs):
    """The user changed their name ("maya okafor" -> "Maya Okafor"): drafts signed with
    the old one are signed with the new one. Letters in review, ready or sent keep the
    text the coach read or the person received."""
    if not old or not user.name:
        return
    drafts = Letter.objects.filter(owner=user, status=Letter.Status.DRAFT)
    for letter in drafts.filter(body__endswith=f"\n{old}"):
        letter.body = letter.body.removesuffix(old) + user.name
        fields = ["body", "updated_at"]
        # Still as the wizard wrote it: stays "not edited by hand".
        if letter.assembled_body.endswith(f"\n{old}"):
            letter.assembled_body = letter.assembled_body.removesuffix(old) + user.name
            fields.append("assembled_body")
        letter.save(update_fields=fields)
