"""Regenerate docs/screenshots/*.png: the demo data in a throwaway SQLite database, the app
on a free port of 127.0.0.1, and Debian's Chromium at 1280 px and 390 px wide.

Run with ``make screenshots``. Nothing of the developer's own database, mail folder or
broker queue is touched: everything lives in a temporary folder removed at the end.
"""

import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
DEMO_EMAIL = "demo@followup.local"
DEMO_PASSWORD = "followup-demo-2026"
COACH_EMAIL = "coach@followup.local"  # coaching/demo.py: same password as the demo user
# A job seeker who has just signed up: no interviews yet, so the insights show their empty states.
NEWCOMER_EMAIL = "newcomer@followup.local"
NEWCOMER_NAME = "Jordan Lee"
WIDTHS = {1280: 900, 390: 844}  # viewport width: height
MAX_HEIGHT = 2000  # a full page, cut at this height to keep each PNG small


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until_up(url: str, *, server: subprocess.Popen, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            sys.exit(f"The app stopped before answering (exit code {server.returncode}).")
        try:
            with urllib.request.urlopen(f"{url}/healthz", timeout=5):
                return
        except OSError:
            time.sleep(0.5)
    sys.exit(f"The app did not answer at {url} within {timeout:.0f} s.")


def seed(env: dict[str, str]) -> dict[str, int]:
    """Migrate and seed the throwaway database; return the ids the tour needs."""
    manage = [sys.executable, str(ROOT / "manage.py")]
    subprocess.run([*manage, "migrate", "--noinput", "-v", "0"], env=env, check=True)
    subprocess.run(
        [*manage, "seed_demo", DEMO_EMAIL, "--password", DEMO_PASSWORD], env=env, check=True
    )
    script = f"""
from accounts.models import User
from letters.models import Letter as L
demo = User.objects.get(email={DEMO_EMAIL!r})
User.objects.create_user({NEWCOMER_EMAIL!r}, {DEMO_PASSWORD!r}, name={NEWCOMER_NAME!r},
                         time_zone=demo.time_zone)
u = L.objects.filter(owner=demo)
print(u.get(status='ready').pk, u.get(status='in_review').pk)
"""
    ids = subprocess.run(
        [*manage, "shell", "-c", script],
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout.split()
    return {"ready": int(ids[-2]), "in_review": int(ids[-1])}


def sign_in(page, url: str, *, email: str, path: str = "/accounts/login/") -> None:
    page.goto(f"{url}{path}")
    page.locator("input[name=login], input[name=username]").first.fill(email)
    page.locator("input[name=password]").fill(DEMO_PASSWORD)
    page.locator("form button[type=submit], form input[type=submit]").last.click()
    page.wait_for_load_state()


def visit(page, url: str, path: str) -> None:
    """Open a page, and stop the run rather than photograph an error or a sign-in page."""
    response = page.goto(f"{url}{path}")
    landed = page.url.removeprefix(url)
    if response is None or not response.ok or landed.split("?")[0] != path.split("?")[0]:
        status = response.status if response is not None else "no response"
        sys.exit(f"{path} answered {status} and ended at {landed}: no screenshot of it.")


def shoot(page, name: str, width: int) -> Path:
    page.wait_for_load_state("networkidle")
    height = min(page.evaluate("document.documentElement.scrollHeight"), MAX_HEIGHT)
    path = OUT / f"{name}-{width}.png"
    page.screenshot(
        path=path, full_page=True, clip={"x": 0, "y": 0, "width": width, "height": height}
    )
    return path


def tour(browser, url: str, ids: dict[str, int]) -> list[Path]:
    from letters import wizard

    taken = []
    # The value step (an idea for their own problem): the heart of the letter.
    wizard_step = next(step.number for step in wizard.STEPS if step.name == "value")
    for width, height in WIDTHS.items():
        context = browser.new_context(viewport={"width": width, "height": height})
        page = context.new_page()
        visit(page, url, "/")
        taken.append(shoot(page, "landing", width))
        sign_in(page, url, email=DEMO_EMAIL)
        visit(page, url, "/dashboard/")
        taken.append(shoot(page, "dashboard", width))
        visit(page, url, f"/letters/{ids['ready']}/step/{wizard_step}/")
        taken.append(shoot(page, "wizard", width))
        visit(page, url, f"/letters/{ids['ready']}/")
        taken.append(shoot(page, "draft", width))
        context.clear_cookies()
        sign_in(page, url, email=NEWCOMER_EMAIL)
        visit(page, url, "/insights/")
        taken.append(shoot(page, "insights-empty", width))
        context.clear_cookies()
        sign_in(page, url, email=COACH_EMAIL, path="/admin/login/?next=/admin/")
        visit(page, url, f"/admin/letters/letter/{ids['in_review']}/change/")
        taken.append(shoot(page, "admin-review", width))
        context.close()
    return taken


def main() -> None:
    from playwright.sync_api import sync_playwright

    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="followup-screenshots-") as tmp:
        env = {
            **os.environ,
            "DEBUG": "1",
            "DJANGO_SETTINGS_MODULE": "followup.settings",
            "DATABASE_URL": f"sqlite:///{tmp}/screenshots.sqlite3",
            "EMAIL_URL": f"file://{tmp}/mail",
            "CELERY_BROKER_URL": "memory://",
        }
        os.environ.update(env)  # for the wizard import in tour()
        sys.path.insert(0, str(ROOT))
        import django

        django.setup()
        ids = seed(env)
        port = free_port()
        url = f"http://127.0.0.1:{port}"
        server = subprocess.Popen(
            [
                sys.executable,
                str(ROOT / "manage.py"),
                "runserver",
                f"127.0.0.1:{port}",
                "--noreload",
            ],  # fmt: skip
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            wait_until_up(url, server=server)
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(
                    executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True
                )
                taken = tour(browser, url, ids)
                browser.close()
        finally:
            server.terminate()
            server.wait(timeout=30)
    for path in taken:
        print(f"{path.relative_to(ROOT)}  {path.stat().st_size // 1024} KB")


if __name__ == "__main__":
    main()
