"""The parts of reading an .ics invite, by topic; `interviews.calendar.parse_invite` joins them.

- `limits`: every cap (size, lines, people, TZID length, zone changes, wall clock) and
  the one-line `CalendarImportError`, shared by the upload page and `import_interview`;
- `timezones`: what a TZID means, resolving a file's own VTIMEZONE only around the event;
- `people`: the organizer and attendees, their job titles, who decides, and the
  company their addresses hint at;
- `places`: the meeting link and the physical location;
- `notes`: the description without the scheduling and meeting tools' boilerplate.
"""
