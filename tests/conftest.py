import pytest

from tests.factories import UserFactory


@pytest.fixture(autouse=True)
def _plain_static_storage(settings):
    # Manifest names need collectstatic; tests render templates without it.
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


DB_FIXTURES = {"db", "transactional_db", "live_server", "django_db_reset_sequences"}


@pytest.fixture(autouse=True)
def _fresh_cache(request):
    # Rate limits (failed logins, sign-ups) live in the cache, a database table as in
    # production; no test inherits another's. Tests without the database never reach it.
    if not (
        request.node.get_closest_marker("django_db") or DB_FIXTURES & set(request.fixturenames)
    ):
        yield
        return
    from django.core.cache import caches

    request.getfixturevalue("_django_db_helper")
    for cache in caches.all():
        cache.clear()
    yield
    for cache in caches.all():
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
