"""clinical/ must stay pure: importing every module loads no Django, Wagtail or other
third-party package. Run in a fresh interpreter so nothing else has imported Django."""

import json
import pkgutil
import subprocess
import sys
from pathlib import Path

import clinical

ROOT = Path(__file__).resolve().parents[2]


def test_importing_every_clinical_module_loads_no_django_or_wagtail():
    modules = [
        m.name
        for m in pkgutil.walk_packages(clinical.__path__, "clinical.")
        if ".tests" not in m.name
    ]
    assert "clinical.vocabulary" in modules
    code = (
        "import importlib, json, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "print(json.dumps(sorted(sys.modules)))\n"
    )
    out = subprocess.run(  # noqa: S603 - fixed interpreter and code
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    loaded = json.loads(out.stdout)
    forbidden = [name for name in loaded if name.split(".")[0] in {"django", "wagtail", "environ"}]
    assert forbidden == []
