from django.urls import path

from gyoryu.meetings import views

app_name = "meetings"
urlpatterns = [
    path("<int:pk>/meetings/", views.meeting_list, name="list"),
    path("<int:pk>/meetings/new/", views.create, name="create"),
    path("<int:pk>/meetings/<int:meeting>/cancel/", views.cancel, name="cancel"),
]
