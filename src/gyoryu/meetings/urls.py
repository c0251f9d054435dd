from django.urls import path

from gyoryu.meetings import requests, views

app_name = "meetings"
urlpatterns = [
    path("<int:pk>/meetings/", views.meeting_list, name="list"),
    path("<int:pk>/meetings/new/", views.create, name="create"),
    path("<int:pk>/meetings/<int:meeting>/cancel/", views.cancel, name="cancel"),
    path("<int:pk>/requests/", requests.requests_page, name="requests"),
    path("<int:pk>/requests/new/", requests.request_new, name="request_new"),
    path("<int:pk>/requests/<int:meeting>/answer/", requests.request_answer, name="request_answer"),
]
