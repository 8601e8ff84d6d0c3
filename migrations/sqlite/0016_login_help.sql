-- Help with logging in for members without an e-mail address (issue 16): a coordinator of a
-- centre the member is connected to makes a one-time code (stored as a SHA-256 hash) and hands it
-- over in person. It works once, for a short time; the member is told at their next login.
CREATE TABLE login_help (
    id         INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    code_hash  TEXT    NOT NULL UNIQUE,
    helper_id  INTEGER REFERENCES accounts (id) ON DELETE SET NULL,
    centre_id  INTEGER NOT NULL REFERENCES centres (id) ON DELETE CASCADE,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    used_at    INTEGER
);
CREATE INDEX login_help_account ON login_help (account_id);

-- When a password was last set with such a code, until the member has seen it.
ALTER TABLE accounts ADD COLUMN helped_reset_at INTEGER;
