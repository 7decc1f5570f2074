/*
 * Rebuilding the facts of the conversations listed in the temp table `touched` from all of their
 * events, so late, out-of-order or repeated events give the same facts as an orderly stream
 * (docs/metrics.md). Ties on `ts` are broken by `event_id` to stay deterministic, and the `_null`
 * variants of arg_min/arg_max take every field from the one chosen event, even where it is empty.
 * Every statement takes the workspace as $1.
 */

/** Where the stored events of the touched conversations lie in time (before this batch). */
export const STORED_SPAN = `SELECT min(first_event_at), max(last_event_at) FROM conversations
WHERE workspace_id = $1 AND conversation_id IN (SELECT conversation_id FROM touched)`;

export const DELETE_TOUCHED = `DELETE FROM conversations
WHERE workspace_id = $1 AND conversation_id IN (SELECT conversation_id FROM touched)`;

/**
 * $2 and $3 bound every event of the touched conversations, stored or new: a range on \`ts\` lets
 * the scan skip the row groups of older traffic instead of reading every conversation id stored.
 */
export const INSERT_FACTS = `INSERT INTO conversations BY NAME
WITH ev AS (
  SELECT * FROM events
  WHERE workspace_id = $1 AND ts BETWEEN $2 AND $3
    AND conversation_id IN (SELECT conversation_id FROM touched)
),
marks AS (
  SELECT conversation_id,
    min(ts) FILTER (WHERE type = 'message' AND author = 'customer') AS first_customer_at,
    min(ts) FILTER (WHERE type = 'handoff') AS first_handoff_at
  FROM ev GROUP BY conversation_id
),
facts AS (
SELECT
  $1 AS workspace_id,
  ev.conversation_id,
  coalesce(min(ev.ts) FILTER (WHERE type = 'conversation.started'), min(ev.ts)) AS started_at,
  min(ev.ts) AS first_event_at,
  max(ev.ts) AS last_event_at,
  count(*) FILTER (WHERE type = 'conversation.started') > 0 AS has_start_event,
  coalesce(arg_min_null(channel, (ev.ts, event_id)) FILTER (WHERE type = 'conversation.started'), 'other') AS channel,
  arg_min_null(customer_id, (ev.ts, event_id)) FILTER (WHERE type = 'conversation.started') AS customer_id,
  arg_min_null(locale, (ev.ts, event_id)) FILTER (WHERE type = 'conversation.started') AS locale,
  arg_min_null(scenario, (ev.ts, event_id)) FILTER (WHERE type = 'conversation.started') AS scenario,
  coalesce(
    arg_min_null(queue, (ev.ts, event_id)) FILTER (WHERE type = 'conversation.started'),
    arg_min_null(to_queue, (ev.ts, event_id)) FILTER (WHERE type = 'handoff')
  ) AS queue,
  arg_min_null(brand, (ev.ts, event_id)) FILTER (WHERE type = 'conversation.started') AS brand,
  arg_min_null(started_by, (ev.ts, event_id)) FILTER (WHERE type = 'conversation.started') AS started_by,
  max(ev.ts) FILTER (WHERE type = 'conversation.closed') AS closed_at,
  arg_max_null(outcome, (ev.ts, event_id)) FILTER (WHERE type = 'conversation.closed') AS outcome,
  arg_max_null(resolved_by, (ev.ts, event_id)) FILTER (WHERE type = 'conversation.closed') AS resolved_by,
  arg_max_null(disposition, (ev.ts, event_id)) FILTER (WHERE type = 'conversation.closed') AS disposition,
  count(*) FILTER (WHERE type = 'message') AS message_count,
  count(*) FILTER (WHERE type = 'message' AND author = 'customer') AS customer_messages,
  count(*) FILTER (WHERE type = 'message' AND author = 'bot') AS bot_messages,
  count(*) FILTER (WHERE type = 'message' AND author = 'agent') AS agent_messages,
  count(*) FILTER (WHERE type = 'message' AND author = 'bot' AND fallback) AS fallback_count,
  count(*) FILTER (WHERE type = 'handoff') AS handoff_count,
  any_value(marks.first_handoff_at) AS first_handoff_at,
  arg_min_null(reason, (ev.ts, event_id)) FILTER (WHERE type = 'handoff') AS handoff_reason,
  arg_min_null(context_passed, (ev.ts, event_id)) FILTER (WHERE type = 'handoff') AS context_passed,
  arg_min(intent, (ev.ts, event_id)) FILTER (WHERE type = 'message' AND author = 'bot' AND intent IS NOT NULL) AS first_intent,
  arg_min(coalesce(agent_id, author_id), (ev.ts, event_id)) FILTER (
    WHERE (type = 'agent.joined' AND agent_id IS NOT NULL) OR (type = 'message' AND author = 'agent' AND author_id IS NOT NULL)
  ) AS lead_agent_id,
  arg_min(team, (ev.ts, event_id)) FILTER (WHERE type = 'agent.joined' AND team IS NOT NULL) AS lead_team,
  any_value(marks.first_customer_at) AS first_customer_at,
  min(ev.ts) FILTER (WHERE type = 'message' AND author IN ('bot', 'agent') AND ev.ts >= marks.first_customer_at) AS first_response_at,
  min(ev.ts) FILTER (WHERE type = 'message' AND author = 'agent' AND ev.ts >= marks.first_handoff_at) AS first_agent_after_handoff_at,
  min(ev.ts) FILTER (WHERE type = 'agent.joined') AS first_agent_joined_at,
  arg_max_null(score, (ev.ts, event_id)) FILTER (WHERE type = 'csat') AS csat_score,
  coalesce(
    list_sort(list_distinct(list(coalesce(agent_id, author_id)) FILTER (
      WHERE type = 'agent.joined' OR (type = 'message' AND author = 'agent' AND author_id IS NOT NULL)
    ))),
    []
  ) AS agent_ids,
  NULL AS next_start_after_close,
  now()::TIMESTAMP AS updated_at,
  arg_max_null(feedback_kind, (ev.ts, event_id)) FILTER (WHERE type = 'feedback') AS feedback_kind,
  -- Customer sentiment in time order: all of it, and split at the first handoff.
  list(sentiment ORDER BY ev.ts, event_id) FILTER (
    WHERE type = 'message' AND author = 'customer' AND sentiment IS NOT NULL
  ) AS felt,
  list(sentiment ORDER BY ev.ts, event_id) FILTER (
    WHERE type = 'message' AND author = 'customer' AND sentiment IS NOT NULL AND ev.ts < marks.first_handoff_at
  ) AS felt_before,
  list(sentiment ORDER BY ev.ts, event_id) FILTER (
    WHERE type = 'message' AND author = 'customer' AND sentiment IS NOT NULL AND ev.ts >= marks.first_handoff_at
  ) AS felt_after
FROM ev JOIN marks USING (conversation_id)
GROUP BY ev.conversation_id
)
SELECT * EXCLUDE (felt, felt_before, felt_after),
  list_avg(felt[1:2]) AS sentiment_start,
  list_avg(felt[-2:]) AS sentiment_end,
  list_min(felt) AS sentiment_min,
  list_avg(felt_before[-2:]) AS sentiment_before_handoff,
  list_avg(felt_after[1:2]) AS sentiment_after_handoff,
  epoch_ms(first_response_at) - epoch_ms(first_customer_at) AS first_response_ms,
  epoch_ms(first_agent_after_handoff_at) - epoch_ms(first_handoff_at) AS time_to_human_ms,
  -- An agent who joins after the close (skewed clocks) has no handle time, rather than a negative one.
  CASE WHEN closed_at >= first_agent_joined_at
    THEN epoch_ms(closed_at) - epoch_ms(first_agent_joined_at) END AS handle_ms,
  NULL AS recontact_gap_ms
FROM facts`;

