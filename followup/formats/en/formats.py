# Dates Django renders by itself (admin list columns and read-only fields, a bare
# {{ datetime }}) read as accounts.timefmt writes them: "Fri 27 Nov 2026, 09:24 GMT",
# in the active zone (the viewer's, set by accounts.middleware). Django cannot drop the
# year for the current one, so these always carry it.
DATETIME_FORMAT = "D j M Y, H:i T"
SHORT_DATETIME_FORMAT = "D j M Y, H:i T"
DATE_FORMAT = "D j M Y"
SHORT_DATE_FORMAT = "D j M Y"
TIME_FORMAT = "H:i"
