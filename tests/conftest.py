import pytest


@pytest.fixture(autouse=True)
def _plain_static_storage(settings):
    # Manifest names need collectstatic; tests render templates without it.
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
