"""What the database cache tables hold about one user: keys naming their id or a hash
of their address (allauth's rate limits), or values quoting the address."""

import base64
import hashlib

from django.conf import settings
from django.db import connection


def database_cache_tables() -> list[str]:
    return [
        cache["LOCATION"]
        for cache in settings.CACHES.values()
        if cache["BACKEND"] == "django.core.cache.backends.db.DatabaseCache"
    ]


def traces(*, pk: int, email: str, hosts=("testserver",)) -> list[str]:
    email = email.lower()
    hashes = {
        hashlib.sha256(text.encode()).hexdigest()
        for text in [email, *(f"{host}:{email}" for host in hosts)]
    }
    found = []
    with connection.cursor() as cursor:
        for table in database_cache_tables():
            # A test reads the table as the cache backend stores it (it has no model).
            cursor.execute(f"SELECT cache_key, value FROM {connection.ops.quote_name(table)}")
            for key, value in cursor.fetchall():
                text = base64.b64decode(value)
                if (
                    key.endswith(f":user:{pk}")
                    or any(digest in key for digest in hashes)
                    or email.encode() in text
                ):
                    found.append(f"{table}: {key}")
    return found
