-- Accounts (a nickname and a password; e-mail optional), server-side sessions, roles per
-- centre and the counters behind rate limits. Instants are unix seconds (UTC).

CREATE TABLE accounts (
    id                  INTEGER PRIMARY KEY,
    nickname            TEXT    NOT NULL,
    nickname_key        TEXT    NOT NULL UNIQUE, -- lower case, single spaces: "Anna B" = "anna  b"
    email               TEXT,
    email_key           TEXT    UNIQUE,          -- lower case
    password_hash       TEXT    NOT NULL,        -- argon2id PHC string
    is_admin            INTEGER NOT NULL DEFAULT 0 CHECK (is_admin IN (0, 1)),
    created_at          INTEGER NOT NULL,
    password_changed_at INTEGER NOT NULL
);

-- Only a SHA-256 hash of the session token is stored: a copy of the database opens no session.
CREATE TABLE sessions (
    token_hash   TEXT    PRIMARY KEY,
    account_id   INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    created_at   INTEGER NOT NULL,
    last_seen_at INTEGER NOT NULL,
    expires_at   INTEGER NOT NULL, -- absolute end
    idle_seconds INTEGER NOT NULL, -- ends earlier after this long without a request
    device       TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX sessions_account ON sessions (account_id);

CREATE TABLE centre_roles (
    account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    centre_id  INTEGER NOT NULL REFERENCES centres (id) ON DELETE CASCADE,
    role       TEXT    NOT NULL CHECK (role IN ('vrijwilliger', 'coordinator')),
    created_at INTEGER NOT NULL,
    PRIMARY KEY (account_id, centre_id, role)
);
CREATE INDEX centre_roles_centre ON centre_roles (centre_id);

-- A browser that logged in to an account before. Login attempts from it are not slowed down by
-- failures elsewhere, so nobody can lock an account's owner out by guessing (OWASP "device
-- cookies"). Only the token's hash is stored.
CREATE TABLE trusted_devices (
    token_hash   TEXT    PRIMARY KEY,
    account_id   INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    created_at   INTEGER NOT NULL,
    expires_at   INTEGER NOT NULL
);
CREATE INDEX trusted_devices_account ON trusted_devices (account_id);

-- Attempts per key ("login-ip:…", "login-name:…", "register-ip:…") in a window, and until when
-- further attempts wait. Kept in the database so that several servers share them.
CREATE TABLE throttle (
    key           TEXT    PRIMARY KEY,
    attempts      INTEGER NOT NULL,
    window_start  INTEGER NOT NULL,
    blocked_until INTEGER NOT NULL DEFAULT 0
);

-- A login link, password-reset link or address confirmation sent by e-mail, with a 6-digit code
-- in the same mail.
-- The request has a handle (kept by the page that asks for the code); handle, link token and code
-- are stored only as hashes. Valid 15 minutes, used once, 5 wrong codes end it. A request for an
-- address without an account is stored too (with no account), so it behaves the same.
CREATE TABLE email_challenges (
    handle_hash TEXT    PRIMARY KEY,
    link_hash   TEXT    NOT NULL UNIQUE,
    code_hash   TEXT    NOT NULL,
    account_id  INTEGER REFERENCES accounts (id) ON DELETE CASCADE,
    purpose     TEXT    NOT NULL CHECK (purpose IN ('login', 'reset', 'email')),
    new_email   TEXT,             -- for 'email': the address to confirm
    created_at  INTEGER NOT NULL,
    expires_at  INTEGER NOT NULL,
    used_at     INTEGER,
    attempts    INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX email_challenges_account ON email_challenges (account_id);
