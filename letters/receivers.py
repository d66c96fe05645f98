"""What letters does when something below it changes."""

from django.contrib.auth import get_user_model
from django.db.models import Case, EmailField, F, Q, Value, When

from letters.models import Letter


def keep_recipient_text(sender, instance, origin=None, **kwargs):
    """An interviewer is about to be deleted (by the user, the admin or with the account):
    their letters keep the current name as text, and sent ones the address they went to.

    One UPDATE, and none when the whole account goes (``origin``, the deletion's start,
    is the owner): the owner's letters go with it, so there is nothing to keep, and an
    account's deletion would otherwise spend a query on each of its thousands of people.
    """
    if isinstance(origin, get_user_model()) and origin.pk == instance.owner_id:
        return
    sent_without_address = Q(status=Letter.Status.SENT, recipient_email="")
    Letter.objects.filter(recipient=instance).update(
        recipient_name=instance.name,
        recipient_email=Case(
            When(sent_without_address, then=Value(instance.email)),
            default=F("recipient_email"),
            output_field=EmailField(),
        ),
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
