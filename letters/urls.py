from django.urls import path

from letters import views

urlpatterns = [
    path("dashboard/", views.dashboard, name="dashboard"),
    path("letters/", views.letter_list, name="letter_list"),
    path("interviews/<int:interview_pk>/letter/", views.letter_start, name="letter_start"),
    path("letters/<int:pk>/", views.letter_detail, name="letter_detail"),
    path("letters/<int:pk>/step/<int:step>/", views.letter_wizard, name="letter_wizard"),
    path(
        "letters/<int:pk>/step/<int:step>/check/",
        views.letter_step_check,
        name="letter_step_check",
    ),
    path("letters/<int:pk>/check/", views.letter_check, name="letter_check"),
    path("letters/<int:pk>/dictionary/", views.letter_add_word, name="letter_add_word"),
    path("letters/<int:pk>/reassemble/", views.letter_replace_draft, name="letter_replace_draft"),
    path("letters/<int:pk>/send/", views.letter_send, name="letter_send"),
    path("letters/<int:pk>/send/test/", views.letter_send_test, name="letter_send_test"),
    path("letters/<int:pk>/sent/", views.letter_mark_sent, name="letter_mark_sent"),
    path("letters/<int:pk>/sent/undo/", views.letter_undo_sent, name="letter_undo_sent"),
    path("letters/<int:pk>/sending/", views.letter_resolve_sending, name="letter_resolve_sending"),
    path("letters/<int:pk>/letter.eml", views.letter_eml, name="letter_eml"),
    path("letters/<int:pk>/delete/", views.letter_delete, name="letter_delete"),
]
