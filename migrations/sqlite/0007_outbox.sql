-- Mail that always arrives (issue 6): every message is a row, written in the same transaction as
-- the change that causes it; a worker delivers due rows, retries with growing delays, and marks
-- a message failed (or bounced) where an admin can send it again. Sent messages keep only who,
-- what kind and when: their text (which may hold a login link) is cleared.

CREATE TABLE outbox (
    id              INTEGER PRIMARY KEY,
    kind            TEXT    NOT NULL,
    recipient       TEXT    NOT NULL,
    lang            TEXT    NOT NULL DEFAULT 'nl',
    subject         TEXT    NOT NULL,
    body            TEXT    NOT NULL,
    calendar        TEXT    NOT NULL DEFAULT '',   -- an .ics attachment, if any
    message_id      TEXT    NOT NULL UNIQUE,
    -- Makes a message that must go once (a reminder) go once, whoever queues it.
    dedupe_key      TEXT    UNIQUE,
    status          TEXT    NOT NULL DEFAULT 'wacht'
                    CHECK (status IN ('wacht', 'verstuurd', 'mislukt', 'gebounced')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL,
    -- A worker that claimed the row has it until then; after a crash another one takes over.
    claimed_until   INTEGER NOT NULL DEFAULT 0,
    last_error      TEXT    NOT NULL DEFAULT '',
    created_at      INTEGER NOT NULL,
    sent_at         INTEGER
);
CREATE INDEX outbox_due ON outbox (status, next_attempt_at);

-- Reminders the day before, unless switched off (per account, per guest sign-up).
ALTER TABLE accounts ADD COLUMN reminders INTEGER NOT NULL DEFAULT 1 CHECK (reminders IN (0, 1));
ALTER TABLE signups ADD COLUMN reminders INTEGER NOT NULL DEFAULT 1 CHECK (reminders IN (0, 1));
