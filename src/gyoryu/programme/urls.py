from django.urls import path

from gyoryu.programme import views

app_name = "programme"
urlpatterns = [
    path("<int:pk>/programme/", views.item_list, name="list"),
    path("<int:pk>/programme/new/", views.item_new, name="new"),
    path("<int:pk>/programme/<int:item_id>/", views.item_detail, name="detail"),
    path("<int:pk>/programme/<int:item_id>/edit/", views.item_edit, name="edit"),
    path("<int:pk>/programme/<int:item_id>/confirm/", views.item_confirm, name="confirm"),
    path("<int:pk>/programme/<int:item_id>/cancel/", views.item_cancel, name="cancel"),
]
