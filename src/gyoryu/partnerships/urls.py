from django.urls import path

from gyoryu.partnerships import network_views, programme_views, views

app_name = "partnerships"
urlpatterns = [
    path("", views.agreement_list, name="list"),
    path("new/", views.create, name="create"),
    path("network/", network_views.graph, name="network"),
    path("missions/<int:pk>/ties/", network_views.mission_ties, name="mission_ties"),
    path("documents/<int:doc_id>/", views.download, name="document"),
    path("programmes/<int:pk>/", programme_views.detail, name="programme"),
    path("programmes/<int:pk>/edit/", programme_views.edit, name="programme_edit"),
    path("<int:pk>/", views.detail, name="detail"),
    path("<int:pk>/edit/", views.edit, name="edit"),
    path("<int:pk>/status/", views.change_status, name="status"),
    path("<int:pk>/documents/", views.upload_document, name="upload"),
    path("<int:pk>/signatories/", views.add_signatory, name="add_signatory"),
    path("<int:pk>/obligations/", views.add_obligation, name="add_obligation"),
    path("<int:pk>/obligations/<int:item>/done/", views.obligation_done, name="obligation_done"),
    path("<int:pk>/links/", views.add_link, name="add_link"),
    path("<int:pk>/programmes/new/", programme_views.create, name="programme_create"),
    path("<int:pk>/<str:part>/<int:item>/remove/", views.remove_part, name="remove_part"),
]
