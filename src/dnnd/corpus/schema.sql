-- dnnd corpus schema (SQLite). Loaded by dnnd.corpus.database with importlib.resources; the
-- layout is written and read back only by dnnd.corpus.rows.
--
-- Per-article tables (articles, blocks, mentions, entities, money, documents,
-- facts, fact_roles) hold exactly what each article says; they are replaced as
-- a whole when an article is indexed again (ON DELETE CASCADE from articles).
-- Cross-article tables (people, person_positions, person_articles,
-- organizations, organization_articles, places, place_articles) are derived:
-- rebuilt, inside the same transaction, for every merge key an indexed batch
-- touched. Every derived row keeps the article it rests on (article_id, url).

CREATE TABLE IF NOT EXISTS meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS articles (
    seq INTEGER PRIMARY KEY,           -- stable integer row id for the full-text index
    id TEXT NOT NULL UNIQUE,           -- the dnnd article id
    identity TEXT NOT NULL UNIQUE,     -- the page it is: its URL, else its source path, else its id
    url TEXT,
    title TEXT,
    lead TEXT,
    published TEXT,                    -- ISO 8601, as the page gives it (datetime or date)
    published_date TEXT,               -- YYYY-MM-DD, local date of publication
    year INTEGER,
    outlet TEXT,
    site TEXT,
    authors TEXT NOT NULL DEFAULT '[]', -- JSON array
    republished_from TEXT,
    language TEXT,
    parser TEXT,
    source TEXT,
    text TEXT NOT NULL DEFAULT '',     -- Article.text: what every span indexes into
    digest TEXT NOT NULL,              -- hash of the article's JSON: unchanged pages are skipped
    record TEXT NOT NULL               -- the article's dnnd JSON (without text): read back by dnnd.serialize
);
CREATE INDEX IF NOT EXISTS articles_published ON articles(published_date);

CREATE TABLE IF NOT EXISTS blocks (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    type TEXT NOT NULL,                -- paragraph, heading, quote, figure
    text TEXT NOT NULL,                -- the caption for a figure
    level INTEGER,
    src TEXT,
    char_start INTEGER,                -- where the block starts in articles.text (null if it has no text)
    PRIMARY KEY (article_id, position)
);

CREATE TABLE IF NOT EXISTS entities (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    entity_id TEXT NOT NULL,           -- id within the article (person:1)
    kind TEXT NOT NULL,
    name TEXT NOT NULL,
    merge_key TEXT,                    -- key under which it merges across articles (people, orgs, places)
    spans TEXT NOT NULL DEFAULT '[]',  -- JSON [[start, end], ...]
    data TEXT NOT NULL DEFAULT '{}',   -- JSON of the kind's own fields (positions, value, level...)
    PRIMARY KEY (article_id, position)
);
CREATE INDEX IF NOT EXISTS entities_merge ON entities(kind, merge_key);
CREATE INDEX IF NOT EXISTS entities_entity ON entities(article_id, entity_id);

CREATE TABLE IF NOT EXISTS mentions (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    kind TEXT NOT NULL,
    char_start INTEGER NOT NULL,
    char_end INTEGER NOT NULL,
    text TEXT NOT NULL,
    entity_id TEXT,
    attributes TEXT NOT NULL DEFAULT '{}',
    PRIMARY KEY (article_id, position)
);

CREATE TABLE IF NOT EXISTS money (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    entity_id TEXT NOT NULL,
    text TEXT NOT NULL,                -- as written: "hơn 537 tỷ đồng"
    value TEXT NOT NULL,               -- exact decimal
    amount NUMERIC NOT NULL,           -- the same, as a number to sum (an exact integer when whole)
    currency TEXT NOT NULL,
    qualifier TEXT,
    upper TEXT
);
CREATE INDEX IF NOT EXISTS money_article ON money(article_id);

CREATE TABLE IF NOT EXISTS documents (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    entity_id TEXT NOT NULL,
    name TEXT NOT NULL,
    type TEXT,
    number TEXT,
    date TEXT,
    issuer TEXT
);
CREATE INDEX IF NOT EXISTS documents_article ON documents(article_id);
CREATE INDEX IF NOT EXISTS documents_number ON documents(number);

