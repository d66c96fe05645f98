"""Upgrading a database that ran the per-user page cache leaves nothing of it behind."""

import pytest
from django.core.management import call_command
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

PAGE_CACHE_TABLE = "followup_page_cache"
BEFORE = [("accounts", "0003_data_version")]
AFTER = [("accounts", "0004_no_page_cache")]


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)


def user_columns():
    with connection.cursor() as cursor:
        return {
            column.name
            for column in connection.introspection.get_table_description(cursor, "accounts_user")
        }


# Schema changes outside the test's transaction: SQLite alters no table inside one.
@pytest.mark.django_db(transaction=True)
def test_the_upgrade_drops_the_page_cache_table_and_the_version_column():
    migrate(BEFORE)
    call_command("createcachetable", PAGE_CACHE_TABLE)  # as `make migrate` made it
    assert PAGE_CACHE_TABLE in connection.introspection.table_names()
    assert "data_version" in user_columns()

    migrate(AFTER)

    assert PAGE_CACHE_TABLE not in connection.introspection.table_names()
    assert "data_version" not in user_columns()


@pytest.mark.django_db(transaction=True)
def test_the_upgrade_runs_where_the_page_cache_table_was_never_made():
    migrate(BEFORE)
    assert PAGE_CACHE_TABLE not in connection.introspection.table_names()

    migrate(AFTER)

    assert "data_version" not in user_columns()
