"""Checks a calendar feed with an independent parser (Python's `icalendar` from PyPI).

Usage: check_ics.py FILE

Fails (exit 1, reasons on stderr) when the file is not valid iCalendar (RFC 5545) as far as
`icalendar` can tell, or when an event lacks UID, DTSTAMP, DTSTART or DTEND, has a floating
time (neither UTC nor a time zone with a VTIMEZONE), ends before it starts, or repeats a UID.
Prints each event as JSON lines: uid, summary, status, and its start and end as wall-clock time
in Europe/Amsterdam ("2026-11-24 17:30"), so the Rust test can check them against the programme.
"""

import json
import sys
from datetime import datetime, timezone
from zoneinfo import ZoneInfo

import icalendar

AMSTERDAM = ZoneInfo("Europe/Amsterdam")


def fail(message):
    print(message, file=sys.stderr)
    sys.exit(1)


def instant(event, name, zones):
    prop = event.get(name)
    if prop is None:
        fail(f"{event.get('UID')}: no {name}")
    value = prop.dt
    if not isinstance(value, datetime):
        fail(f"{event.get('UID')}: {name} is a date, not a date-time")
    if value.tzinfo is None:
        fail(f"{event.get('UID')}: {name} is a floating time")
    tzid = prop.params.get("TZID")
    if tzid and tzid not in zones:
        fail(f"{event.get('UID')}: {name} uses TZID {tzid} without a VTIMEZONE")
    return value


def main():
    raw = open(sys.argv[1], "rb").read()
    if b"\r\n" not in raw:
        fail("lines must end in CRLF")
    if any(len(line) > 75 for line in raw.split(b"\r\n")):
        fail("a line is longer than 75 octets (not folded)")
    calendar = icalendar.Calendar.from_ical(raw)
    if calendar.name != "VCALENDAR":
        fail("not a VCALENDAR")
    if str(calendar.get("VERSION")) != "2.0" or not calendar.get("PRODID"):
        fail("VERSION 2.0 and PRODID are required")
    zones = {str(tz.get("TZID")) for tz in calendar.walk("VTIMEZONE")}
    seen = set()
    for event in calendar.walk("VEVENT"):
        uid = str(event.get("UID") or "")
        if not uid:
            fail("an event without UID")
        if uid in seen:
            fail(f"UID {uid} twice")
        seen.add(uid)
        stamp = event.get("DTSTAMP")
        if stamp is None or stamp.dt.tzinfo is None or stamp.dt.utcoffset().total_seconds() != 0:
            fail(f"{uid}: DTSTAMP must be UTC")
        starts = instant(event, "DTSTART", zones)
        ends = instant(event, "DTEND", zones)
        if ends <= starts:
            fail(f"{uid}: ends before it starts")
        local = lambda moment: moment.astimezone(AMSTERDAM).strftime("%Y-%m-%d %H:%M")
        print(json.dumps({
            "uid": uid,
            "summary": str(event.get("SUMMARY") or ""),
            "status": str(event.get("STATUS") or ""),
            "location": str(event.get("LOCATION") or ""),
            "description": str(event.get("DESCRIPTION") or ""),
            "starts": local(starts),
            "ends": local(ends),
            "starts_utc": starts.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        }))


main()
