import pytest

from tests.factories import UserFactory


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


# A signed-up job seeker, another one, and a test client signed in as the first.


@pytest.fixture
def user(db):
    return UserFactory(email="sam.lee@gmail.com", time_zone="Europe/London")


@pytest.fixture
def other_user(db):
    return UserFactory()


@pytest.fixture
def signed_in(client, user):
    client.force_login(user)
    return client
