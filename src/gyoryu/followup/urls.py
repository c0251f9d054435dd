from django.urls import path

from gyoryu.followup import views

app_name = "followup"
urlpatterns = [
    path("missions/<int:pk>/today/", views.today, name="today"),
    path("missions/<int:pk>/rates/", views.rates, name="rates"),
    path("missions/<int:pk>/pipeline/", views.pipeline, name="pipeline"),
    path("meetings/<int:meeting_id>/attendance/", views.attendance, name="attendance"),
    path("meetings/<int:meeting_id>/outcome/", views.outcome, name="outcome"),
    path("leads/<int:pk>/", views.lead, name="lead"),
    path("leads/<int:pk>/stage/", views.lead_stage, name="lead_stage"),
    path("leads/<int:pk>/tasks/", views.add_task, name="add_task"),
    path("tasks/<int:pk>/done/", views.task_done, name="task_done"),
    path("organisations/<int:org_id>/timeline/", views.timeline, name="timeline"),
    path("answer/<str:token>/", views.answer, name="answer"),
]
