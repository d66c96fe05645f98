"""Admin registrations for letters (coach review queue, reminders)."""
