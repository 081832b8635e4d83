from django import forms
from django.contrib.auth.forms import UserCreationForm

from .models import MedicalCenter, User


class PatientSignUpForm(UserCreationForm):
    home_center = forms.ModelChoiceField(
        queryset=MedicalCenter.objects.all(),
        label="Where do you get care?",
        empty_label="Choose a medical center",
    )

    class Meta:
        model = User
        fields = ("username", "first_name", "home_center")
        labels = {"username": "Pick a user name", "first_name": "Your first name"}
        help_texts = {"username": "Letters, numbers and @ . + - _ only."}


class TokenForm(forms.Form):
    token = forms.CharField(
        label="6-digit code from your app",
        min_length=6,
        max_length=6,
        widget=forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "one-time-code"}),
    )
