-- Suggestions that follow a profile (issue 7): volunteer tasks a centre asks help with, and
-- contact requests to people who chose to be findable for what they can offer.

-- "Wie wil leren wat ik kan bieden, mag mij vinden": off unless the member turns it on.
ALTER TABLE profiles ADD COLUMN findable INTEGER NOT NULL DEFAULT 0 CHECK (findable IN (0, 1));

-- A task a centre would like help with (bardienst, koken, ...), with the talents it asks for.
CREATE TABLE volunteer_tasks (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    centre_id   INTEGER NOT NULL REFERENCES centres (id) ON DELETE CASCADE,
    title       TEXT    NOT NULL,
    description TEXT    NOT NULL DEFAULT '',
    moment      TEXT    NOT NULL DEFAULT '',   -- when, in words: "dinsdagochtend"
    is_open     INTEGER NOT NULL DEFAULT 1 CHECK (is_open IN (0, 1)),
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL
);
CREATE INDEX volunteer_tasks_centre ON volunteer_tasks (centre_id);

-- The talents a task asks for: keys of the curated lists.
CREATE TABLE volunteer_task_talents (
    task_id INTEGER NOT NULL REFERENCES volunteer_tasks (id) ON DELETE CASCADE,
    talent  TEXT    NOT NULL,
    PRIMARY KEY (task_id, talent)
);

-- "Ik help graag": members who offered to help with a task; the centre's coordinators see them.
CREATE TABLE volunteer_task_offers (
    task_id    INTEGER NOT NULL REFERENCES volunteer_tasks (id) ON DELETE CASCADE,
    account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    created_at INTEGER NOT NULL,
    PRIMARY KEY (task_id, account_id)
);
CREATE INDEX volunteer_task_offers_account ON volunteer_task_offers (account_id);

-- A request for contact about a talent the other person offers. Kring passes no contact
-- details: the other person accepts (with a short answer) or ignores it; an ignored request
-- still looks unanswered to the sender. One request per pair of people.
CREATE TABLE contact_requests (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    from_account   INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    to_account     INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    talent_curated INTEGER NOT NULL CHECK (talent_curated IN (0, 1)),
    talent         TEXT    NOT NULL,   -- the key of a suggestion, or the own words
    message        TEXT    NOT NULL DEFAULT '',
    status         TEXT    NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'aangenomen', 'genegeerd')),
    reply          TEXT    NOT NULL DEFAULT '',
    created_at     INTEGER NOT NULL,
    answered_at    INTEGER,
    CHECK (from_account <> to_account)
);
CREATE UNIQUE INDEX contact_requests_pair ON contact_requests (from_account, to_account);
CREATE INDEX contact_requests_to ON contact_requests (to_account);
