-- FilmBot schema, version 1.
-- Conventions: guild_id NULL means a global fact (shipped, or promoted by the operator);
-- otherwise the row belongs to that one server. Times are Unix epoch seconds (REAL).
-- `fold` columns hold bot.text.fold_key() of a name, for accent/case/space-insensitive lookups.

CREATE TABLE festivals (
    id          INTEGER PRIMARY KEY,
    key         TEXT NOT NULL,
    name        TEXT NOT NULL,
    short_name  TEXT NOT NULL,
    kind        TEXT NOT NULL DEFAULT 'festival' CHECK (kind IN ('festival', 'ceremony')),
    guild_id    INTEGER,
    source      TEXT NOT NULL DEFAULT ''
);
CREATE UNIQUE INDEX festivals_key ON festivals (key, coalesce(guild_id, 0));

CREATE TABLE festival_aliases (
    festival_id INTEGER NOT NULL REFERENCES festivals (id) ON DELETE CASCADE,
    alias       TEXT NOT NULL,
    fold        TEXT NOT NULL,
    PRIMARY KEY (festival_id, alias)
);
CREATE INDEX festival_aliases_fold ON festival_aliases (fold);

CREATE TABLE awards (
    id          INTEGER PRIMARY KEY,
    festival_id INTEGER NOT NULL REFERENCES festivals (id) ON DELETE CASCADE,
    key         TEXT NOT NULL,
    name        TEXT NOT NULL,
    is_top      INTEGER NOT NULL DEFAULT 0,
    guild_id    INTEGER,
    source      TEXT NOT NULL DEFAULT ''
);
CREATE UNIQUE INDEX awards_key ON awards (festival_id, key, coalesce(guild_id, 0));

CREATE TABLE award_aliases (
    award_id    INTEGER NOT NULL REFERENCES awards (id) ON DELETE CASCADE,
    alias       TEXT NOT NULL,
    fold        TEXT NOT NULL,
    PRIMARY KEY (award_id, alias)
);
CREATE INDEX award_aliases_fold ON award_aliases (fold);

