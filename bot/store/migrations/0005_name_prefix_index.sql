-- Prefix indexes for the word search of names. Autocomplete sends every keystroke as a prefix
-- query ("w", "wi", "win"); without them FTS5 merges the doclists of every word starting with
-- the prefix (thousands for "w"), with them a prefix of 1-3 characters is one lookup
-- (bench: "win" 0.59 -> 0.19 ms, "silent ga" 1.21 -> 0.53 ms on 100,000 titles). Longer
-- prefixes cover few words and need no index. The triggers of 0004 write to these tables by name.

DROP TABLE film_words;
CREATE VIRTUAL TABLE film_words USING fts5 (alias, tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3');
INSERT INTO film_words (rowid, alias) SELECT rowid, alias FROM film_aliases;

DROP TABLE person_words;
CREATE VIRTUAL TABLE person_words USING fts5 (alias, tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3');
INSERT INTO person_words (rowid, alias) SELECT rowid, alias FROM person_aliases;
