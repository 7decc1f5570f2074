import { describe, expect, it } from 'vitest';
import {
  DEFAULT_ESCALATIONS,
  DEFAULT_QA,
  DEFAULT_SUGGESTIONS,
  drillOf,
  isReviewScreen,
  metricParams,
  parseView,
  qaResultParams,
  qaScreen,
  selectionParams,
  serializeView,
  suggestionListParams,
  switchQaTab,
  switchSuggestionsTab,
  switchView,
} from './view-params.js';

describe('view in the address bar', () => {
  it('reads window, zone, comma-separated filters and the drill-down', () => {
    const view = parseView(
      '?from=2026-03-01&to=2026-03-10&tz=Asia/Shanghai&channel=chat,app&locale=zh-CN' +
        '&drill=containment&part=numerator&bucket=2026-03-03&page=2&conversation=c13',
    );
    expect(view).toEqual({
      view: 'overview',
      from: '2026-03-01',
      to: '2026-03-10',
      tz: 'Asia/Shanghai',
      filters: { channel: ['chat', 'app'], scenario: [], queue: [], locale: ['zh-CN'] },
      escalations: null,
      qa: null,
      suggestions: null,
      drill: {
        metric: 'containment',
        part: 'numerator',
        bucket: '2026-03-03',
        granularity: 'day',
        weekday: null,
        hour: null,
        reason: null,
        intent: null,
        scenarioClass: null,
        page: 2,
      },
      conversation: 'c13',
    });
  });

  it('writes the same link back, with readable commas and slashes', () => {
    const search =
      '?from=2026-03-01&to=2026-03-10&tz=Asia/Shanghai&channel=chat,app&drill=conversations&part=numerator' +
      '&weekday=6&hour=23';
    expect(serializeView(parseView(search))).toBe(search);
    expect(serializeView(parseView(''))).toBe('');
  });

  it('drops what it cannot understand instead of failing', () => {
    const view = parseView('?from=yesterday&drill=nonsense&page=-1&weekday=9');
    expect(view.from).toBeNull();
    expect(view.drill).toBeNull();
    expect(parseView('?drill=closed&weekday=9&hour=24&page=x').drill).toEqual({
      metric: 'closed',
      part: 'denominator',
      bucket: null,
      granularity: 'day',
      weekday: null,
      hour: null,
      reason: null,
      intent: null,
      scenarioClass: null,
      page: 1,
    });
    expect(parseView('?view=nowhere&source=bot').escalations).toBeNull();
    const odd = parseView('?view=escalations&source=psychic&by=weather&drill=handed_off&reason_source=x&reason=y');
    expect(odd.escalations).toEqual(DEFAULT_ESCALATIONS);
    expect(odd.drill?.reason).toBeNull();
  });

  it('keeps an intent and a scenario class in the drill-down, not among the filters', () => {
    const search = '?view=scenarios&drill=containment&part=denominator&intent=refund%20status&scenario_class=emotional';
    const view = parseView(search);
    expect(view.filters).toEqual({ channel: [], scenario: [], queue: [], locale: [] });
    expect(view.drill).toMatchObject({ metric: 'containment', intent: 'refund status', scenarioClass: 'emotional' });
    expect(serializeView(view)).toBe(search);
    expect(metricParams(view)).toEqual([]);
    expect(selectionParams(view.drill!)).toEqual([
      ['metric', 'containment'],
      ['part', 'denominator'],
      ['intent', 'refund status'],
      ['scenario_class', 'emotional'],
    ]);
    expect(parseView('?drill=conversations&scenario_class=none').drill?.scenarioClass).toBe('none');
    expect(parseView('?drill=conversations&scenario_class=weird&intent=').drill).toMatchObject({
      scenarioClass: null,
      intent: null,
    });
  });

  it('takes the handoff and resolution segments as drill-downs', () => {
    for (const m of [
      'context_passed',
      'context_not_passed',
      'agent_replied',
      'repeat_asked',
      'abandoned_waiting',
      'resolved',
    ])
      expect(parseView(`?drill=${m}`).drill?.metric).toBe(m);
  });

  it('turns the view into API parameters', () => {
    const view = parseView('?from=2026-03-01&to=2026-03-10&channel=chat,app');
    expect(metricParams(view)).toEqual([
      ['from', '2026-03-01'],
      ['to', '2026-03-10'],
      ['channel', 'chat,app'],
    ]);
    expect(selectionParams(drillOf('with_bot', 'numerator', { weekday: 1, hour: 0 }))).toEqual([
      ['metric', 'with_bot'],
      ['part', 'numerator'],
      ['weekday', '1'],
      ['hour', '0'],
    ]);
  });

  it('reads the escalations page, its choices, and a drill-down into one reason of one trend bucket', () => {
    const search =
      '?view=escalations&from=2026-03-01&to=2026-03-31&source=agent&sort=impact&b=agent&by=scenario' +
      '&granularity=week&drill=handed_off&part=numerator&reason_source=agent&reason=none&bucket=2026-03-02';
    const view = parseView(search);
    expect(view.escalations).toEqual({
      source: 'agent',
      sort: 'impact',
      a: 'bot',
      b: 'agent',
      by: 'scenario',
      granularity: 'week',
    });
    expect(view.drill).toMatchObject({
      bucket: '2026-03-02',
      granularity: 'week',
      reason: { source: 'agent', code: 'none' },
    });
    expect(serializeView(view)).toBe(search);
    expect(selectionParams(view.drill!)).toEqual([
      ['metric', 'handed_off'],
      ['part', 'numerator'],
      ['reason_source', 'agent'],
      ['reason', 'none'],
      ['bucket', '2026-03-02'],
      ['granularity', 'week'],
    ]);
  });

  it('keeps the granularity to the escalations page: on the overview a bucket is a day', () => {
    const view = parseView('?granularity=month&source=agent&drill=with_bot&part=numerator&bucket=2026-03-02');
    expect(view.drill?.granularity).toBe('day');
    expect(serializeView(view)).toBe('?drill=with_bot&part=numerator&bucket=2026-03-02');
  });

  it('switches pages with the same window and filters, leaving drill-down and transcript behind', () => {
    const overview = parseView('?from=2026-03-01&to=2026-03-10&channel=chat&drill=containment&conversation=c1');
    const escalations = switchView(overview, 'escalations');
    expect(serializeView(escalations)).toBe('?view=escalations&from=2026-03-01&to=2026-03-10&channel=chat');
    expect(escalations.escalations).toEqual(DEFAULT_ESCALATIONS);
    const back = switchView(parseView('?view=escalations&sort=impact&from=2026-03-01'), 'overview');
    expect(serializeView(back)).toBe('?from=2026-03-01');
  });

  it('reads the handoff and scenarios pages, which have no choices of their own', () => {
    const handoff = parseView('?view=handoff&queue=payments&drill=handed_off&part=numerator&source=agent');
    expect(handoff).toMatchObject({ view: 'handoff', escalations: null, drill: { metric: 'handed_off' } });
    expect(serializeView(handoff)).toBe('?view=handoff&queue=payments&drill=handed_off&part=numerator');
    expect(serializeView(switchView(handoff, 'scenarios'))).toBe('?view=scenarios&queue=payments');
  });

  it('reads the QA page: the samples tab by default, a sample and the item under review', () => {
    const list = parseView('?view=qa&from=2026-03-01&to=2026-03-10');
    expect(list.qa).toEqual(DEFAULT_QA);
    expect(serializeView(list)).toBe('?view=qa&from=2026-03-01&to=2026-03-10');
    const review = parseView('?view=qa&sample=s-1&conversation=c05');
    expect(review.qa).toMatchObject({ tab: 'samples', sample: 's-1' });
    expect(isReviewScreen(review)).toBe(true);
    expect(serializeView(review)).toBe('?view=qa&sample=s-1&conversation=c05');
    expect(isReviewScreen(parseView('?view=qa&sample=s-1'))).toBe(false);
    // Off the samples tab a conversation is a transcript over the page, never the review screen.
    expect(isReviewScreen(parseView('?view=qa&tab=calibration&sample=s-1&conversation=c05'))).toBe(false);
    expect(isReviewScreen(parseView('?sample=s-1&conversation=c05'))).toBe(false);
    expect(
      ['', '&sample=s-1', '&sample=s-1&conversation=c05', '&tab=calibration&sample=s-1', '&tab=results'].map((q) =>
        qaScreen(parseView(`?view=qa${q}`)),
      ),
    ).toEqual(['samples', 'sample', 'review', 'calibration', 'results']);
  });

  it("reads the QA results' grouping, grain and listed group, and has no metric drill-down there", () => {
    const search = '?view=qa&from=2026-03-01&channel=chat&tab=results&by=channel&granularity=day&key=chat&page=2';
    const view = parseView(search);
    expect(view.qa).toEqual({ tab: 'results', sample: null, by: 'channel', granularity: 'day', key: 'chat', page: 2 });
    expect(serializeView(view)).toBe(search);
    expect(qaResultParams(view)).toEqual([
      ['from', '2026-03-01'],
      ['channel', 'chat'],
      ['granularity', 'day'],
      ['by', 'channel'],
    ]);
    const odd = parseView('?view=qa&tab=results&by=mood&granularity=hour&sample=s-1&page=3&drill=closed');
    expect(odd.qa).toEqual({ ...DEFAULT_QA, tab: 'results' });
    expect(odd.drill).toBeNull();
    expect(serializeView(odd)).toBe('?view=qa&tab=results');
    // A grouping is the QA page's own: elsewhere `by` belongs to the escalations page, or to nobody.
    expect(parseView('?view=handoff&tab=results&sample=s-1').qa).toBeNull();
  });

  it('switches QA tabs keeping the sample between samples and calibration, and the results choices', () => {
    const onSample = parseView('?view=qa&sample=s-1').qa!;
    expect(switchQaTab(onSample, 'calibration')).toMatchObject({ tab: 'calibration', sample: 's-1' });
    const results = switchQaTab({ ...onSample, by: 'path', key: 'bot_only', page: 3 }, 'results');
    expect(results).toMatchObject({ tab: 'results', sample: null, by: 'path', key: null, page: 1 });
    const qa = switchView(parseView('?view=escalations&by=scenario&from=2026-03-01'), 'qa');
    expect(serializeView(qa)).toBe('?view=qa&from=2026-03-01');
    expect(serializeView(switchView(parseView('?view=qa&tab=results&by=path'), 'overview'))).toBe('');
  });

  it('reads the suggestions inbox: its filters, the open suggestion, and no metric drill-down', () => {
    const search =
      '?view=suggestions&from=2026-03-01&to=2026-03-28&tz=UTC&kind=add_training_phrases&intent=order_status' +
      '&status=accepted&suggestion=sg_0123456789ab&conversation=pl-parcel-en-01';
    const view = parseView(search);
    expect(view.suggestions).toEqual({
      tab: 'inbox',
      kind: 'add_training_phrases',
      intent: 'order_status',
      status: 'accepted',
      suggestion: 'sg_0123456789ab',
    });
    // `intent` narrows the inbox here; it is no drill-down's.
    expect(view.drill).toBeNull();
    expect(view.conversation).toBe('pl-parcel-en-01');
    expect(serializeView(view)).toBe(search);
    expect(suggestionListParams(view.suggestions!)).toEqual([
      ['kind', 'add_training_phrases'],
      ['intent', 'order_status'],
      ['status', 'accepted'],
    ]);
    const odd = parseView('?view=suggestions&kind=rewrite&status=maybe&tab=matrix&drill=closed');
    expect(odd.suggestions).toEqual(DEFAULT_SUGGESTIONS);
    expect(serializeView(odd)).toBe('?view=suggestions');
    expect(suggestionListParams(DEFAULT_SUGGESTIONS)).toEqual([]);
    expect(parseView('?view=qa&kind=automate&suggestion=sg_1').suggestions).toBeNull();
  });

  it('switches to the confusion matrix leaving the open suggestion behind, and keeps the filters for the way back', () => {
    const inbox = parseView('?view=suggestions&from=2026-03-01&status=new&suggestion=sg_1').suggestions!;
    const confusion = switchSuggestionsTab(inbox, 'confusion');
    expect(confusion).toEqual({ ...inbox, tab: 'confusion', suggestion: null });
    // The matrix follows the window and filters; the inbox's choices are not part of its link.
    const view = { ...parseView('?view=suggestions&from=2026-03-01&channel=chat'), suggestions: confusion };
    expect(serializeView(view)).toBe('?view=suggestions&from=2026-03-01&channel=chat&tab=confusion');
    expect(parseView('?view=suggestions&tab=confusion&suggestion=sg_1').suggestions?.suggestion).toBeNull();
    expect(switchSuggestionsTab(confusion, 'inbox')).toMatchObject({ tab: 'inbox', status: 'new', suggestion: null });
    const switched = switchView(parseView('?view=qa&tab=results&from=2026-03-01'), 'suggestions');
    expect(serializeView(switched)).toBe('?view=suggestions&from=2026-03-01');
  });
});