CREATE TABLE people (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    fold        TEXT NOT NULL,
    guild_id    INTEGER,
    source      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX people_fold ON people (fold);

CREATE TABLE person_aliases (
    person_id   INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    alias       TEXT NOT NULL,
    fold        TEXT NOT NULL,
    PRIMARY KEY (person_id, alias)
);
CREATE INDEX person_aliases_fold ON person_aliases (fold);

CREATE TABLE editions (
    id                  INTEGER PRIMARY KEY,
    festival_id         INTEGER NOT NULL REFERENCES festivals (id) ON DELETE CASCADE,
    year                INTEGER NOT NULL,
    number              INTEGER,
    held                INTEGER NOT NULL DEFAULT 1,
    note                TEXT,
    jury_president_id   INTEGER REFERENCES people (id),
    source              TEXT NOT NULL DEFAULT ''
);
-- Usually one edition a year; the Oscars held two ceremonies in 1930 (the 2nd and the 3rd).
CREATE UNIQUE INDEX editions_year ON editions (festival_id, year, coalesce(number, 0));
CREATE INDEX editions_number ON editions (festival_id, number);

CREATE TABLE films (
    id              INTEGER PRIMARY KEY,
    title           TEXT NOT NULL,
    original_title  TEXT,
    year            INTEGER,
    fold            TEXT NOT NULL,
    guild_id        INTEGER,
    source          TEXT NOT NULL DEFAULT ''
);
CREATE INDEX films_fold ON films (fold);

CREATE TABLE film_aliases (
    film_id     INTEGER NOT NULL REFERENCES films (id) ON DELETE CASCADE,
    alias       TEXT NOT NULL,
    fold        TEXT NOT NULL,
    PRIMARY KEY (film_id, alias)
);
CREATE INDEX film_aliases_fold ON film_aliases (fold);

CREATE TABLE wins (
    id          INTEGER PRIMARY KEY,
    award_id    INTEGER NOT NULL REFERENCES awards (id),
    year        INTEGER NOT NULL,
    film_id     INTEGER NOT NULL REFERENCES films (id),
    note        TEXT,
    guild_id    INTEGER,
    source      TEXT NOT NULL DEFAULT '',
    created_by  INTEGER,
    created_at  REAL NOT NULL DEFAULT ((julianday('now') - 2440587.5) * 86400.0),
    removed_at  REAL
);
CREATE INDEX wins_award_year ON wins (award_id, year);
CREATE INDEX wins_film ON wins (film_id);
CREATE INDEX wins_guild ON wins (guild_id);

CREATE TABLE win_people (
    win_id      INTEGER NOT NULL REFERENCES wins (id) ON DELETE CASCADE,
    person_id   INTEGER NOT NULL REFERENCES people (id),
    role        TEXT NOT NULL CHECK (role IN ('director', 'recipient')),
    position    INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (win_id, person_id, role)
);
CREATE INDEX win_people_person ON win_people (person_id);

CREATE TABLE quotes (
    id          INTEGER PRIMARY KEY,
    speaker_id  INTEGER NOT NULL REFERENCES people (id),
    text        TEXT NOT NULL,
    film_id     INTEGER REFERENCES films (id),
    event       TEXT,
    said_on     TEXT,
    source_url  TEXT,
    language    TEXT,
    guild_id    INTEGER,
    source      TEXT NOT NULL DEFAULT '',
    created_by  INTEGER,
    created_at  REAL NOT NULL DEFAULT ((julianday('now') - 2440587.5) * 86400.0),
    removed_at  REAL
);
CREATE INDEX quotes_speaker ON quotes (speaker_id);
CREATE INDEX quotes_film ON quotes (film_id);
CREATE INDEX quotes_guild ON quotes (guild_id);

-- Full-text index over quotes; rowid = quotes.id. Kept in step by the quotes repository.
CREATE VIRTUAL TABLE quotes_fts USING fts5 (
    text, speaker, film, event,
    tokenize = 'unicode61 remove_diacritics 2'
);

-- A guild hides a global fact from itself (optionally replaced by its own correction).
CREATE TABLE hidden_facts (
    guild_id    INTEGER NOT NULL,
    fact_kind   TEXT NOT NULL CHECK (fact_kind IN ('win', 'quote')),
    fact_id     INTEGER NOT NULL,
    hidden_by   INTEGER,
    hidden_at   REAL NOT NULL DEFAULT ((julianday('now') - 2440587.5) * 86400.0),
    reason      TEXT,
    PRIMARY KEY (guild_id, fact_kind, fact_id)
);

CREATE TABLE audit_log (
    id          INTEGER PRIMARY KEY,
    guild_id    INTEGER,
    actor_id    INTEGER,
    action      TEXT NOT NULL,
    fact_kind   TEXT,
    fact_id     INTEGER,
    before_json TEXT,
    after_json  TEXT,
    reason      TEXT,
    created_at  REAL NOT NULL DEFAULT ((julianday('now') - 2440587.5) * 86400.0)
);
CREATE INDEX audit_fact ON audit_log (fact_kind, fact_id);
CREATE INDEX audit_guild ON audit_log (guild_id, created_at);

CREATE TABLE guild_config (
    guild_id            INTEGER PRIMARY KEY,
    mod_role_id         INTEGER,
    modlog_channel_id   INTEGER
);

-- News ---------------------------------------------------------------------------------------

CREATE TABLE feeds (
    id                      INTEGER PRIMARY KEY,
    url                     TEXT NOT NULL UNIQUE,
    title                   TEXT NOT NULL DEFAULT '',
    site_link               TEXT,
    etag                    TEXT,
    last_modified           TEXT,
    interval_seconds        REAL NOT NULL,
    next_poll_at            REAL NOT NULL DEFAULT 0,
    last_attempt_at         REAL,
    last_success_at         REAL,
    consecutive_failures    INTEGER NOT NULL DEFAULT 0,
    last_error              TEXT,
    failing                 INTEGER NOT NULL DEFAULT 0,
    created_at              REAL NOT NULL DEFAULT ((julianday('now') - 2440587.5) * 86400.0)
);
CREATE INDEX feeds_next_poll ON feeds (next_poll_at);

CREATE TABLE subscriptions (
    id              INTEGER PRIMARY KEY,
    feed_id         INTEGER NOT NULL REFERENCES feeds (id) ON DELETE CASCADE,
    guild_id        INTEGER NOT NULL,
    channel_id      INTEGER NOT NULL,
    include_words   TEXT NOT NULL DEFAULT '',
    exclude_words   TEXT NOT NULL DEFAULT '',
    mention_role_id INTEGER,
    created_by      INTEGER,
    created_at      REAL NOT NULL DEFAULT ((julianday('now') - 2440587.5) * 86400.0),
    paused_reason   TEXT,
    paused_at       REAL,
    UNIQUE (feed_id, channel_id)
);
CREATE INDEX subscriptions_guild ON subscriptions (guild_id);

CREATE TABLE articles (
    id              INTEGER PRIMARY KEY,
    feed_id         INTEGER NOT NULL REFERENCES feeds (id) ON DELETE CASCADE,
    guid_key        TEXT NOT NULL,
    link            TEXT,
    story_key       TEXT NOT NULL,
    title           TEXT NOT NULL DEFAULT '',
    summary         TEXT NOT NULL DEFAULT '',
    image           TEXT,
    author          TEXT,
    published_at    REAL,
    first_seen_at   REAL NOT NULL,
    UNIQUE (feed_id, guid_key)
);
CREATE INDEX articles_story ON articles (feed_id, story_key);
CREATE INDEX articles_link ON articles (link);
CREATE INDEX articles_seen ON articles (first_seen_at);

CREATE TABLE deliveries (
    id              INTEGER PRIMARY KEY,
    article_id      INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    subscription_id INTEGER REFERENCES subscriptions (id) ON DELETE SET NULL,
    channel_id      INTEGER NOT NULL,
    story_key       TEXT NOT NULL,
    status          TEXT NOT NULL CHECK (status IN ('pending', 'sent', 'skipped', 'failed')),
    reason          TEXT,
    message_id      INTEGER,
    created_at      REAL NOT NULL DEFAULT ((julianday('now') - 2440587.5) * 86400.0),
    sent_at         REAL,
    UNIQUE (channel_id, story_key)
);
CREATE INDEX deliveries_article ON deliveries (article_id);
CREATE INDEX deliveries_pending ON deliveries (status) WHERE status = 'pending';

-- Moderation -----------------------------------------------------------------------------------

CREATE TABLE proposals (
    id          INTEGER PRIMARY KEY,
    guild_id    INTEGER NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('win', 'quote')),
    payload     TEXT NOT NULL,
    dedupe_key  TEXT NOT NULL,
    article_id  INTEGER REFERENCES articles (id) ON DELETE SET NULL,
    status      TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'rejected')),
    decided_by  INTEGER,
    decided_at  REAL,
    fact_id     INTEGER,
    created_at  REAL NOT NULL DEFAULT ((julianday('now') - 2440587.5) * 86400.0),
    UNIQUE (guild_id, kind, dedupe_key)
);
CREATE INDEX proposals_queue ON proposals (guild_id, status, id);

-- Small operator state (e.g. the hash of the last synced command tree).
CREATE TABLE meta (
    key     TEXT PRIMARY KEY,
    value   TEXT NOT NULL
);
