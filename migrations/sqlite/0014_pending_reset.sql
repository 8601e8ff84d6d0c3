-- A password reset of an account with two-step verification waits for the second step: the new
-- password's hash is kept with the waiting login and set only when the code is right.
ALTER TABLE pending_logins ADD COLUMN new_password_hash TEXT;
