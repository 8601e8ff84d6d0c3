-- An invitation link per peer group (issue 8): who has it may join directly, also a closed
-- group or one that is by invitation only. Only the SHA-256 of its secret is kept; a new link
-- replaces the old one.
ALTER TABLE peer_groups ADD COLUMN invite_hash TEXT;
