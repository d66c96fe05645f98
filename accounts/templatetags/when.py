"""``{{ moment|when }}``: the one date format (see accounts/timefmt.py), in the active zone.

``{% load when %}`` then ``{{ interview.ends_at|when }}`` or, for a given reader,
``{{ closes_at|when:coach.time_zone }}``. ``{{ value|day }}`` for dates without a time.
"""

from django import template

from accounts import timefmt

register = template.Library()


@register.filter
def when(moment, zone=None):
    return timefmt.when(moment, zone=zone or None)


@register.filter
def day(value, zone=None):
    return timefmt.day(value, zone=zone or None)
