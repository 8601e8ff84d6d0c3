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

CREATE TRIGGER centres_insert_public AFTER INSERT ON centres BEGIN UPDATE public_version SET version = version + 1; END;
CREATE TRIGGER centres_update_public AFTER UPDATE ON centres BEGIN UPDATE public_version SET version = version + 1; END;
CREATE TRIGGER centres_delete_public AFTER DELETE ON centres BEGIN UPDATE public_version SET version = version + 1; END;
CREATE TRIGGER opening_hours_insert_public AFTER INSERT ON opening_hours BEGIN UPDATE public_version SET version = version + 1; END;
CREATE TRIGGER opening_hours_update_public AFTER UPDATE ON opening_hours BEGIN UPDATE public_version SET version = version + 1; END;
CREATE TRIGGER opening_hours_delete_public AFTER DELETE ON opening_hours BEGIN UPDATE public_version SET version = version + 1; END;
CREATE TRIGGER closures_insert_public AFTER INSERT ON closures BEGIN UPDATE public_version SET version = version + 1; END;
CREATE TRIGGER closures_update_public AFTER UPDATE ON closures BEGIN UPDATE public_version SET version = version + 1; END;
CREATE TRIGGER closures_delete_public AFTER DELETE ON closures BEGIN UPDATE public_version SET version = version + 1; END;
CREATE TRIGGER activities_insert_public AFTER INSERT ON activities BEGIN UPDATE public_version SET version = version + 1; END;
CREATE TRIGGER activities_update_public AFTER UPDATE ON activities BEGIN UPDATE public_version SET version = version + 1; END;
CREATE TRIGGER activities_delete_public AFTER DELETE ON activities BEGIN UPDATE public_version SET version = version + 1; END;
CREATE TRIGGER activity_themes_insert_public AFTER INSERT ON activity_themes BEGIN UPDATE public_version SET version = version + 1; END;
CREATE TRIGGER activity_themes_update_public AFTER UPDATE ON activity_themes BEGIN UPDATE public_version SET version = version + 1; END;
CREATE TRIGGER activity_themes_delete_public AFTER DELETE ON activity_themes BEGIN UPDATE public_version SET version = version + 1; END;
CREATE TRIGGER occurrences_insert_public AFTER INSERT ON occurrences BEGIN UPDATE public_version SET version = version + 1; END;
CREATE TRIGGER occurrences_update_public AFTER UPDATE ON occurrences BEGIN UPDATE public_version SET version = version + 1; END;
CREATE TRIGGER occurrences_delete_public AFTER DELETE ON occurrences BEGIN UPDATE public_version SET version = version + 1; END;
CREATE TRIGGER activity_facilitators_insert_public AFTER INSERT ON activity_facilitators BEGIN UPDATE public_version SET version = version + 1; END;
CREATE TRIGGER activity_facilitators_update_public AFTER UPDATE ON activity_facilitators BEGIN UPDATE public_version SET version = version + 1; END;
CREATE TRIGGER activity_facilitators_delete_public AFTER DELETE ON activity_facilitators BEGIN UPDATE public_version SET version = version + 1; END;
CREATE TRIGGER signups_insert_public AFTER INSERT ON signups BEGIN UPDATE public_version SET version = version + 1; END;
CREATE TRIGGER signups_update_public AFTER UPDATE ON signups BEGIN UPDATE public_version SET version = version + 1; END;
CREATE TRIGGER signups_delete_public AFTER DELETE ON signups BEGIN UPDATE public_version SET version = version + 1; END;
CREATE TRIGGER signup_absences_insert_public AFTER INSERT ON signup_absences BEGIN UPDATE public_version SET version = version + 1; END;
CREATE TRIGGER signup_absences_update_public AFTER UPDATE ON signup_absences BEGIN UPDATE public_version SET version = version + 1; END;
CREATE TRIGGER signup_absences_delete_public AFTER DELETE ON signup_absences BEGIN UPDATE public_version SET version = version + 1; END;
CREATE TRIGGER peer_groups_insert_public AFTER INSERT ON peer_groups BEGIN UPDATE public_version SET version = version + 1; END;
CREATE TRIGGER peer_groups_update_public AFTER UPDATE ON peer_groups BEGIN UPDATE public_version SET version = version + 1; END;
CREATE TRIGGER peer_groups_delete_public AFTER DELETE ON peer_groups BEGIN UPDATE public_version SET version = version + 1; END;
CREATE TRIGGER group_facilitators_insert_public AFTER INSERT ON group_facilitators BEGIN UPDATE public_version SET version = version + 1; END;
CREATE TRIGGER group_facilitators_update_public AFTER UPDATE ON group_facilitators BEGIN UPDATE public_version SET version = version + 1; END;
CREATE TRIGGER group_facilitators_delete_public AFTER DELETE ON group_facilitators BEGIN UPDATE public_version SET version = version + 1; END;
CREATE TRIGGER group_members_insert_public AFTER INSERT ON group_members BEGIN UPDATE public_version SET version = version + 1; END;
CREATE TRIGGER group_members_update_public AFTER UPDATE ON group_members BEGIN UPDATE public_version SET version = version + 1; END;
CREATE TRIGGER group_members_delete_public AFTER DELETE ON group_members BEGIN UPDATE public_version SET version = version + 1; END;
CREATE TRIGGER volunteer_tasks_insert_public AFTER INSERT ON volunteer_tasks BEGIN UPDATE public_version SET version = version + 1; END;
CREATE TRIGGER volunteer_tasks_update_public AFTER UPDATE ON volunteer_tasks BEGIN UPDATE public_version SET version = version + 1; END;
CREATE TRIGGER volunteer_tasks_delete_public AFTER DELETE ON volunteer_tasks BEGIN UPDATE public_version SET version = version + 1; END;
CREATE TRIGGER volunteer_task_talents_insert_public AFTER INSERT ON volunteer_task_talents BEGIN UPDATE public_version SET version = version + 1; END;
CREATE TRIGGER volunteer_task_talents_update_public AFTER UPDATE ON volunteer_task_talents BEGIN UPDATE public_version SET version = version + 1; END;
CREATE TRIGGER volunteer_task_talents_delete_public AFTER DELETE ON volunteer_task_talents BEGIN UPDATE public_version SET version = version + 1; END;
CREATE TRIGGER profiles_insert_public AFTER INSERT ON profiles BEGIN UPDATE public_version SET version = version + 1; END;
CREATE TRIGGER profiles_update_public AFTER UPDATE ON profiles BEGIN UPDATE public_version SET version = version + 1; END;
CREATE TRIGGER profiles_delete_public AFTER DELETE ON profiles BEGIN UPDATE public_version SET version = version + 1; END;
CREATE TRIGGER centre_roles_insert_public AFTER INSERT ON centre_roles BEGIN UPDATE public_version SET version = version + 1; END;
CREATE TRIGGER centre_roles_update_public AFTER UPDATE ON centre_roles BEGIN UPDATE public_version SET version = version + 1; END;
CREATE TRIGGER centre_roles_delete_public AFTER DELETE ON centre_roles BEGIN UPDATE public_version SET version = version + 1; END;
-- Accounts: only a changed or removed name is seen on public pages (a facilitator's).
CREATE TRIGGER accounts_update_public AFTER UPDATE OF nickname ON accounts BEGIN UPDATE public_version SET version = version + 1; END;
CREATE TRIGGER accounts_delete_public AFTER DELETE ON accounts BEGIN UPDATE public_version SET version = version + 1; END;
