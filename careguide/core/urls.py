from django.urls import path

from . import views

urlpatterns = [
    path("accounts/login/", views.SignInView.as_view(), name="login"),
    path("accounts/logout/", views.SignOutView.as_view(), name="logout"),
    path("accounts/signup/", views.PatientSignUpView.as_view(), name="signup"),
    path("accounts/two-factor/", views.TwoFactorView.as_view(), name="two-factor"),
]
