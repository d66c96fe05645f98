"""The job seeker's side of coaching: invite or revoke a coach, accept an invitation, ask
for a review. The coach's side is the admin (coaching/admin.py)."""

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_http_methods, require_POST

from accounts.forms import ProfileForm
from accounts.limits import SendingNotAllowed
from coaching import consent, review
from coaching.models import CoachAccess
from letters.models import Letter


class CoachInviteForm(forms.Form):
    coach_email = forms.EmailField(
        label="Your coach’s email",
        help_text="They can review your letters until you revoke access.",
    )


@login_required
@require_POST
def coach_invite(request):
    form = CoachInviteForm(request.POST)
    if form.is_valid():
        try:
            access, created = consent.invite_coach(
                client=request.user, email=form.cleaned_data["coach_email"]
            )
        except ValidationError as error:
            form.add_error("coach_email", error)
        except SendingNotAllowed as refusal:
            # With a link to confirm the address, so above the form rather than in it.
            messages.error(request, refusal.html)
            form.add_error("coach_email", "No invitation was sent: see the message above.")
        else:
            if not created:
                messages.info(request, f"{access.coach_email} is already invited.")
            elif access.coach_id:
                messages.success(request, f"{access.coach_email} can now review your letters.")
            else:
                messages.success(
                    request,
                    f"We emailed {access.coach_email} an invitation. They can review your "
                    "letters once they accept it.",
                )
            return redirect("profile")
    # Bad input: the profile page again, with the error and what was typed.
    return render(
        request,
        "accounts/profile.html",
        {"form": ProfileForm(instance=request.user), "coach_form": form},
        status=400,
    )


@login_required
@require_POST
def coach_revoke(request, pk):
    access = get_object_or_404(CoachAccess, pk=pk, client=request.user, revoked_at__isnull=True)
    consent.revoke_access(access=access)
    messages.success(request, f"{access.coach_email} can no longer see your letters.")
    return redirect("profile")


@login_required
@require_http_methods(["GET", "POST"])
def coach_invitation(request, token):
    access = consent.pending_invitation(token=token, user=request.user)
    if consent.is_expired(access):
        return render(
            request,
            "coaching/invitation.html",
            {"access": access, "expired": consent.expired_message()},
            status=410,
        )
    if request.method == "POST":
        try:
            with transaction.atomic():
                consent.accept_invitation(access=access, user=request.user)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
            return redirect("dashboard")
        messages.success(request, f"You can now review {access.client.get_full_name()}’s letters.")
        return redirect("admin:letters_letter_changelist")
    return render(request, "coaching/invitation.html", {"access": access})


@login_required
@require_POST
def letter_request_review(request, pk):
    letter = get_object_or_404(Letter, pk=pk, owner=request.user)
    try:
        review.request_review(letter=letter)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, "Your coach has been asked to review this letter.")
    return redirect(letter)
