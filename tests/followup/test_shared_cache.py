"""Lockouts and rate limits live in a cache every process shares, in every setup.

Redis when CACHE_URL is set, the database cache table otherwise; never a per-process
memory cache with DEBUG off. The table is created wherever the database is migrated.
"""

from pathlib import Path

import pytest
import yaml
from django.core.exceptions import ImproperlyConfigured

from followup.env import CACHE_TABLE, cache_from_url
from tests.followup.test_settings import run_settings

BASE = Path(__file__).resolve().parents[2]
PRINT_CACHE = "from django.conf import settings as s; print(s.CACHES['default']['BACKEND'])"


def test_without_cache_url_production_uses_the_database_cache():
    result = run_settings({"SECRET_KEY": "x" * 50}, PRINT_CACHE)

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "django.core.cache.backends.db.DatabaseCache"


def test_cache_url_selects_redis():
    assert cache_from_url("redis://cache:6379/1", debug=False) == {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": "redis://cache:6379/1",
    }


@pytest.mark.parametrize("url", ["locmemcache://", "dummycache://"])
def test_a_per_process_cache_is_refused_when_debug_is_off(url):
    result = run_settings({"SECRET_KEY": "x" * 50, "CACHE_URL": url}, PRINT_CACHE)

    assert result.returncode != 0
    assert "is a per-process cache" in result.stderr
    assert cache_from_url(url, debug=True)["BACKEND"].endswith(("LocMemCache", "DummyCache"))


def test_a_malformed_cache_url_is_a_one_line_error():
    with pytest.raises(ImproperlyConfigured, match="is not a cache URL"):
        cache_from_url("nonsense://x", debug=False)


def test_make_migrate_and_compose_still_create_the_cache_table_explicitly():
    makefile = (BASE / "Makefile").read_text()
    web = yaml.safe_load((BASE / "docker-compose.yml").read_text())["services"]["web"]

    assert "manage.py createcachetable" in makefile.split("migrate: setup", 1)[1].split("\n\n")[0]
    assert "manage.py migrate --noinput && python manage.py createcachetable" in web["command"]


@pytest.mark.django_db
def test_the_test_database_has_the_cache_table_like_production():
    from django.core.cache import cache
    from django.db import connection

    cache.set("probe", 1)

    assert CACHE_TABLE in connection.introspection.table_names()
    assert cache.get("probe") == 1
