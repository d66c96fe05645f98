"""Turn the operator-facing environment variables into Django settings values.

Kept apart from settings.py so the parsing rules can be tested on their own.
"""

import base64
import warnings
from datetime import time
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

import environ
from django.core.exceptions import ImproperlyConfigured

SMTP_SCHEMES = {"smtp", "smtps", "smtp+tls", "smtp+ssl"}
DATABASE_ENGINES = frozenset(environ.Env.DB_SCHEMES.values())


class Env(environ.Env):
    """django-environ, but a value that does not parse is a one-line ImproperlyConfigured
    naming the variable, instead of a ValueError deep inside the settings module."""

    def get_value(self, var, cast=None, default=environ.Env.NOTSET, parse_default=False):
        try:
            return super().get_value(var, cast=cast, default=default, parse_default=parse_default)
        except ImproperlyConfigured:
            raise
        except (ValueError, TypeError, AttributeError) as error:
            expected = {int: "a whole number", float: "a number"}.get(cast, f"valid ({error})")
            raise ImproperlyConfigured(
                f"{var} must be {expected}, not {self.ENVIRON.get(var, '')!r}."
            ) from None

    def clock(self, var: str, *, default: str) -> str:
        """A time of day such as ``21:00``, kept as text (the models parse it)."""
        value = self.str(var, default=default)
        try:
            time.fromisoformat(value)
        except ValueError:
            raise ImproperlyConfigured(
                f"{var} must be a time of day such as 21:00, not {value!r}."
            ) from None
        return value

    def choice(self, var: str, *, default: str, choices: tuple[str, ...]) -> str:
        value = self.str(var, default=default)
        if value not in choices:
            raise ImproperlyConfigured(f"{var} must be one of {', '.join(choices)}, not {value!r}.")
        return value

    def positive(self, var: str, *, default, cast=int):
        """A number above zero (a sweep every 0 seconds would spin)."""
        value = self.get_value(var, cast=cast, default=default)
        if not value > 0:
            raise ImproperlyConfigured(f"{var} must be above zero, not {value!r}.")
        return value

    def db_url(self, var=environ.Env.DEFAULT_DATABASE_ENV, default=environ.Env.NOTSET, engine=None):
        return database_from_url(self.get_value(var, default=default), var=var)


def database_from_url(url: str, *, var: str = "DATABASE_URL") -> dict:
    """``DATABASES["default"]`` from a URL; a malformed one names the variable."""
    problem = ""
    try:
        with warnings.catch_warnings():
            # django-environ only warns about an unknown scheme and returns a broken dict.
            warnings.simplefilter("ignore")
            config = environ.Env.db_url_config(url)
    except (ImproperlyConfigured, ValueError, TypeError, KeyError) as error:
        config, problem = {}, f" ({error})"
    engine = config.get("ENGINE")
    if engine not in DATABASE_ENGINES or (
        engine != "django.db.backends.sqlite3" and not config.get("NAME")
    ):
        raise ImproperlyConfigured(
            f"{var} is not a valid database URL{problem}; use for example "
            "postgres://user:password@host:5432/followup or sqlite:////path/to/file.sqlite3."
        )
    return config


def mailers_from_url(url: str, *, base_dir: Path) -> dict:
    """Map ``EMAIL_URL`` onto Django 6.1's ``MAILERS`` setting.

    Supported: ``smtp://user:pass@host:port`` (``smtps``/``smtp+ssl`` for implicit TLS,
    ``smtp+tls`` or ``?tls=1`` for STARTTLS), ``file://var/mail`` (relative paths are
    under the project), ``console://``, ``memory://`` and ``dummy://``.
    """
    try:
        return _mailers_from_url(url, base_dir=base_dir)
    except ValueError as error:  # a port or timeout that is not a number
        raise ImproperlyConfigured(f"EMAIL_URL is not a valid URL ({error}).") from None


