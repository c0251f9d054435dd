from django.urls import path

from gyoryu.missions import part_views, views

app_name = "missions"
urlpatterns = [
    path("", views.mission_list, name="list"),
    path("new/", views.create, name="create"),
    path("<int:pk>/", views.dashboard, name="dashboard"),
    path("<int:pk>/edit/", views.edit, name="edit"),
    path("<int:pk>/<str:part>/add/", views.add_part, name="add_part"),
    path("<int:pk>/<str:part>/<int:item>/edit/", part_views.edit_part, name="edit_part"),
    path("<int:pk>/<str:part>/<int:item>/remove/", part_views.remove_part, name="remove_part"),
]
