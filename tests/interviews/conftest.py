import pytest

from tests.factories import UserFactory


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
