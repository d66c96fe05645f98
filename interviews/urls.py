from django.urls import path

from interviews import views

urlpatterns = [
    path("interviews/", views.interview_list, name="interview_list"),
    path("interviews/new/", views.interview_create, name="interview_create"),
    path("interviews/import/", views.interview_import, name="interview_import"),
    path("interviews/panel-row/", views.interview_panel_row, name="interview_panel_row"),
    path("interviews/<int:pk>/", views.interview_detail, name="interview_detail"),
    path("interviews/<int:pk>/edit/", views.interview_edit, name="interview_edit"),
    path("interviews/<int:pk>/delete/", views.interview_delete, name="interview_delete"),
    path("interviews/<int:pk>/outcome/", views.interview_outcome, name="interview_outcome"),
    path("interviews/<int:pk>/calendar.ics", views.interview_calendar, name="interview_calendar"),
    path("interviews/<int:pk>/reply/", views.interview_reply, name="interview_reply"),
    path("interviewers/", views.interviewer_list, name="interviewer_list"),
    path("interviewers/search/", views.interviewer_search, name="interviewer_search"),
    path("interviewers/<int:pk>/", views.interviewer_detail, name="interviewer_detail"),
    path("interviewers/<int:pk>/edit/", views.interviewer_edit, name="interviewer_edit"),
    path("interviewers/<int:pk>/delete/", views.interviewer_delete, name="interviewer_delete"),
]
