from django.urls import path

from gyoryu.brochure import views

app_name = "brochure"
urlpatterns = [
    path("<int:pk>/brochure/", views.page, name="page"),
    path("<int:pk>/brochure.pdf", views.pdf, name="pdf"),
    path("<int:pk>/brochure/contact/", views.contact, name="contact"),
]
