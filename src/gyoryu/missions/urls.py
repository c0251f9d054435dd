from django.urls import path, register_converter

from gyoryu.missions import part_views, views


class PartConverter:
    """Only the parts a mission's pages add, change or remove: other features' addresses under
    /missions/N/ (``programme/7/edit/``) must not fall into these patterns."""

    regex = "stop|venue|delegation|target|interpreter"

    def to_python(self, value: str) -> str:
        return value

    def to_url(self, value: str) -> str:
        return value


register_converter(PartConverter, "mission_part")

app_name = "missions"
urlpatterns = [
    path("", views.mission_list, name="list"),
    path("new/", views.create, name="create"),
    path("<int:pk>/", views.dashboard, name="dashboard"),
    path("<int:pk>/edit/", views.edit, name="edit"),
    path("<int:pk>/<mission_part:part>/add/", views.add_part, name="add_part"),
    path("<int:pk>/<mission_part:part>/<int:item>/edit/", part_views.edit_part, name="edit_part"),
    path("<int:pk>/<mission_part:part>/<int:item>/remove/", part_views.remove_part, name="remove_part"),
]
