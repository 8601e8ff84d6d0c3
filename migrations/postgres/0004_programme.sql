-- Publishing the programme (issue 4): centre settings, neutral public titles, where an activity
-- happens, facilitators with an account, changed hours during a closure, and single dates that
-- are moved or changed without losing which date of the series they were.

ALTER TABLE centres ADD COLUMN volunteers_publish BIGINT NOT NULL DEFAULT 0 CHECK (volunteers_publish IN (0, 1));

-- A closure either closes the centre (no hours) or gives other hours for those days.
ALTER TABLE closures ADD COLUMN opens_minute BIGINT CHECK (opens_minute IS NULL OR opens_minute BETWEEN 0 AND 1439);
ALTER TABLE closures ADD COLUMN closes_minute BIGINT CHECK (closes_minute IS NULL OR closes_minute BETWEEN 1 AND 1440);

ALTER TABLE activities ADD COLUMN member_title TEXT NOT NULL DEFAULT '';
ALTER TABLE activities ADD COLUMN place TEXT NOT NULL DEFAULT 'centrum' CHECK (place IN ('centrum', 'elders', 'online'));
ALTER TABLE activities ADD COLUMN updated_at BIGINT NOT NULL DEFAULT 0;
UPDATE activities SET place = 'online' WHERE online_url <> '';

CREATE TABLE activity_facilitators (
    activity_id BIGINT NOT NULL REFERENCES activities (id) ON DELETE CASCADE,
    account_id  BIGINT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    PRIMARY KEY (activity_id, account_id)
);
CREATE INDEX activity_facilitators_account ON activity_facilitators (account_id);

-- `slot_starts_at` is the date of the series this occurrence stands for; `starts_at` may differ
-- when that one date was moved. A moved date is never created again by the series.
ALTER TABLE occurrences ADD COLUMN slot_starts_at BIGINT NOT NULL DEFAULT 0;
UPDATE occurrences SET slot_starts_at = starts_at;
CREATE UNIQUE INDEX occurrences_slot ON occurrences (activity_id, slot_starts_at);
ALTER TABLE occurrences ADD COLUMN changed BIGINT NOT NULL DEFAULT 0 CHECK (changed IN (0, 1));
ALTER TABLE occurrences ADD COLUMN change_note TEXT NOT NULL DEFAULT '';
ALTER TABLE occurrences ADD COLUMN location TEXT NOT NULL DEFAULT '';
