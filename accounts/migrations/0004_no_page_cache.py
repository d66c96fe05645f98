"""The per-user page cache is gone: its key column on the user and its cache table.

The table was made by ``createcachetable`` for ``CACHES["pages"]``, so no migration knows
it: it is dropped only where it exists, through the schema editor like any model's table.
"""

from django.apps.registry import Apps
from django.db import migrations, models

PAGE_CACHE_TABLE = "followup_page_cache"


def drop_page_cache_table(apps, schema_editor):
    if PAGE_CACHE_TABLE not in schema_editor.connection.introspection.table_names():
        return

    class Meta:
        apps = Apps()  # a registry of its own: the model is never seen by the project's
        app_label = "accounts"
        db_table = PAGE_CACHE_TABLE

    entry = type(
        "PageCacheEntry",
        (models.Model,),
        {
            "__module__": __name__,
            "Meta": Meta,
            "cache_key": models.CharField(max_length=255, primary_key=True),
        },
    )
    schema_editor.delete_model(entry)


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0003_data_version"),
    ]

    operations = [
        migrations.RemoveField(model_name="user", name="data_version"),
        # Not put back on the way down: no code reads it any more.
        migrations.RunPython(drop_page_cache_table, migrations.RunPython.noop),
    ]
