-- Members propose peer groups (issue 8): a proposal waits, invisible to others, until a
-- coordinator of its centre approves it and names facilitators.
ALTER TABLE peer_groups ADD COLUMN proposed INTEGER NOT NULL DEFAULT 0 CHECK (proposed IN (0, 1));
ALTER TABLE peer_groups ADD COLUMN proposed_by INTEGER REFERENCES accounts (id) ON DELETE SET NULL;