def _mailers_from_url(url: str, *, base_dir: Path) -> dict:
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme in SMTP_SCHEMES:
        query = {k: v[-1] for k, v in parse_qs(parts.query).items()}
        options = {
            "host": parts.hostname or "localhost",
            "port": parts.port or (465 if scheme in {"smtps", "smtp+ssl"} else 25),
            "username": unquote(parts.username) if parts.username else "",
            "password": unquote(parts.password) if parts.password else "",
            "use_ssl": scheme in {"smtps", "smtp+ssl"} or query.get("ssl") in {"1", "true"},
            "use_tls": scheme == "smtp+tls" or query.get("tls") in {"1", "true"},
            "timeout": int(query.get("timeout", 10)),
        }
        backend = "django.core.mail.backends.smtp.EmailBackend"
    elif scheme in {"file", "filemail"}:
        raw = (parts.netloc + parts.path) or "var/mail"
        path = Path(unquote(raw))
        if not path.is_absolute():
            path = base_dir / path
        options = {"file_path": str(path)}
        backend = "django.core.mail.backends.filebased.EmailBackend"
    elif scheme in {"console", "consolemail"}:
        options, backend = {}, "django.core.mail.backends.console.EmailBackend"
    elif scheme in {"memory", "memorymail", "locmem"}:
        options, backend = {}, "django.core.mail.backends.locmem.EmailBackend"
    elif scheme in {"dummy", "dummymail"}:
        options, backend = {}, "django.core.mail.backends.dummy.EmailBackend"
    else:
        raise ImproperlyConfigured(
            f"EMAIL_URL has an unknown scheme {scheme!r}; use smtp://, smtps://, "
            "file://, console://, memory:// or dummy://."
        )
    return {"default": {"BACKEND": backend, "OPTIONS": options}}


CACHE_TABLE = "followup_cache"
PER_PROCESS_CACHES = {
    "django.core.cache.backends.locmem.LocMemCache",
    "django.core.cache.backends.dummy.DummyCache",
}


def cache_from_url(url: str, *, debug: bool) -> dict:
    """The default cache: ``CACHE_URL`` (``redis://…``), or the database cache table.

    Lockouts and rate limits must be seen by every web process, so a per-process cache
    (``locmemcache://``, ``dummycache://``) is refused unless DEBUG is on.
    """
    if not url:
        return {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": CACHE_TABLE,
        }
    try:
        cache = environ.Env.cache_url_config(url)
    except (KeyError, ValueError, ImproperlyConfigured) as exc:
        raise ImproperlyConfigured(
            f"CACHE_URL {url!r} is not a cache URL; use redis://host:6379/1 or leave it unset "
            "for the database cache."
        ) from exc
    if cache.get("BACKEND") in PER_PROCESS_CACHES and not debug:
        raise ImproperlyConfigured(
            f"CACHE_URL {url!r} is a per-process cache, which lets each web process keep its "
            "own sign-in lockouts; use redis://… or leave it unset for the database cache."
        )
    return cache


def secret_key(value: str | None, *, debug: bool) -> str:
    """The SECRET_KEY, with a development key only while DEBUG is on."""
    if value:
        return value
    if debug:
        return "django-insecure-development-only-key-do-not-use-in-production"
    raise ImproperlyConfigured(
        "SECRET_KEY is not set. It is required when DEBUG is off: set it in the "
        'environment or in .env (for example: python -c "import secrets; '
        'print(secrets.token_urlsafe(50))").'
    )


# Development only (DEBUG on): mailbox passwords saved with it are readable by anyone.
DEVELOPMENT_MAILBOX_KEY = "ZGV2ZWxvcG1lbnQtb25seS1tYWlsYm94LWtleS0wMDA="


def mailbox_keys(value: str | None, *, debug: bool) -> list[str]:
    """The Fernet keys of ``MAILBOX_ENCRYPTION_KEY``, newest first (comma-separated, so a
    key can be rotated); a development key only while DEBUG is on."""
    keys = [key.strip() for key in (value or "").split(",") if key.strip()]
    if not keys:
        if debug:
            return [DEVELOPMENT_MAILBOX_KEY]
        raise ImproperlyConfigured(
            "MAILBOX_ENCRYPTION_KEY is not set. It is required when DEBUG is off: set it in "
            'the environment or in .env (for example: python -c "import base64, os; '
            'print(base64.urlsafe_b64encode(os.urandom(32)).decode())").'
        )
    for position, key in enumerate(keys, start=1):
        try:
            raw = base64.urlsafe_b64decode(key.encode("ascii"))
        except (ValueError, UnicodeEncodeError):
            raw = b""
        if len(raw) != 32:
            raise ImproperlyConfigured(
                f"MAILBOX_ENCRYPTION_KEY key {position} is not a Fernet key "
                "(32 bytes in URL-safe base64, 44 characters)."
            )
    return keys


def sqlite_options(db: dict) -> dict:
    """WAL and immediate transactions so web, worker and beat can share one file."""
    if db.get("ENGINE") == "django.db.backends.sqlite3":
        db.setdefault("OPTIONS", {}).update(
            {
                "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
                "transaction_mode": "IMMEDIATE",
                "timeout": 20,
            }
        )
    return db