CREATE TABLE IF NOT EXISTS facts (
    id INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    kind TEXT NOT NULL,
    code TEXT,
    status TEXT,                       -- the status role (committed, mobilised, received, donated...)
    spans TEXT NOT NULL DEFAULT '[]',
    about_article TEXT,                -- Fact.article, when the extractor set it
    year INTEGER,                      -- the year of the fact's date or period role, else the article's
    year_from TEXT,                    -- the role the year comes from, or 'published'
    date TEXT,                         -- the fact's own day (YYYY-MM-DD), when a date role gives one
    place TEXT,                        -- the place a role names (a province for aid)
    place_key TEXT,
    amount NUMERIC,                    -- the amount role, exact (an integer when whole)
    amount_text TEXT,                  -- the same as an exact decimal string
    currency TEXT,
    part_of TEXT,                      -- a breakdown: the exact total it is a part of
    counted INTEGER NOT NULL DEFAULT 1, -- 0 for a part whose total another fact of the article counts
    UNIQUE (article_id, position)
);
CREATE INDEX IF NOT EXISTS facts_query ON facts(kind, place_key, year);

CREATE TABLE IF NOT EXISTS fact_roles (
    fact_id INTEGER NOT NULL REFERENCES facts(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    role TEXT NOT NULL,
    entity_id TEXT,                    -- id within the article
    entity_kind TEXT,
    entity_name TEXT,
    value TEXT,
    PRIMARY KEY (fact_id, position)
);

-- Merge keys whose articles changed since the merged rows below were built;
-- Corpus.refresh() rebuilds them (a run interrupted before that leaves them here).
CREATE TABLE IF NOT EXISTS dirty_keys (
    kind TEXT NOT NULL,
    merge_key TEXT NOT NULL,
    PRIMARY KEY (kind, merge_key)
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS people (
    id TEXT PRIMARY KEY,               -- person_<hash of name key and provinces>: stable across rebuilds
    name TEXT NOT NULL,                -- the spelling most articles use
    name_key TEXT NOT NULL,
    provinces TEXT,                    -- provinces their positions name, "; "-separated
    first_seen TEXT,
    last_seen TEXT,
    article_count INTEGER NOT NULL,
    merge_note TEXT                    -- why mentions were or were not merged into this record
);
CREATE INDEX IF NOT EXISTS people_name ON people(name_key);

CREATE TABLE IF NOT EXISTS person_articles (
    person_id TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    entity_id TEXT NOT NULL,
    name_as_written TEXT NOT NULL,
    date TEXT,
    url TEXT,
    PRIMARY KEY (person_id, article_id, entity_id)
);
CREATE INDEX IF NOT EXISTS person_articles_article ON person_articles(article_id);

CREATE TABLE IF NOT EXISTS person_positions (
    person_id TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    position TEXT NOT NULL,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    date TEXT,                         -- the article's publication date, or null
    url TEXT
);
CREATE INDEX IF NOT EXISTS person_positions_person ON person_positions(person_id, date);
CREATE INDEX IF NOT EXISTS person_positions_article ON person_positions(article_id);

CREATE TABLE IF NOT EXISTS organizations (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,                -- canonical form when known, else the commonest spelling
    merge_key TEXT NOT NULL UNIQUE,
    category TEXT,
    aliases TEXT NOT NULL DEFAULT '[]',
    first_seen TEXT,
    last_seen TEXT,
    article_count INTEGER NOT NULL
);

CREATE TABLE IF NOT EXISTS organization_articles (
    organization_id TEXT NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    entity_id TEXT NOT NULL,
    name_as_written TEXT NOT NULL,
    date TEXT,
    url TEXT,
    PRIMARY KEY (organization_id, article_id, entity_id)
);
CREATE INDEX IF NOT EXISTS organization_articles_article ON organization_articles(article_id);

CREATE TABLE IF NOT EXISTS places (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    merge_key TEXT NOT NULL UNIQUE,
    level TEXT,
    code TEXT,
    country TEXT,
    current TEXT,                      -- the unit it belongs to since the 2025 mergers
    first_seen TEXT,
    last_seen TEXT,
    article_count INTEGER NOT NULL
);

CREATE TABLE IF NOT EXISTS place_articles (
    place_id TEXT NOT NULL REFERENCES places(id) ON DELETE CASCADE,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    entity_id TEXT NOT NULL,
    name_as_written TEXT NOT NULL,
    date TEXT,
    url TEXT,
    PRIMARY KEY (place_id, article_id, entity_id)
);
CREATE INDEX IF NOT EXISTS place_articles_article ON place_articles(article_id);

-- Full-text search. articles_fts reads title and text from articles (external
-- content, declared content="articles" so that datasette finds it and offers its
-- search box) and keeps diacritics apart ("bán" is not "bàn"); articles_fts_ascii
-- holds the same text folded with dnnd.text.normalize.ascii_key (đ -> d too), and
-- folds what is typed into it, so "ket nghia" and "kết nghĩa" both find "kết nghĩa"
-- (dnnd's datasette metadata makes it the articles table's search). SQLite's
-- folding keeps đ, so the words with đ are also kept in d_words as written: a
-- query typed "đối ngoại" finds them there, one typed "doi ngoai" in text.
CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5(
    title, text, content="articles", content_rowid="seq", tokenize="unicode61 remove_diacritics 0"
);
CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts_ascii USING fts5(
    title, text, d_words, tokenize="unicode61 remove_diacritics 2"
);

CREATE TRIGGER IF NOT EXISTS articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
END;
CREATE TRIGGER IF NOT EXISTS articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
    DELETE FROM articles_fts_ascii WHERE rowid = old.seq;
END;

-- Views for common questions.
CREATE VIEW IF NOT EXISTS v_person_timeline AS
SELECT p.id AS person_id, p.name AS person, p.provinces, pp.date, pp.position,
       pp.article_id, a.title, pp.url
FROM person_positions pp
JOIN people p ON p.id = pp.person_id
JOIN articles a ON a.id = pp.article_id
ORDER BY p.name, p.id, pp.date IS NULL, pp.date, pp.position;

-- Aid per province, year, status and currency. Statuses are never added together
-- (a commitment is not a gift), and a part of a total another fact counts is left
-- out ("Trong đó, ..."). Totals are exact integers when every amount is whole.
CREATE VIEW IF NOT EXISTS v_aid_by_province_year AS
SELECT f.place AS province, f.year, f.status, f.currency, SUM(f.amount) AS total, COUNT(*) AS facts,
       COUNT(DISTINCT f.article_id) AS articles, group_concat(DISTINCT f.article_id) AS article_ids
FROM facts f
WHERE f.kind = 'aid' AND f.amount IS NOT NULL AND f.counted = 1
GROUP BY f.place_key, f.year, f.status, f.currency
ORDER BY f.place, f.year, f.status, f.currency;

-- The same for every fact kind, a plugin's own included: facts per kind, place,
-- year and status, with the sum of their amounts where they have one.
CREATE VIEW IF NOT EXISTS v_facts_by_place_year AS
SELECT f.kind, f.place AS province, f.year, f.status, f.currency, SUM(f.amount) AS total, COUNT(*) AS facts,
       COUNT(DISTINCT f.article_id) AS articles, group_concat(DISTINCT f.article_id) AS article_ids
FROM facts f
WHERE f.counted = 1
GROUP BY f.kind, f.place_key, f.year, f.status, f.currency
ORDER BY f.kind, f.place, f.year, f.status, f.currency;

CREATE VIEW IF NOT EXISTS v_money_by_article AS
SELECT a.id AS article_id, a.title, a.published_date, a.url, m.currency,
       COUNT(*) AS sums, SUM(m.amount) AS total
FROM money m JOIN articles a ON a.id = m.article_id
GROUP BY a.id, m.currency
ORDER BY a.published_date, a.id;
