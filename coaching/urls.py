from django.urls import path

from coaching import views

urlpatterns = [
    path("profile/coach/invite/", views.coach_invite, name="coach_invite"),
    path("profile/coach/<int:pk>/revoke/", views.coach_revoke, name="coach_revoke"),
    path("coach/invitations/<str:token>/", views.coach_invitation, name="coach_invitation"),
    path("letters/<int:pk>/review/", views.letter_request_review, name="letter_request_review"),
]
