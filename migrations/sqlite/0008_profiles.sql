-- Profiles (issue 7): talents and wishes, never a diagnosis. Each part has its own visibility:
-- 'ik' (only me, the default), 'groepen' (members of my groups) or 'deelnemers' (every member).

CREATE TABLE profiles (
    account_id     INTEGER PRIMARY KEY REFERENCES accounts (id) ON DELETE CASCADE,
    display_name   TEXT    NOT NULL DEFAULT '',
    intro          TEXT    NOT NULL DEFAULT '',
    helps          INTEGER NOT NULL DEFAULT 0 CHECK (helps IN (0, 1)),
    vis_intro      TEXT    NOT NULL DEFAULT 'ik' CHECK (vis_intro IN ('ik', 'groepen', 'deelnemers')),
    vis_talents    TEXT    NOT NULL DEFAULT 'ik' CHECK (vis_talents IN ('ik', 'groepen', 'deelnemers')),
    vis_wishes     TEXT    NOT NULL DEFAULT 'ik' CHECK (vis_wishes IN ('ik', 'groepen', 'deelnemers')),
    vis_interests  TEXT    NOT NULL DEFAULT 'ik' CHECK (vis_interests IN ('ik', 'groepen', 'deelnemers')),
    vis_languages  TEXT    NOT NULL DEFAULT 'ik' CHECK (vis_languages IN ('ik', 'groepen', 'deelnemers')),
    vis_helping    TEXT    NOT NULL DEFAULT 'ik' CHECK (vis_helping IN ('ik', 'groepen', 'deelnemers')),
    updated_at     INTEGER NOT NULL
);

-- The items of a profile's lists: a curated suggestion (by its key) or one's own words.
CREATE TABLE profile_items (
    account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    list       TEXT    NOT NULL CHECK (list IN ('goed_in', 'bieden', 'wens', 'taal', 'taak')),
    curated    INTEGER NOT NULL CHECK (curated IN (0, 1)),
    words      TEXT    NOT NULL,   -- the key of a suggestion, or the own words as typed
    match_key  TEXT    NOT NULL,   -- what matching compares: the key, or the words in lower case
    position   INTEGER NOT NULL,
    PRIMARY KEY (account_id, list, match_key)
);
CREATE INDEX profile_items_match ON profile_items (list, match_key);

CREATE TABLE profile_interests (
    account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    theme      TEXT    NOT NULL,
    PRIMARY KEY (account_id, theme)
);
