from django.urls import path

from gyoryu.valuechains import views

app_name = "valuechains"
urlpatterns = [
    path("", views.chain_list, name="list"),
    path("new/", views.create, name="create"),
    path("<int:pk>/", views.chain_map, name="map"),
    path("<int:pk>/edit/", views.edit, name="edit"),
    path("<int:pk>/propose/", views.propose, name="propose"),
    path("<int:pk>/place/", views.place, name="place"),
    path("<int:pk>/stages/new/", views.stage_form, name="stage_create"),
    path("<int:pk>/stages/<int:stage>/edit/", views.stage_form, name="stage_edit"),
    path("<int:pk>/stages/<int:stage>/suggestions/", views.suggestions, name="suggestions"),
    path("<int:pk>/stages/<int:stage>/targets/", views.add_target, name="add_target"),
    path("<int:pk>/placements/<int:placement>/", views.decide, name="decide"),
]
