-- Name search for films and people, on disk instead of in memory: 100,000 names would cost
-- ~110 MiB of Python objects and seconds at every start. One row per alias (titles and names
-- are aliases too); rowid = the alias row's rowid. Triggers keep them in step.
--   *_words:    word-prefix search ("anatomy fall", "almodovar"), accents and case ignored.
--   *_trigrams: candidates for typo-tolerant search, from the rarest trigrams of the query.

CREATE VIRTUAL TABLE film_words USING fts5 (alias, tokenize = 'unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE film_trigrams USING fts5 (fold, tokenize = 'trigram');
CREATE VIRTUAL TABLE film_trigram_vocab USING fts5vocab (film_trigrams, 'row');
CREATE VIRTUAL TABLE person_words USING fts5 (alias, tokenize = 'unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE person_trigrams USING fts5 (fold, tokenize = 'trigram');
CREATE VIRTUAL TABLE person_trigram_vocab USING fts5vocab (person_trigrams, 'row');

INSERT INTO film_words (rowid, alias) SELECT rowid, alias FROM film_aliases;
INSERT INTO film_trigrams (rowid, fold) SELECT rowid, fold FROM film_aliases;
INSERT INTO person_words (rowid, alias) SELECT rowid, alias FROM person_aliases;
INSERT INTO person_trigrams (rowid, fold) SELECT rowid, fold FROM person_aliases;

CREATE TRIGGER film_aliases_search_insert AFTER INSERT ON film_aliases BEGIN
    INSERT INTO film_words (rowid, alias) VALUES (new.rowid, new.alias);
    INSERT INTO film_trigrams (rowid, fold) VALUES (new.rowid, new.fold);
END;
CREATE TRIGGER film_aliases_search_delete AFTER DELETE ON film_aliases BEGIN
    DELETE FROM film_words WHERE rowid = old.rowid;
    DELETE FROM film_trigrams WHERE rowid = old.rowid;
END;
CREATE TRIGGER person_aliases_search_insert AFTER INSERT ON person_aliases BEGIN
    INSERT INTO person_words (rowid, alias) VALUES (new.rowid, new.alias);
    INSERT INTO person_trigrams (rowid, fold) VALUES (new.rowid, new.fold);
END;
CREATE TRIGGER person_aliases_search_delete AFTER DELETE ON person_aliases BEGIN
    DELETE FROM person_words WHERE rowid = old.rowid;
    DELETE FROM person_trigrams WHERE rowid = old.rowid;
END;
