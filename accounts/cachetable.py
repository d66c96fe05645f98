"""The database cache table exists wherever the database is migrated.

Sign-in lockouts and rate limits (allauth) live in the default cache, which is a database
table unless CACHE_URL names Redis. Django creates that table only with
``createcachetable``, which operators who follow Django's documentation (``migrate``
alone) never run: every sign-in would then answer 500. So ``migrate`` creates it too.
"""

from django.core.management import call_command


def create_cache_tables(*, using: str, **kwargs) -> None:
    """A ``post_migrate`` receiver: the tables of every database cache in CACHES.

    ``createcachetable`` skips a table that exists, so running it at every migrate is
    safe, and it asks the database routers, like ``migrate``.
    """
    call_command("createcachetable", database=using, verbosity=0)
