import type { ConversationPage, CostReport, HandoffQuality, ScenarioClassRow } from '@tandem/metrics';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storeSetups } from '@tandem/testkit';
import { loadHandmadeFixture, startTestApp, type TestApp } from './test-app.js';

/**
 * Handoff quality, cost and scenario classes on the hand-made fixture (case a: 2026-03-01..10 in
 * Shanghai). Every expected value below is worked out by hand from fixtures/expected/handmade/README.md.
 */
const WINDOW = 'from=2026-03-01&to=2026-03-10&tz=Asia/Shanghai';

describe.each(storeSetups())(
  'handoff quality, cost and scenario classes on the hand-made fixture on $name',
  (setup) => {
    let t: TestApp;
    const put = (settings: unknown) =>
      t.call('/api/v1/settings', {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(settings),
      });

    beforeAll(async () => {
      t = await startTestApp(setup.env);
      await loadHandmadeFixture(t);
    });
    afterAll(async () => {
      await t?.close();
      await setup.dispose();
    });

    it('measures the handoffs, and SLA attainment per queue against its own target or the default', async () => {
      // Default 10 s first response and 60 s to a human; account-en gets 120 s to a human.
      expect(
        (
          await put({
            sla: {
              default: { first_response_seconds: 10, time_to_human_seconds: 60 },
              queues: { 'account-en': { time_to_human_seconds: 120 } },
            },
          })
        ).status,
      ).toBe(200);
      const body = (await (await t.call(`/api/v1/handoff/quality?${WINDOW}`)).json()) as HandoffQuality;
      // Handed off: c02 c04 c07 c12 c13 c16. Context passed on c02 c07 c12 c16, not on c04 c13.
      expect(body.handed_off).toBe(6);
      expect(body.context_passed).toMatchObject({ numerator: 4, denominator: 6 });
      // Agents wrote after the handoff in all but c12; none asked again for what the customer gave the bot.
      expect(body.repeat_ask).toMatchObject({ numerator: 0, denominator: 5 });
      // c12 was abandoned while waiting.
      expect(body.abandoned_while_waiting).toMatchObject({ numerator: 1, denominator: 6 });
      // One conversation a queue. Time to human: c13 120 (target 120), c04 60, c07 30, c16 45, c02 90, c12 none.
      // First response: c13 9, c04 15, c07 10, c16 3, c02 20, c12 none; target 10 everywhere.
      expect(
        body.queues.map((q) => [
          q.queue,
          q.time_to_human_sla.numerator,
          q.time_to_human_sla.denominator,
          q.first_response_sla.numerator,
          q.first_response_sla.denominator,
        ]),
      ).toEqual([
        ['account-en', 1, 1, 1, 1],
        ['account-zh', 1, 1, 0, 1],
        ['complaints-zh', 1, 1, 1, 1],
        ['finance-en', 1, 1, 1, 1],
        ['logistics-en', 0, 1, 0, 1],
        ['orders-zh', 0, 0, 0, 0],
      ]);
      expect(body.queues[0]).toMatchObject({ time_to_human_target_seconds: 120, time_to_human: { median: 120 } });
    });

    it('drills into each side of the handoff rates, and filters by intent', async () => {
      const ids = async (query: string) =>
        (
          (await (await t.call(`/api/v1/metrics/conversations?${WINDOW}&${query}`)).json()) as ConversationPage
        ).conversations
          .map((c) => c.conversation_id)
          .sort();
      expect(await ids('metric=context_not_passed')).toEqual(['c04', 'c13']);
      expect(await ids('metric=context_passed')).toEqual(['c02', 'c07', 'c12', 'c16']);
      expect(await ids('metric=agent_replied')).toEqual(['c02', 'c04', 'c07', 'c13', 'c16']);
      expect(await ids('metric=repeat_asked')).toEqual([]);
      expect(await ids('metric=abandoned_waiting')).toEqual(['c12']);
      expect((await ids('metric=resolved&page_size=100')).length).toBe(16);
      // Only c13's bot recognised password_reset (its first and only intent).
      expect(await ids('metric=conversations&intent=password_reset')).toEqual(['c13']);
    });

    it('prices service at the default costs: 0.5 a bot conversation, 2 an agent minute', async () => {
      expect((await put({})).status).toBe(200);
      const body = (await (await t.call(`/api/v1/metrics/cost?${WINDOW}`)).json()) as CostReport;
      // 18 bot-involved closed × 0.5 = 9; handle times 600+900+7200+1200+1500+120+300+240+480 s = 209 min × 2 = 418.
      expect(body).toMatchObject({ closed: 22, bot_involved: 18, resolved: 16, human_handled: 9, contained: 12 });
      expect(body.bot_cost).toBeCloseTo(9, 9);
      expect(body.agent_cost).toBeCloseTo(418, 9);
      expect(body.total).toBeCloseTo(427, 9);
      expect(body.cost_per_contact).toBeCloseTo(427 / 22, 9);
      expect(body.cost_per_resolution).toBeCloseTo(427 / 16, 9);
      // Per channel, contained × (agent cost per handled conversation − 0.5):
      // chat 9 × (8 − 0.5), web 2 × (10 − 0.5), app 1 × (60 / 3 − 0.5) = 67.5 + 19 + 19.5.
      expect(body.savings).toBeCloseTo(106, 9);
    });

    it('maps scenarios (exact, then the longest prefix) and intents to classes, and judges each against its targets', async () => {
      const settings = {
        scenario_classes: {
          scenarios: {
            'ecommerce.*': 'high_freq_low_complexity',
            'aftersales.*': 'low_freq_high_complexity',
            'aftersales.complaint': 'emotional',
          },
          intents: { password_reset: 'high_freq_low_complexity' },
          targets: { high_freq_low_complexity: { containment_min: 0.5, escalation_max: 0.2 } },
        },
      };
      expect((await put(settings)).status).toBe(200);
      const body = (await (await t.call(`/api/v1/scenarios/classes?${WINDOW}`)).json()) as {
        classes: ScenarioClassRow[];
      };
      // ecommerce.*: c01 c02 c11 c12 c15 c19 c24, and c13 by its intent; aftersales.complaint: c07 c08;
      // other aftersales: c06 c20 c22; the other 11 are not mapped.
      expect(body.classes.map((c) => [c.scenario_class, c.conversations.total])).toEqual([
        ['emotional', 2],
        ['high_freq_low_complexity', 8],
        ['low_freq_high_complexity', 3],
        [null, 11],
      ]);
      // High-frequency: 8 bot-involved, 5 contained (c01 c11 c15 c19 c24) = 62.5% ≥ 50%;
      // 3 escalated (c02 c12 c13) = 37.5% > 20%.
      const high = body.classes.find((c) => c.scenario_class === 'high_freq_low_complexity')!;
      expect(high.checks.map((c) => [c.target, c.pass])).toEqual([
        ['containment_min', true],
        ['escalation_max', false],
      ]);
      expect(high.pass).toBe(false);
      expect(body.classes.find((c) => c.scenario_class === 'emotional')!.pass).toBeNull();
      const drill = async (cls: string) =>
        (await (
          await t.call(
            `/api/v1/metrics/conversations?${WINDOW}&metric=conversations&scenario_class=${cls}&page_size=100`,
          )
        ).json()) as ConversationPage;
      expect((await drill('emotional')).conversations.map((c) => c.conversation_id)).toEqual(['c07', 'c08']);
      expect((await drill('none')).total).toBe(11);
    });

    it('refuses settings it cannot use, saying where', async () => {
      const response = await put({ costs: { default: { bot_per_conversation: -1, agent_per_minute: 2 } } });
      expect(response.status).toBe(422);
      const body = (await response.json()) as { errors: { path: string }[] };
      expect(body.errors.map((e) => e.path)).toEqual(['costs.default.bot_per_conversation']);
    });
  },
);
