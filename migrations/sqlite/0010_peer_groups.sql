-- Peer groups (issue 8): a safe, closed space with house rules, run by facilitators with lived
-- experience. Who is in a group is for its members and facilitators only.

CREATE TABLE peer_groups (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    centre_id   INTEGER NOT NULL REFERENCES centres (id) ON DELETE CASCADE,
    name        TEXT    NOT NULL,               -- for members
    public_name TEXT    NOT NULL,               -- neutral, for anyone (where listed)
    description TEXT    NOT NULL DEFAULT '',
    theme       TEXT,                           -- one of the activity themes
    house_rules TEXT    NOT NULL,
    max_members INTEGER CHECK (max_members IS NULL OR max_members BETWEEN 2 AND 100),
    kind        TEXT    NOT NULL CHECK (kind IN ('open', 'gesloten', 'verborgen')),
    online      INTEGER NOT NULL DEFAULT 0 CHECK (online IN (0, 1)),
    listed      INTEGER NOT NULL DEFAULT 0 CHECK (listed IN (0, 1)),
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL
);
CREATE INDEX peer_groups_centre ON peer_groups (centre_id);

CREATE TABLE group_facilitators (
    group_id   INTEGER NOT NULL REFERENCES peer_groups (id) ON DELETE CASCADE,
    account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    PRIMARY KEY (group_id, account_id)
);
CREATE INDEX group_facilitators_account ON group_facilitators (account_id);

-- One row per person and group: a member (or paused member), a request to join a closed group,
-- or what became of it (declined, or removed for breaking the house rules, with a message the
-- person sees).
CREATE TABLE group_members (
    group_id        INTEGER NOT NULL REFERENCES peer_groups (id) ON DELETE CASCADE,
    account_id      INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    status          TEXT    NOT NULL CHECK (status IN ('lid', 'gepauzeerd', 'aangevraagd', 'afgewezen', 'verwijderd')),
    request_message TEXT    NOT NULL DEFAULT '',
    answer_message  TEXT    NOT NULL DEFAULT '',
    rules_agreed_at INTEGER,
    created_at      INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL,
    PRIMARY KEY (group_id, account_id)
);
CREATE INDEX group_members_account ON group_members (account_id);
