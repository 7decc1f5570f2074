-- Sentiment per message (upstream or scored at ingestion) and, per conversation, its course and the
-- escalation reasons of the agent and of the transcript classifier beside the bot's own.
ALTER TABLE events ADD COLUMN sentiment_source VARCHAR;
ALTER TABLE conversations ADD COLUMN sentiment_start DOUBLE;
ALTER TABLE conversations ADD COLUMN sentiment_end DOUBLE;
ALTER TABLE conversations ADD COLUMN sentiment_min DOUBLE;
ALTER TABLE conversations ADD COLUMN sentiment_before_handoff DOUBLE;
ALTER TABLE conversations ADD COLUMN sentiment_after_handoff DOUBLE;
ALTER TABLE conversations ADD COLUMN feedback_kind VARCHAR;
ALTER TABLE conversations ADD COLUMN classified_reason VARCHAR;
ALTER TABLE conversations ADD COLUMN classified_evidence VARCHAR;
ALTER TABLE conversations ADD COLUMN agent_reason VARCHAR;
ALTER TABLE conversations ADD COLUMN repeat_ask_slots VARCHAR[];
