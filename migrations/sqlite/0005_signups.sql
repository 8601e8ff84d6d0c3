-- Sign-ups (issue 5): for one date of an activity, or for a whole course (no date). A member signs
-- up with their account; a guest with a nickname and, only if they want, an e-mail address or
-- phone number. The personal link and the short code are stored only as SHA-256 hashes.

CREATE TABLE signups (
    id            INTEGER PRIMARY KEY,
    activity_id   INTEGER NOT NULL REFERENCES activities (id) ON DELETE CASCADE,
    occurrence_id INTEGER REFERENCES occurrences (id) ON DELETE CASCADE, -- NULL: a course enrolment
    account_id    INTEGER REFERENCES accounts (id) ON DELETE CASCADE,
    guest_key     TEXT,                                                  -- the guest's browser
    nickname      TEXT    NOT NULL,
    email         TEXT    NOT NULL DEFAULT '',
    phone         TEXT    NOT NULL DEFAULT '',
    lang          TEXT    NOT NULL DEFAULT 'nl',   -- for messages about it
    status        TEXT    NOT NULL CHECK (status IN ('bevestigd', 'wachtlijst', 'afgemeld')),
    token_hash    TEXT    NOT NULL UNIQUE,
    code_hash     TEXT    NOT NULL UNIQUE,
    created_at    INTEGER NOT NULL,
    updated_at    INTEGER NOT NULL,
    CHECK (account_id IS NOT NULL OR guest_key IS NOT NULL)
);
-- One active sign-up per person per date (or course).
CREATE UNIQUE INDEX signups_member ON signups (activity_id, COALESCE(occurrence_id, 0), account_id)
    WHERE account_id IS NOT NULL AND status <> 'afgemeld';
CREATE UNIQUE INDEX signups_guest ON signups (activity_id, COALESCE(occurrence_id, 0), guest_key)
    WHERE guest_key IS NOT NULL AND status <> 'afgemeld';
CREATE INDEX signups_list ON signups (activity_id, occurrence_id, status, id);
CREATE INDEX signups_account ON signups (account_id);

-- Who opened a list with someone's contact details, and when.
CREATE TABLE audit_log (
    id         INTEGER PRIMARY KEY,
    account_id INTEGER REFERENCES accounts (id) ON DELETE SET NULL,
    action     TEXT    NOT NULL,
    subject    TEXT    NOT NULL,
    at         INTEGER NOT NULL
);
CREATE INDEX audit_log_at ON audit_log (at);
