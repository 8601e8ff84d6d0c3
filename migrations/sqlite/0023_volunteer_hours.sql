-- Volunteer hours (issue 19, part four): what volunteers gave, for the centre's report to its
-- municipality. Two kinds of rows (`facilitated`): a date a volunteer facilitated (`occurrence_id` set, recorded
-- once the date is over, with its length) and hours a volunteer wrote down ("Ik heb geholpen":
-- a day, how long, and what — one of the centre's volunteer tasks or their own words).
-- A volunteer corrects their own rows: a facilitated date they did not run is kept as `removed`
-- so it is not recorded again. When an account is deleted its hours stay, without it (and
-- without its own words), so the centre's totals do not change.
CREATE TABLE volunteer_hours (
    id            INTEGER PRIMARY KEY,
    account_id    INTEGER REFERENCES accounts (id) ON DELETE SET NULL,
    centre_id     INTEGER NOT NULL REFERENCES centres (id) ON DELETE CASCADE,
    day           TEXT    NOT NULL, -- YYYY-MM-DD, the centre's local date
    minutes       INTEGER NOT NULL CHECK (minutes BETWEEN 1 AND 1440),
    what          TEXT    NOT NULL DEFAULT '',
    task_id       INTEGER REFERENCES volunteer_tasks (id) ON DELETE SET NULL,
    occurrence_id INTEGER REFERENCES occurrences (id) ON DELETE SET NULL,
    facilitated   INTEGER NOT NULL DEFAULT 0 CHECK (facilitated IN (0, 1)),
    removed       INTEGER NOT NULL DEFAULT 0 CHECK (removed IN (0, 1)),
    created_at    INTEGER NOT NULL,
    updated_at    INTEGER NOT NULL
);
CREATE UNIQUE INDEX volunteer_hours_date ON volunteer_hours (account_id, occurrence_id);
CREATE INDEX volunteer_hours_centre ON volunteer_hours (centre_id, day);
CREATE INDEX volunteer_hours_account ON volunteer_hours (account_id, day);
