-- What changed about a date someone signed up for (issue 16): shown on their next visit, also to
-- those without an e-mail address. A member's rows hang on the account; a guest's on their
-- sign-up's secrets (stored as hashes, like the sign-up's own), so that the sign-up page can still
-- explain a date whose activity was deleted. Kept 60 days.
CREATE TABLE date_notices (
    id               INTEGER PRIMARY KEY,
    account_id       INTEGER REFERENCES accounts (id) ON DELETE CASCADE,
    token_hash       TEXT,
    code_hash        TEXT,
    activity_id      INTEGER NOT NULL, -- no reference: the activity may be gone
    title            TEXT    NOT NULL,
    kind             TEXT    NOT NULL CHECK (kind IN ('afgelast', 'gestopt', 'vervallen', 'gewijzigd', 'verschoven')),
    reason           TEXT    NOT NULL DEFAULT '',
    starts_at        INTEGER NOT NULL,
    ends_at          INTEGER NOT NULL,
    before_starts_at INTEGER,
    before_ends_at   INTEGER,
    created_at       INTEGER NOT NULL,
    seen_at          INTEGER,
    CHECK (account_id IS NOT NULL OR token_hash IS NOT NULL)
);
CREATE INDEX date_notices_account ON date_notices (account_id, seen_at);
CREATE INDEX date_notices_token ON date_notices (token_hash);
CREATE INDEX date_notices_code ON date_notices (code_hash);
CREATE INDEX date_notices_created ON date_notices (created_at);
