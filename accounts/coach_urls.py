from django.urls import path

from accounts import coach_views

urlpatterns = [
    path("profile/coach/invite/", coach_views.coach_invite, name="coach_invite"),
    path("profile/coach/<int:pk>/revoke/", coach_views.coach_revoke, name="coach_revoke"),
    path("coach/invitations/<str:token>/", coach_views.coach_invitation, name="coach_invitation"),
]
