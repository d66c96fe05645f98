"""Celery tasks of the letters app (found by autodiscover_tasks)."""
