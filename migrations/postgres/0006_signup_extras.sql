-- Sign-ups, continued (issue 5): drop-ins for courses, "ik kan deze keer niet", how long a
-- guest's contact details are kept, and personal calendar feeds.

-- A course that allows drop-ins offers the seats of absent participants for single sessions.
ALTER TABLE activities ADD COLUMN drop_in BIGINT NOT NULL DEFAULT 0 CHECK (drop_in IN (0, 1));

-- Days after an activity that a guest's nickname and contact details are kept (counts stay).
ALTER TABLE centres ADD COLUMN guest_retention_days BIGINT NOT NULL DEFAULT 30
    CHECK (guest_retention_days BETWEEN 1 AND 365);

-- When a guest's details were removed (NULL: still there).
ALTER TABLE signups ADD COLUMN details_removed_at BIGINT;

-- "Ik kan deze keer niet": someone enrolled in a course skips one session.
CREATE TABLE signup_absences (
    signup_id     BIGINT  NOT NULL REFERENCES signups (id) ON DELETE CASCADE,
    occurrence_id BIGINT  NOT NULL REFERENCES occurrences (id) ON DELETE CASCADE,
    created_at    BIGINT  NOT NULL,
    PRIMARY KEY (signup_id, occurrence_id)
);
CREATE INDEX signup_absences_occurrence ON signup_absences (occurrence_id);

-- A member's personal calendar feed: a secret link (stored as a SHA-256 hash) that can be
-- renewed or switched off, with neutral titles if they like.
CREATE TABLE calendar_feeds (
    account_id BIGINT  PRIMARY KEY REFERENCES accounts (id) ON DELETE CASCADE,
    token_hash TEXT    NOT NULL UNIQUE,
    neutral    BIGINT  NOT NULL DEFAULT 1 CHECK (neutral IN (0, 1)),
    created_at BIGINT  NOT NULL
);
