"""Followup settings, read from the environment (and a ``.env`` file if present).

Every variable is documented in ``.env.example`` and the README.
"""

import os
from pathlib import Path

from django.utils.csp import CSP

from followup.env import (
    Env,
    cache_from_url,
    mailbox_keys,
    mailers_from_url,
    secret_key,
    sqlite_options,
)

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = BASE_DIR / "var"

env = Env()
if (BASE_DIR / ".env").is_file():
    env.read_env(BASE_DIR / ".env")

DEBUG = env.bool("DEBUG", default=False)
# `make bench` only: serves /bench/baseline/, the empty signed-in page pages are compared to.
BENCH = env.bool("BENCH", default=False)
SECRET_KEY = secret_key(env.str("SECRET_KEY", default=""), debug=DEBUG)
# Encrypts mailbox passwords at rest (inbox/crypto.py): newest key first, comma-separated.
MAILBOX_ENCRYPTION_KEY = mailbox_keys(env.str("MAILBOX_ENCRYPTION_KEY", default=""), debug=DEBUG)
ALLOWED_HOSTS = env.list(
    "ALLOWED_HOSTS", default=["localhost", "127.0.0.1", "[::1]"] if DEBUG else []
)
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])
SITE_URL = env.str("SITE_URL", default="http://127.0.0.1:8000").rstrip("/")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "allauth",
    "allauth.account",
    "crispy_forms",
    "crispy_bootstrap5",
    "django_htmx",
    "accounts",
    "interviews",
    "letters",
    "reminders",
    "inbox",
    "coaching",
    "insights",
    # The project package itself, for commands that span every app (seed_demo).
    "followup",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "followup.middleware.PermissionsPolicyMiddleware",
    # Before anything reads the body (CSRF does): a non-UTF-8 charset is a 400, not a 500.
    "followup.middleware.FormCharsetMiddleware",
    # NUL bytes and absurd date parts in the URL: a 400 before any query reaches the database.
    "followup.middleware.HostileQueryMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "followup.middleware.PrivateCacheMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "accounts.middleware.UserTimezoneMiddleware",
]

ROOT_URLCONF = "followup.urls"
WSGI_APPLICATION = "followup.wsgi.application"
ASGI_APPLICATION = "followup.asgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

