"""The screening form, built from the ruleset's questions: one fieldset and three radio
buttons per question (yes / no / not sure), and a number box for age.

Follow-up questions (`ask_if` in the ruleset) sit right after the question that triggers
them and are required only when that answer calls for them, so the form works without
JavaScript. Unknown fields and a changed ruleset version are refused."""

from typing import Any

from django import forms

from clinical.ruleset import Ruleset
from clinical.screening import questions_to_ask
from clinical.vocabulary import Answer

ANSWER_CHOICES = [
    (Answer.YES.value, "Yes"),
    (Answer.NO.value, "No"),
    (Answer.NOT_SURE.value, "Not sure"),
]
CONTROL_FIELDS = {"csrfmiddlewaretoken", "ruleset_version", "token"}


class ScreeningForm(forms.Form):
    ruleset_version = forms.CharField(widget=forms.HiddenInput)
    token = forms.UUIDField(widget=forms.HiddenInput)

    def __init__(self, *args: Any, ruleset: Ruleset, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.ruleset = ruleset
        for question in ruleset.questions:
            if question.kind == "years":
                field: forms.Field = forms.IntegerField(
                    label=question.text,
                    min_value=0,
                    max_value=120,
                    required=False,
                    widget=forms.NumberInput(attrs={"inputmode": "numeric"}),
                )
            else:
                field = forms.ChoiceField(
                    label=question.text,
                    choices=ANSWER_CHOICES,
                    widget=forms.RadioSelect,
                    required=False,
                )
            field.follow_up = question.ask_if is not None  # type: ignore[attr-defined]
            self.fields[question.id] = field

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        unknown = sorted(set(self.data) - set(self.fields) - CONTROL_FIELDS)
        if unknown:
            raise forms.ValidationError(
                "We could not read your answers. Please answer again.", code="unknown"
            )
        answers = self.answers()
        for question in questions_to_ask(self.ruleset, answers):
            if question.id not in answers and question.id not in self.errors:
                self.add_error(question.id, "Please answer this question.")
        return cleaned

    def answers(self) -> dict[str, str | int]:
        """The answers given, as ruleset answer codes (blank answers left out)."""
        cleaned = getattr(self, "cleaned_data", {})
        return {
            q.id: cleaned[q.id]
            for q in self.ruleset.questions
            if cleaned.get(q.id) not in (None, "")
        }

    def question_fields(self) -> list[forms.BoundField]:
        return [self[q.id] for q in self.ruleset.questions]
