-- Each time a date is moved, changed or cancelled its revision goes up (issue 16): calendars take
-- the iCalendar SEQUENCE from it, so an update or a cancellation sent by mail replaces the
-- appointment people put in their phone's calendar from the confirmation.
ALTER TABLE occurrences ADD COLUMN sequence BIGINT NOT NULL DEFAULT 0;