# Database: a SQLite file under var/ unless DATABASE_URL says otherwise.
DATABASES = {
    "default": sqlite_options(
        env.db_url("DATABASE_URL", default=f"sqlite:///{VAR_DIR / 'followup.sqlite3'}")
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # A file, not memory, so a real Celery worker in the tests sees the test data; one
    # per test process so two test runs in the same checkout never share it.
    DATABASES["default"]["TEST"] = {"NAME": str(VAR_DIR / f"test-{os.getpid()}.sqlite3")}
else:
    DATABASES["default"].setdefault("CONN_MAX_AGE", env.int("CONN_MAX_AGE", default=60))
    DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Rate limits and lockouts (allauth) live in the cache, so it must be one cache shared by
# every web process: Redis when CACHE_URL is set, otherwise a table in the database
# (created by `manage.py migrate` itself: a post_migrate hook, accounts/cachetable.py).
CACHES = {"default": cache_from_url(env.str("CACHE_URL", default=""), debug=DEBUG)}

AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "dashboard"

# django-allauth: email sign-in, no usernames.
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_EMAIL_VERIFICATION = env.choice(
    "ACCOUNT_EMAIL_VERIFICATION", default="optional", choices=("optional", "mandatory", "none")
)
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_CHANGE_EMAIL = True
ACCOUNT_LOGOUT_REDIRECT_URL = "home"
ACCOUNT_SESSION_REMEMBER = None
ACCOUNT_SIGNUP_FORM_CLASS = "accounts.forms.SignupExtraForm"
# The name in allauth's emails and pages (accounts/adapter.py), never the request's host.
SITE_NAME = env.str("SITE_NAME", default="Followup")
ACCOUNT_ADAPTER = "accounts.adapter.AccountAdapter"
# "Send a test to myself" on the send preview, in any 24 hours, per account and per
# address (letters/preview.py, accounts/limits.py).
LETTER_TEST_SENDS_PER_DAY = env.int("LETTER_TEST_SENDS_PER_DAY", default=5)
ACCOUNT_DEFAULT_HTTP_PROTOCOL = "https" if not DEBUG else "http"
# Failed logins: allauth counts them per IP and per account and locks the account
# out for a while once the limit is reached.
ACCOUNT_RATE_LIMITS = {
    "login_failed": env.str("LOGIN_FAILED_RATE_LIMIT", default="10/m/ip,5/5m/key"),
    # Each try to connect a mailbox opens a connection to the host typed in: bounded, so
    # the page cannot be used to probe a network (inbox/views.py).
    "mailbox_connect": "20/h/user",
}

LANGUAGE_CODE = "en-us"
# One date format everywhere (accounts/timefmt.py); Django's own rendering follows it.
FORMAT_MODULE_PATH = ["followup.formats"]
TIME_ZONE = "UTC"
USE_I18N = True
# Our wording over third-party apps' ("Sign in", not "Sign In"): locale/en/LC_MESSAGES.
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [
    BASE_DIR / "static",
    ("bootstrap", BASE_DIR / "node_modules" / "bootstrap" / "dist"),
    ("chartjs", BASE_DIR / "node_modules" / "chart.js" / "dist"),
]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}

CRISPY_ALLOWED_TEMPLATE_PACKS = "bootstrap5"
CRISPY_TEMPLATE_PACK = "bootstrap5"

# Email: EMAIL_URL is mapped onto Django 6.1's MAILERS. In development mail is written
# to files under var/mail/; in production the default is the host's own MTA.
MAILERS = mailers_from_url(
    env.str("EMAIL_URL", default="file://var/mail" if DEBUG else "smtp://localhost:25"),
    base_dir=BASE_DIR,
)
DEFAULT_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", default="Followup <followup@localhost>")
SERVER_EMAIL = env.str("SERVER_EMAIL", default=DEFAULT_FROM_EMAIL)

# Celery: the filesystem transport needs no server; production uses Redis.
CELERY_BROKER_URL = env.str("CELERY_BROKER_URL", default="filesystem://")
BROKER_DIR = VAR_DIR / "broker"
if CELERY_BROKER_URL.startswith("filesystem://"):
    CELERY_BROKER_TRANSPORT_OPTIONS = {
        "data_folder_in": str(BROKER_DIR / "queue"),
        "data_folder_out": str(BROKER_DIR / "queue"),
        "processed_folder": str(BROKER_DIR / "processed"),
        "control_folder": str(BROKER_DIR / "control"),
        "store_processed": False,
        # The worker looks for messages (and notices Ctrl-C) five times a second, not once.
        "polling_interval": 0.2,
    }
else:
    CELERY_BROKER_TRANSPORT_OPTIONS = {"visibility_timeout": 3600}
CELERY_RESULT_BACKEND = env.str("CELERY_RESULT_BACKEND", default="") or None
CELERY_TASK_IGNORE_RESULT = CELERY_RESULT_BACKEND is None
CELERY_TASK_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TIMEZONE = "UTC"
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
# A warm shutdown waits for the worker's timer thread to wake: 0.2 s, not 1 s, so that
# `make run` stops within honcho's 5 s grace instead of being SIGKILLed (Procfile).
CELERY_WORKER_TIMER_PRECISION = 0.2
CELERY_BEAT_SCHEDULE_FILENAME = str(VAR_DIR / "celerybeat-schedule")
# A fixed schedule: rows in the database hold the truth, beat only says "look now".
REMINDER_SWEEP_SECONDS = env.positive("REMINDER_SWEEP_SECONDS", default=30.0, cast=float)
# Replies from the user's mailbox (inbox/): how often each connection is looked at, and
# the bounds of one look.
MAILBOX_CHECK_MINUTES = env.positive("MAILBOX_CHECK_MINUTES", default=10)
MAILBOX_TIMEOUT_SECONDS = env.positive("MAILBOX_TIMEOUT_SECONDS", default=10.0, cast=float)
MAILBOX_MAX_MESSAGES = env.positive("MAILBOX_MAX_MESSAGES", default=500)
MAILBOX_PASS_SECONDS = env.positive("MAILBOX_PASS_SECONDS", default=60.0, cast=float)
CELERY_BEAT_SCHEDULE: dict = {
    "dispatch-due-reminders": {
        "task": "reminders.tasks.dispatch_due_reminders",
        "schedule": REMINDER_SWEEP_SECONDS,
        # A sweep that waited out a broker or worker outage is only a duplicate of the
        # next one: drop it rather than run a backlog of them.
        "options": {"expires": max(REMINDER_SWEEP_SECONDS * 2, 60.0)},
    },
    # Mailboxes due for a look for replies (inbox/checking.py); each claims its own lease.
    "check-mailboxes": {
        "task": "inbox.tasks.check_due_mailboxes",
        "schedule": MAILBOX_CHECK_MINUTES * 60.0,
        "options": {"expires": MAILBOX_CHECK_MINUTES * 60.0},
    },
    # Coaches with a review still pending when the window is about to close get a nudge.
    "review-nudges": {
        "task": "coaching.tasks.send_review_nudges",
        "schedule": 300.0,
        "options": {"expires": 600.0},
    },
}

# The follow-up schedule: these settings are the one source of its numbers, which
# reminders/schedule.py takes as arguments; then the outbox sweep (reminders/dispatch.py).
FOLLOWUP_WINDOW_HOURS = env.float("FOLLOWUP_WINDOW_HOURS", default=24.0)
FOLLOWUP_NUDGE_AFTER_HOURS = env.float("FOLLOWUP_NUDGE_AFTER_HOURS", default=2.0)
FOLLOWUP_LAST_CALL_BEFORE_HOURS = env.float("FOLLOWUP_LAST_CALL_BEFORE_HOURS", default=4.0)
FOLLOWUP_CHECK_IN_AFTER_DECISION_DAYS = env.int("FOLLOWUP_CHECK_IN_AFTER_DECISION_DAYS", default=2)
FOLLOWUP_CHECK_IN_AFTER_SEND_DAYS = env.int("FOLLOWUP_CHECK_IN_AFTER_SEND_DAYS", default=5)
FOLLOWUP_MAX_CHECK_INS = env.int("FOLLOWUP_MAX_CHECK_INS", default=2)
FOLLOWUP_QUIET_HOURS_START = env.clock("FOLLOWUP_QUIET_HOURS_START", default="21:00")
FOLLOWUP_QUIET_HOURS_END = env.clock("FOLLOWUP_QUIET_HOURS_END", default="08:00")
# A claimed reminder not marked sent within the lease is claimed again (its worker died).
REMINDER_LEASE_SECONDS = env.positive("REMINDER_LEASE_SECONDS", default=300)
# Temporary SMTP errors are retried with exponential backoff, then the row is failed.
REMINDER_MAX_ATTEMPTS = env.positive("REMINDER_MAX_ATTEMPTS", default=8)
REMINDER_RETRY_BASE_SECONDS = env.int("REMINDER_RETRY_BASE_SECONDS", default=60)
# Reminders claimed and sent over one SMTP connection at a time.
REMINDER_BATCH_SIZE = env.positive("REMINDER_BATCH_SIZE", default=100)

# Abuse limits: email the app sends to third parties on a user's behalf (accounts/limits.py).
LETTER_SENDS_PER_DAY = env.int("LETTER_SENDS_PER_DAY", default=20)
COACH_INVITES_PER_DAY = env.int("COACH_INVITES_PER_DAY", default=10)
# A coach invitation not accepted within this many days expires.
COACH_INVITATION_DAYS = env.int("COACH_INVITATION_DAYS", default=14)

# Production hardening (on whenever DEBUG is off).
if not DEBUG:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=True)
    SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=31536000)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
