-- Centres, their inloop opening hours and closures; activities and their concrete occurrences.
-- Instants are unix seconds (UTC); wall-clock values (opening hours, a series' first start) are
-- Europe/Amsterdam local time. Flags are integers 0/1 (sqlx's Any driver cannot decode BOOLEAN
-- from SQLite).

CREATE TABLE centres (
    id            INTEGER PRIMARY KEY,
    slug          TEXT    NOT NULL UNIQUE,
    name          TEXT    NOT NULL,
    town          TEXT    NOT NULL,
    address       TEXT    NOT NULL,
    postcode      TEXT    NOT NULL DEFAULT '',
    description   TEXT    NOT NULL DEFAULT '',
    phone         TEXT    NOT NULL DEFAULT '',
    email         TEXT    NOT NULL DEFAULT '',
    accessibility TEXT    NOT NULL DEFAULT '',
    created_at    INTEGER NOT NULL
);

CREATE TABLE opening_hours (
    id            INTEGER PRIMARY KEY,
    centre_id     INTEGER NOT NULL REFERENCES centres (id) ON DELETE CASCADE,
    weekday       INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7), -- ISO: Monday = 1
    opens_minute  INTEGER NOT NULL CHECK (opens_minute BETWEEN 0 AND 1439),
    closes_minute INTEGER NOT NULL CHECK (closes_minute BETWEEN 1 AND 1440),
    CHECK (closes_minute > opens_minute)
);
CREATE INDEX opening_hours_centre ON opening_hours (centre_id);

CREATE TABLE closures (
    id        INTEGER PRIMARY KEY,
    centre_id INTEGER NOT NULL REFERENCES centres (id) ON DELETE CASCADE,
    first_day TEXT    NOT NULL, -- YYYY-MM-DD
    last_day  TEXT    NOT NULL,
    reason    TEXT    NOT NULL DEFAULT '',
    CHECK (last_day >= first_day)
);
CREATE INDEX closures_centre ON closures (centre_id, last_day);

CREATE TABLE activities (
    id                 INTEGER PRIMARY KEY,
    centre_id          INTEGER NOT NULL REFERENCES centres (id) ON DELETE CASCADE,
    kind               TEXT    NOT NULL CHECK (kind IN ('inloop', 'activiteit', 'cursus', 'groepsbijeenkomst')),
    title              TEXT    NOT NULL,
    description        TEXT    NOT NULL DEFAULT '',
    what_to_bring      TEXT    NOT NULL DEFAULT '',
    location           TEXT    NOT NULL DEFAULT '',
    online_url         TEXT    NOT NULL DEFAULT '',
    accessibility      TEXT    NOT NULL DEFAULT '',
    cost               TEXT    NOT NULL DEFAULT '', -- empty: free
    facilitators       TEXT    NOT NULL DEFAULT '', -- first names, comma separated
    signup_required    INTEGER NOT NULL DEFAULT 0 CHECK (signup_required IN (0, 1)),
    capacity           INTEGER CHECK (capacity IS NULL OR capacity >= 1),
    first_start        TEXT    NOT NULL, -- local YYYY-MM-DDTHH:MM
    duration_minutes   INTEGER NOT NULL CHECK (duration_minutes BETWEEN 1 AND 1440),
    repeat_every_weeks INTEGER CHECK (repeat_every_weeks IS NULL OR repeat_every_weeks BETWEEN 1 AND 52),
    repeat_weekdays    TEXT,             -- ISO weekday numbers, "2,4"
    repeat_until       TEXT,             -- YYYY-MM-DD, inclusive
    repeat_count       INTEGER CHECK (repeat_count IS NULL OR repeat_count >= 1),
    paused             INTEGER NOT NULL DEFAULT 0 CHECK (paused IN (0, 1)),
    created_at         INTEGER NOT NULL
);
CREATE INDEX activities_centre ON activities (centre_id);

CREATE TABLE activity_themes (
    activity_id INTEGER NOT NULL REFERENCES activities (id) ON DELETE CASCADE,
    theme       TEXT    NOT NULL,
    PRIMARY KEY (activity_id, theme)
);
CREATE INDEX activity_themes_theme ON activity_themes (theme, activity_id);

CREATE TABLE occurrences (
    id            INTEGER PRIMARY KEY,
    activity_id   INTEGER NOT NULL REFERENCES activities (id) ON DELETE CASCADE,
    starts_at     INTEGER NOT NULL,
    ends_at       INTEGER NOT NULL,
    cancelled     INTEGER NOT NULL DEFAULT 0 CHECK (cancelled IN (0, 1)),
    cancel_reason TEXT    NOT NULL DEFAULT '',
    CHECK (ends_at > starts_at),
    UNIQUE (activity_id, starts_at)
);
CREATE INDEX occurrences_starts ON occurrences (starts_at);
