from django.urls import path

from inbox import views

urlpatterns = [
    path("profile/mailbox/", views.mailbox, name="mailbox"),
]
