from django.apps import AppConfig


class InsightsConfig(AppConfig):
    """What following up earns the user (figures, charts, coach and staff views) and the
    private calendar feed of what is coming up.

    The top app: it reads interviews, letters, replies and reminders, and the coach's
    consent, so it may import every other app; nothing imports it.
    """

    name = "insights"
    verbose_name = "Insights"
