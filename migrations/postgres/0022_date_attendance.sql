-- Head counts per date (issue 19, part two): how many came to a date of an activity, entered by
-- its facilitators or the centre's coordinators once the date has begun, and (for the people who
-- run it) which of the signed-up people came. A peer group's meetings keep meeting_attendance.

CREATE TABLE date_attendance (
    occurrence_id BIGINT  PRIMARY KEY REFERENCES occurrences (id) ON DELETE CASCADE,
    head_count    BIGINT  NOT NULL CHECK (head_count BETWEEN 0 AND 500),
    recorded_by   BIGINT  REFERENCES accounts (id) ON DELETE SET NULL,
    recorded_at   BIGINT  NOT NULL
);

-- Ticked sign-ups. A member's tick goes with their account, a guest's name with the retention
-- period (the sign-up row stays, without the name); the head count stays.
CREATE TABLE date_attendees (
    occurrence_id BIGINT  NOT NULL REFERENCES date_attendance (occurrence_id) ON DELETE CASCADE,
    signup_id     BIGINT  NOT NULL REFERENCES signups (id) ON DELETE CASCADE,
    PRIMARY KEY (occurrence_id, signup_id)
);
CREATE INDEX date_attendees_signup ON date_attendees (signup_id);
