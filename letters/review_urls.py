from django.urls import path

from letters import review_views

urlpatterns = [
    path(
        "letters/<int:pk>/review/",
        review_views.letter_request_review,
        name="letter_request_review",
    ),
]
