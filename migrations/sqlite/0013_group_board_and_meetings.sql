-- Peer groups, part two (issue 8): the group board (prikbord), announcements by mail for members
-- who want them, meetings (activities of kind groepsbijeenkomst linked to a group) and who came.

-- A meeting belongs to one group; it is shown only to the group's members and facilitators
-- (and the centre's coordinators), never in the public agenda.
ALTER TABLE activities ADD COLUMN group_id INTEGER REFERENCES peer_groups (id) ON DELETE CASCADE;
CREATE INDEX activities_group ON activities (group_id);

-- A member wants the facilitators' announcements by mail too.
ALTER TABLE group_members ADD COLUMN mail_announcements INTEGER NOT NULL DEFAULT 0
    CHECK (mail_announcements IN (0, 1));

-- Short posts and replies (parent_id) by members and facilitators. A facilitator hides a post
-- with a reason its author sees; hidden posts stay, so the author can read why.
CREATE TABLE group_posts (
    id            INTEGER PRIMARY KEY,
    group_id      INTEGER NOT NULL REFERENCES peer_groups (id) ON DELETE CASCADE,
    author_id     INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    parent_id     INTEGER REFERENCES group_posts (id) ON DELETE CASCADE,
    body          TEXT    NOT NULL,
    announcement  INTEGER NOT NULL DEFAULT 0 CHECK (announcement IN (0, 1)),
    hidden_reason TEXT,    -- NULL: shown
    hidden_by     INTEGER REFERENCES accounts (id) ON DELETE SET NULL,
    hidden_at     INTEGER,
    created_at    INTEGER NOT NULL
);
CREATE INDEX group_posts_group ON group_posts (group_id, parent_id, id);
CREATE INDEX group_posts_author ON group_posts (author_id);

-- A member reports a post to the facilitators (once per person and post).
CREATE TABLE group_post_reports (
    post_id    INTEGER NOT NULL REFERENCES group_posts (id) ON DELETE CASCADE,
    account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    created_at INTEGER NOT NULL,
    PRIMARY KEY (post_id, account_id)
);

-- Who came to a meeting: how many, and (for the group's own use) who by name.
CREATE TABLE meeting_attendance (
    occurrence_id INTEGER PRIMARY KEY REFERENCES occurrences (id) ON DELETE CASCADE,
    group_id      INTEGER NOT NULL REFERENCES peer_groups (id) ON DELETE CASCADE,
    head_count    INTEGER NOT NULL CHECK (head_count BETWEEN 0 AND 500),
    recorded_by   INTEGER REFERENCES accounts (id) ON DELETE SET NULL,
    recorded_at   INTEGER NOT NULL
);
CREATE INDEX meeting_attendance_group ON meeting_attendance (group_id);

CREATE TABLE meeting_attendees (
    occurrence_id INTEGER NOT NULL REFERENCES meeting_attendance (occurrence_id) ON DELETE CASCADE,
    account_id    INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    PRIMARY KEY (occurrence_id, account_id)
);
CREATE INDEX meeting_attendees_account ON meeting_attendees (account_id);
