"""The apps depend on each other in one direction only, and every module imports alone.

insights -> coaching -> inbox -> reminders -> letters -> interviews -> accounts; ``followup``
(the project package) sits on top. A lower app tells a higher one through a signal or a hook, never
an import, so this test reads every import statement, top-level or inside a function.
"""

import ast
import random
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
# Lower number = lower layer. An app may import its own layer and the ones below.
LAYERS = {
    "accounts": 0,
    "interviews": 1,
    "letters": 2,
    "reminders": 3,
    "inbox": 4,
    "coaching": 5,
    "insights": 6,
    "followup": 7,
}


def app_modules(app: str) -> list[Path]:
    return sorted(
        path
        for path in (ROOT / app).rglob("*.py")
        if "migrations" not in path.parts and "__pycache__" not in path.parts
    )


def imported_apps(path: Path) -> set[tuple[str, int]]:
    """The project apps ``path`` imports, each with the line of its first import."""
    found = {}
    for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module]
        else:
            continue
        for name in names:
            top = name.split(".")[0]
            if top in LAYERS:
                found.setdefault(top, node.lineno)
    return set(found.items())


def upward_imports(app: str) -> list[str]:
    problems = []
    for path in app_modules(app):
        for other, line in imported_apps(path):
            if LAYERS[other] > LAYERS[app]:
                problems.append(f"{path.relative_to(ROOT)}:{line} imports {other}")
    return problems


@pytest.mark.parametrize("app", sorted(LAYERS))
def test_no_app_imports_an_app_above_it(app):
    assert upward_imports(app) == []


def test_the_check_catches_an_upward_import(tmp_path, monkeypatch):
    # The rule itself must be able to fail: a module in accounts importing letters.
    module = tmp_path / "accounts" / "bad.py"
    module.parent.mkdir()
    module.write_text("def f():\n    from letters.models import Letter\n    return Letter\n")
    monkeypatch.setattr(sys.modules[__name__], "ROOT", tmp_path)
    assert upward_imports("accounts") == ["accounts/bad.py:2 imports letters"]


def _module_names() -> list[str]:
    names = []
    for app in LAYERS:
        for path in app_modules(app):
            parts = path.relative_to(ROOT).with_suffix("").parts
            if parts[-1] == "__init__":
                parts = parts[:-1]
            names.append(".".join(parts))
    return names


@pytest.mark.parametrize("order", ["forward", "reverse", "shuffled"])
def test_every_module_imports_in_any_order(order):
    # A fresh interpreter per order: django.setup() loads models and admins, then every
    # other module is imported for the first time in the given order. An import circle
    # shows up as "partially initialized module" for whichever module comes first.
    names = _module_names()
    if order == "reverse":
        names.reverse()
    elif order == "shuffled":
        random.Random(9).shuffle(names)
    script = (
        "import importlib, os, sys\n"
        "os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'followup.settings')\n"
        "import django\n"
        "django.setup()\n"
        "failed = []\n"
        "for name in sys.argv[1:]:\n"
        "    try:\n"
        "        importlib.import_module(name)\n"
        "    except Exception as error:\n"
        "        failed.append(f'{name}: {error!r}')\n"
        "print('\\n'.join(failed))\n"
        "sys.exit(1 if failed else 0)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script, *names],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
