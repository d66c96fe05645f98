from django.apps import AppConfig
from django.db.models.signals import post_migrate


class CoachingConfig(AppConfig):
    """Career coaches: the client's consent, review requests, comments and verdicts, the
    review emails and nudges, and the coach-scoped admin.

    The top app: it may import reminders, letters, interviews and accounts, and nothing
    imports it. The admin pages of the lower apps are scoped to what a staff user may see
    through ``accounts.scoping``; who a coach may see is coaching's rule, so it is a
    function registered here at ready (one rule, asked synchronously, so a hook rather
    than a signal).
    """

    name = "coaching"
    verbose_name = "Coaching"

    def ready(self):
        from accounts.scoping import register_visible_owners
        from coaching.consent import client_ids_subquery, ensure_coach_group_after_migrate

        register_visible_owners(client_ids_subquery)

        from accounts.userdata import register_before_delete, register_export_section
        from coaching import userdata

        register_export_section("coach_accesses", userdata.coach_accesses)
        register_export_section("review_comments", userdata.review_comments)
        register_before_delete("coaching", userdata.end_access_before_delete)

        # The "Career coaches" group is put back to exactly its permissions on every migrate.
        post_migrate.connect(
            ensure_coach_group_after_migrate, dispatch_uid="coaching.consent.ensure_coach_group"
        )
