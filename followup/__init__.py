import sys

# `manage.py letter_check` answers within a second: it queues no task, and importing
# Celery alone takes about half a second. Everything else loads the Celery app here,
# so `shared_task` binds to it.
if sys.argv[1:2] != ["letter_check"]:
    from followup.celery import app as celery_app

    __all__ = ("celery_app",)
