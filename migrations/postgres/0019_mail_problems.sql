-- Mail that did not arrive (issue 16): the admin sees which centre a message was about, and can
-- correct a member's address or take away one that does not work. The member is told at their
-- next visit that their address was taken away.
ALTER TABLE outbox ADD COLUMN centre_id BIGINT REFERENCES centres (id) ON DELETE SET NULL;
ALTER TABLE accounts ADD COLUMN email_dropped_at BIGINT;
