"""A form body declared in a charset other than UTF-8 is a 400, never a 500."""

import pytest

pytestmark = pytest.mark.django_db

ODD_CHARSETS = ["latin-1", "utf-16", "utf-32", "cp1252", "utf8", "no-such-charset"]


@pytest.fixture
def raw_client(client):
    client.raise_request_exception = False
    return client


@pytest.mark.parametrize("charset", ODD_CHARSETS)
@pytest.mark.parametrize("path", ["/accounts/login/", "/accounts/signup/", "/unsubscribe/x/"])
def test_anonymous_posts_in_another_charset_are_refused(raw_client, path, charset):
    body = "login=sam%40example.com&password=caf%E9".encode("ascii")
    response = raw_client.generic(
        "POST", path, body, content_type=f"application/x-www-form-urlencoded; charset={charset}"
    )
    assert response.status_code == 400
    assert response.text == "Requests must be sent as UTF-8."


@pytest.mark.parametrize("charset", ODD_CHARSETS)
def test_signed_in_posts_in_another_charset_are_refused(raw_client, user, charset):
    raw_client.force_login(user)
    response = raw_client.generic(
        "POST",
        "/profile/",
        "name=Ren\xe9e".encode("latin-1"),
        content_type=f"application/x-www-form-urlencoded; charset={charset}",
    )
    assert response.status_code == 400
    user.refresh_from_db()
    assert user.name != "Renée"


def test_multipart_in_another_charset_is_refused(raw_client, user):
    raw_client.force_login(user)
    body = (
        b'--b\r\nContent-Disposition: form-data; name="invite"; filename="a.ics"\r\n\r\n'
        b"BEGIN:VCALENDAR\r\n--b--\r\n"
    )
    response = raw_client.generic(
        "POST",
        "/interviews/import/",
        body,
        content_type="multipart/form-data; boundary=b; charset=utf-16",
    )
    assert response.status_code == 400


@pytest.mark.parametrize("charset", ["utf-8", "UTF-8"])
def test_utf8_forms_still_work(client, user, charset):
    client.force_login(user)
    response = client.generic(
        "POST",
        "/profile/",
        "name=Ren%C3%A9e&time_zone=Europe%2FParis".encode("ascii"),
        content_type=f"application/x-www-form-urlencoded; charset={charset}",
    )
    assert response.status_code == 302
    user.refresh_from_db()
    assert user.name == "Renée"
