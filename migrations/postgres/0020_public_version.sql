-- The public pages' version (issue 18): every write to a table that a public page shows goes up
-- by one, in the same transaction as the write, so the cache of rendered public pages (see
-- server/src/page_cache.rs) never serves a page from before a change, also when several servers
-- share one database. Tables no public page reads (sessions, mail, audit, counters, private
-- group posts and the like) have no trigger; the test `every_table_is_public_or_private` holds
-- the list, so a new table must be put on one side.
CREATE TABLE public_version (
    id      INTEGER PRIMARY KEY CHECK (id = 1),
    version BIGINT NOT NULL
);
INSERT INTO public_version (id, version) VALUES (1, 0);

-- The version goes up once per transaction, at its commit (a deferred constraint trigger): the
-- row is locked for the shortest time, and always as the transaction's last lock.
CREATE FUNCTION public_pages_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF current_setting('kring.public_changed', true) IS DISTINCT FROM 'yes' THEN
        PERFORM set_config('kring.public_changed', 'yes', true);
        UPDATE public_version SET version = version + 1;
    END IF;
    RETURN NULL;
END
$$;

CREATE CONSTRAINT TRIGGER centres_public AFTER INSERT OR UPDATE OR DELETE ON centres DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION public_pages_changed();
CREATE CONSTRAINT TRIGGER opening_hours_public AFTER INSERT OR UPDATE OR DELETE ON opening_hours DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION public_pages_changed();
CREATE CONSTRAINT TRIGGER closures_public AFTER INSERT OR UPDATE OR DELETE ON closures DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION public_pages_changed();
CREATE CONSTRAINT TRIGGER activities_public AFTER INSERT OR UPDATE OR DELETE ON activities DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION public_pages_changed();
CREATE CONSTRAINT TRIGGER activity_themes_public AFTER INSERT OR UPDATE OR DELETE ON activity_themes DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION public_pages_changed();
CREATE CONSTRAINT TRIGGER occurrences_public AFTER INSERT OR UPDATE OR DELETE ON occurrences DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION public_pages_changed();
CREATE CONSTRAINT TRIGGER activity_facilitators_public AFTER INSERT OR UPDATE OR DELETE ON activity_facilitators DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION public_pages_changed();
CREATE CONSTRAINT TRIGGER signups_public AFTER INSERT OR UPDATE OR DELETE ON signups DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION public_pages_changed();
CREATE CONSTRAINT TRIGGER signup_absences_public AFTER INSERT OR UPDATE OR DELETE ON signup_absences DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION public_pages_changed();
CREATE CONSTRAINT TRIGGER peer_groups_public AFTER INSERT OR UPDATE OR DELETE ON peer_groups DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION public_pages_changed();
CREATE CONSTRAINT TRIGGER group_facilitators_public AFTER INSERT OR UPDATE OR DELETE ON group_facilitators DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION public_pages_changed();
CREATE CONSTRAINT TRIGGER group_members_public AFTER INSERT OR UPDATE OR DELETE ON group_members DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION public_pages_changed();
CREATE CONSTRAINT TRIGGER volunteer_tasks_public AFTER INSERT OR UPDATE OR DELETE ON volunteer_tasks DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION public_pages_changed();
CREATE CONSTRAINT TRIGGER volunteer_task_talents_public AFTER INSERT OR UPDATE OR DELETE ON volunteer_task_talents DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION public_pages_changed();
CREATE CONSTRAINT TRIGGER profiles_public AFTER INSERT OR UPDATE OR DELETE ON profiles DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION public_pages_changed();
CREATE CONSTRAINT TRIGGER centre_roles_public AFTER INSERT OR UPDATE OR DELETE ON centre_roles DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION public_pages_changed();
-- Accounts: only a changed or removed name is seen on public pages (a facilitator's).
CREATE CONSTRAINT TRIGGER accounts_public AFTER UPDATE OF nickname OR DELETE ON accounts DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION public_pages_changed();
