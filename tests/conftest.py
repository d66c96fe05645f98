import pytest


@pytest.fixture(autouse=True)
def _plain_static_storage(settings):
    # Manifest names need collectstatic; tests render templates without it.
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


@pytest.fixture(autouse=True)
def _fresh_cache():
    # Rate limits (failed logins, sign-ups) live in the cache; no test inherits another's.
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()
