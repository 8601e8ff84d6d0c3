-- Turven (issue 19, part one): walk-in visitors counted at the door, per centre, day and part of
-- the day. No names and no time finer than the dagdeel. Nothing here reaches a public page.

-- The count of one dagdeel: every tap adds to it in one statement, so two tablets tapping at the
-- same moment lose nothing. A first visit counts as a visit too (first_visits <= visits).
CREATE TABLE tallies (
    centre_id    INTEGER NOT NULL REFERENCES centres (id) ON DELETE CASCADE,
    day          TEXT    NOT NULL, -- YYYY-MM-DD, the centre's local date
    dagdeel      INTEGER NOT NULL CHECK (dagdeel BETWEEN 1 AND 3), -- ochtend, middag, avond
    visits       INTEGER NOT NULL DEFAULT 0 CHECK (visits >= 0),
    first_visits INTEGER NOT NULL DEFAULT 0 CHECK (first_visits >= 0 AND first_visits <= visits),
    PRIMARY KEY (centre_id, day, dagdeel)
);

-- Each tap carries an id made where it was tapped, so a tap sent again (after a lost answer, or
-- from the offline queue) counts once. Only the day is kept, to clear old ids.
CREATE TABLE tally_taps (
    id        TEXT    PRIMARY KEY,
    centre_id INTEGER NOT NULL REFERENCES centres (id) ON DELETE CASCADE,
    day       TEXT    NOT NULL
);
CREATE INDEX tally_taps_day ON tally_taps (day);

-- A coordinator's correction of a past dagdeel: the numbers before and after, by whom, when.
CREATE TABLE tally_corrections (
    id                  INTEGER PRIMARY KEY,
    centre_id           INTEGER NOT NULL REFERENCES centres (id) ON DELETE CASCADE,
    day                 TEXT    NOT NULL,
    dagdeel             INTEGER NOT NULL,
    visits_before       INTEGER NOT NULL,
    first_visits_before INTEGER NOT NULL,
    visits_after        INTEGER NOT NULL,
    first_visits_after  INTEGER NOT NULL,
    corrected_by        INTEGER REFERENCES accounts (id) ON DELETE SET NULL,
    corrected_at        INTEGER NOT NULL
);
CREATE INDEX tally_corrections_centre ON tally_corrections (centre_id, day);
