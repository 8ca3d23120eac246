-- News, version 2: where each subscription starts and how far its deliveries are decided.
-- baseline_article_id: the newest article of the feed when the subscription was created; it and
--   everything older was already in the feed then and is never announced (no backlog dump).
-- cursor_article_id: every article of the feed with an id at or below it has been decided for
--   this subscription (sent, skipped or a duplicate), so a cycle only looks at newer ones.
ALTER TABLE subscriptions ADD COLUMN baseline_article_id INTEGER NOT NULL DEFAULT 0;
ALTER TABLE subscriptions ADD COLUMN cursor_article_id INTEGER NOT NULL DEFAULT 0;
-- body_sha256: digest of the last body parsed; the same bytes again (a server without ETag or
--   Last-Modified) are treated like a 304 and cost no parsing.
ALTER TABLE feeds ADD COLUMN body_sha256 TEXT;
CREATE INDEX subscriptions_channel ON subscriptions (channel_id);
CREATE INDEX subscriptions_feed ON subscriptions (feed_id);
CREATE INDEX deliveries_channel_article ON deliveries (channel_id, article_id);