/**
 * Messages of the touched conversations that were handed off, for the escalation analysis; with the
 * first handoff to split them at and what the agent said of the conversation.
 */
export const HANDED_OFF_MESSAGES = `WITH handed AS (
  SELECT conversation_id, first_handoff_at, feedback_kind, disposition FROM conversations
  WHERE workspace_id = $1 AND handoff_count > 0 AND conversation_id IN (SELECT conversation_id FROM touched)
),
-- Messages are found the way the facts rebuild finds events (a time range and a semi-join on a small
-- set): joining the conversations to the whole events table instead made DuckDB scan all of it.
messages AS (
  SELECT conversation_id, ts, event_id, author, text, intent, confidence, fallback, sentiment FROM events
  WHERE workspace_id = $1 AND ts BETWEEN $2 AND $3 AND type = 'message'
    AND conversation_id IN (SELECT conversation_id FROM handed)
)
SELECT h.conversation_id, h.feedback_kind, h.disposition, m.ts < h.first_handoff_at AS before_handoff,
  m.author, m.text, m.intent, m.confidence, m.fallback, m.sentiment
FROM handed AS h LEFT JOIN messages AS m USING (conversation_id)
ORDER BY h.conversation_id, m.ts, m.event_id`;

export const CREATE_HANDOFF_ANALYSIS = `CREATE TEMP TABLE IF NOT EXISTS handoff_analysis (
  conversation_id VARCHAR, classified_reason VARCHAR, classified_evidence VARCHAR,
  agent_reason VARCHAR, repeat_ask_slots VARCHAR)`;

export const STORE_HANDOFF_ANALYSIS = `UPDATE conversations AS c
SET classified_reason = a.classified_reason, classified_evidence = a.classified_evidence,
  agent_reason = a.agent_reason, repeat_ask_slots = json_transform(a.repeat_ask_slots, '["VARCHAR"]')
FROM handoff_analysis AS a
WHERE c.workspace_id = $1 AND c.conversation_id = a.conversation_id`;

/**
 * Customers of the touched conversations, run once before the rebuild and once after: a late
 * `conversation.started` can move a conversation from one customer to another, and both need relinking.
 */
export const COLLECT_TOUCHED_CUSTOMERS = `INSERT INTO touched_customers
SELECT DISTINCT customer_id FROM conversations
WHERE workspace_id = $1 AND customer_id <> '' AND conversation_id IN (SELECT conversation_id FROM touched)`;

/** Recontact links of every closed conversation of the customers involved. */
export const LINK_RECONTACTS = `UPDATE conversations AS c
SET next_start_after_close = n.next_start,
  recontact_gap_ms = epoch_ms(n.next_start) - epoch_ms(c.closed_at)
FROM (
  -- ASOF finds, per closed conversation, the customer's first start after the close; probing from
  -- the later of start and close keeps a conversation from matching itself on skewed clocks.
  SELECT a.conversation_id, b.started_at AS next_start
  FROM (
    SELECT conversation_id, customer_id, greatest(started_at, closed_at) AS probe
    FROM conversations
    WHERE workspace_id = $1 AND closed_at IS NOT NULL AND customer_id IN (SELECT customer_id FROM touched_customers)
  ) AS a
  ASOF LEFT JOIN (
    SELECT customer_id, started_at FROM conversations
    WHERE workspace_id = $1 AND customer_id IN (SELECT customer_id FROM touched_customers)
  ) AS b
  ON a.customer_id = b.customer_id AND b.started_at > a.probe
) AS n
WHERE c.workspace_id = $1 AND c.conversation_id = n.conversation_id
  AND c.next_start_after_close IS DISTINCT FROM n.next_start`;
