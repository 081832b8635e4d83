"""Build screening form posts the way the browser sends them."""

import uuid

from clinical import ruleset as ruleset_module

RULESET = ruleset_module.load()


def form_data(**answers) -> dict[str, str]:
    """Every always-asked question answered "no", age 40, then the given answers."""
    data = {q.id: "no" for q in RULESET.questions if q.kind != "years" and q.ask_if is None}
    data["age"] = "40"
    data.update({k: str(v) for k, v in answers.items()})
    data["ruleset_version"] = RULESET.version
    data["token"] = str(uuid.uuid4())
    return data


CANCER = {
    "ever_had_cancer": "yes",
    "cancer_upper_back_or_worse_each_week": "no",
    "cancer_pain_constant_or_cough": "no",
}
FORM_URL = "/programs/back-pain/check/"
