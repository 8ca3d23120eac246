-- Moderation, version 3: a server may replace a global fact it hid with its own correction.
-- correction_id: the id of the server fact (same kind) that replaces the hidden one, if any;
--   /fact history shows the link both ways.
ALTER TABLE hidden_facts ADD COLUMN correction_id INTEGER;
-- /review reads the oldest pending proposal of one server; decided ones are kept for dedupe.
CREATE INDEX proposals_pending ON proposals (guild_id, id) WHERE status = 'pending';
