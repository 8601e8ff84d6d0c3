-- Invitations to a role at a centre, a password that must be changed at first login (for the
-- admin made by `kring create-admin`), and two-factor login with TOTP and recovery codes.

ALTER TABLE accounts ADD COLUMN must_change_password INTEGER NOT NULL DEFAULT 0;
ALTER TABLE accounts ADD COLUMN totp_secret TEXT;        -- base32, set once confirmed
ALTER TABLE accounts ADD COLUMN totp_pending TEXT;       -- being set up, not yet confirmed
ALTER TABLE accounts ADD COLUMN totp_pending_codes TEXT; -- recovery codes shown during set-up, hashed once confirmed
ALTER TABLE accounts ADD COLUMN totp_last_step INTEGER NOT NULL DEFAULT 0; -- no code is used twice

-- A one-time invitation link (only its hash is stored), valid for 7 days.
CREATE TABLE invites (
    token_hash TEXT    PRIMARY KEY,
    centre_id  INTEGER NOT NULL REFERENCES centres (id) ON DELETE CASCADE,
    role       TEXT    NOT NULL CHECK (role IN ('vrijwilliger', 'coordinator')),
    created_by INTEGER REFERENCES accounts (id) ON DELETE SET NULL,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    used_at    INTEGER,
    used_by    INTEGER REFERENCES accounts (id) ON DELETE SET NULL
);
CREATE INDEX invites_centre ON invites (centre_id);

CREATE TABLE recovery_codes (
    account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    code_hash  TEXT    NOT NULL,
    used_at    INTEGER,
    PRIMARY KEY (account_id, code_hash)
);

-- A login that passed its first step (password or mail) and waits for the second (TOTP).
CREATE TABLE pending_logins (
    handle_hash TEXT    PRIMARY KEY,
    account_id  INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    expires_at  INTEGER NOT NULL,
    attempts    INTEGER NOT NULL DEFAULT 0,
    return_to   TEXT    NOT NULL DEFAULT '/mijn-account'
);
