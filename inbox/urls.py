from django.urls import path

from inbox import views

urlpatterns = [
    path("profile/mailbox/", views.mailbox, name="mailbox"),
    path(
        "mailbox/matches/<int:pk>/confirm/",
        views.mailbox_match_confirm,
        name="mailbox_match_confirm",
    ),
    path(
        "mailbox/matches/<int:pk>/dismiss/",
        views.mailbox_match_dismiss,
        name="mailbox_match_dismiss",
    ),
    path("mailbox/replies/<int:pk>/undo/", views.mailbox_reply_undo, name="mailbox_reply_undo"),
]