SECURE_CONTENT_TYPE_NOSNIFF = True
# Content-Security-Policy (Django's own middleware), in development too so a violation
# shows up before production: our own scripts and styles only, nothing inline (no
# style="" attributes, no inline <script>; htmx's injected style is off in base.html).
# Bootstrap's CSS draws a few icons as data: SVG images.
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF],
    "style-src": [CSP.SELF],
    "img-src": [CSP.SELF, "data:"],
    "font-src": [CSP.SELF],
    "connect-src": [CSP.SELF],
    "form-action": [CSP.SELF],
    "frame-ancestors": [CSP.NONE],
    "base-uri": [CSP.NONE],
    "object-src": [CSP.NONE],
}
# Permissions-Policy: the app needs none of these browser features (empty list: off).
PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "accelerometer",
        "autoplay",
        "camera",
        "display-capture",
        "encrypted-media",
        "fullscreen",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "picture-in-picture",
        "publickey-credentials-get",
        "screen-wake-lock",
        "serial",
        "usb",
        "xr-spatial-tracking",
    )
}
# Request bodies: the largest form is a letter draft (20,000 characters, at most 4 bytes
# each in UTF-8, plus the other fields); the largest upload an .ics invite of 1 MB
# (interviews/calendar.py refuses more). The proxy in front should refuse bigger bodies
# first (README, "Limits").
DATA_UPLOAD_MAX_MEMORY_SIZE = 256 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 1024 * 1024
DATA_UPLOAD_MAX_NUMBER_FIELDS = 500
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env.str("LOG_LEVEL", default="INFO")},
}
