import { ConflictException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { DEFAULT_RECONTACT_HOURS, localDate, overview, windowInstants, type MetricQuery } from '@tandem/metrics';
import type { StoreAdapter, SuggestionDecisionTable, SuggestionStatus } from '@tandem/store';
import {
  equalWindows,
  generateSuggestions,
  lift,
  type DayWindow,
  toDialogflowCsv,
  toJsonl,
  toRasaNluYaml,
  type Suggestion,
  type SuggestionKind,
} from '@tandem/suggestions';
import type { SignedInUser } from '../auth/token.guard.js';
import { person } from '../users/person.js';
import { STORE } from '../store/store.module.js';
import { UsersService } from '../users/users.service.js';
import { WorkspaceRepository } from '../workspaces/workspace.repository.js';
import { SuggestionsRepository, type StoredSuggestion } from './suggestions.repository.js';
import { TracesRepository } from './traces.repository.js';

const DAY_MS = 86_400_000;
/** The longest window either side of a ship date that lift compares. */
const LIFT_MAX_DAYS = 28;

export const EXPORT_FORMATS = ['rasa', 'dialogflow', 'jsonl'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Which moves each status allows (docs/suggestions.md). */
const NEXT: Record<SuggestionStatus, readonly SuggestionStatus[]> = {
  new: ['accepted', 'rejected'],
  accepted: ['shipped', 'rejected'],
  rejected: ['accepted'],
  shipped: [],
};

export interface SuggestionFilter {
  kind?: SuggestionKind | undefined;
  intent?: string | undefined;
  status?: SuggestionStatus | undefined;
}

/** The engine over the store, the trainers' decisions, exports and lift (DESIGN §4). */
@Injectable()
export class SuggestionsService {
  constructor(
    @Inject(STORE) private readonly store: StoreAdapter,
    @Inject(TracesRepository) private readonly traces: TracesRepository,
    @Inject(SuggestionsRepository) private readonly suggestions: SuggestionsRepository,
    @Inject(UsersService) private readonly users: UsersService,
    @Inject(WorkspaceRepository) private readonly workspaces: WorkspaceRepository,
  ) {}

  /**
   * Runs the engine over the window; suggestions it finds again keep their ids and decisions, undecided
   * ones it no longer finds go.
   */
  async refresh(q: MetricQuery): Promise<{ suggestions: number; added: number; updated: number; dropped: number }> {
    const traces = await this.traces.traces(q);
    const stored = await this.suggestions.all(q.workspaceId);
    const { from, until } = windowInstants(q);
    const found = generateSuggestions(traces, {
      now: until,
      // Whole days, whatever a change of clocks inside the window did to its length in hours.
      windowDays: Math.round((Date.parse(until) - Date.parse(from)) / DAY_MS),
      previous: stored.map((s) => ({
        id: s.suggestion_id,
        kind: s.kind as SuggestionKind,
        key: s.key,
        members: JSON.parse(s.members) as string[],
      })),
    });
    const known = new Map(stored.map((s) => [s.suggestion_id, s]));
    const now = new Date().toISOString();
    await this.suggestions.replace(
      q.workspaceId,
      found.map((s) => ({
        workspace_id: q.workspaceId,
        suggestion_id: s.id,
        kind: s.kind,
        key: s.key,
        intent: s.intent,
        related_intent: s.related_intent,
        title: s.title,
        phrases: JSON.stringify(s.phrases),
        evidence: JSON.stringify(s.evidence),
        impact: JSON.stringify(s.impact),
        score: s.impact.score,
        confidence: s.confidence,
        members: JSON.stringify(s.members),
        first_seen_at: known.get(s.id)?.first_seen_at ?? now,
        refreshed_at: now,
      })),
    );
    const added = found.filter((s) => !known.has(s.id)).length;
    const foundIds = new Set(found.map((s) => s.id));
    const dropped = stored.filter((s) => !foundIds.has(s.suggestion_id) && s.decision === null).length;
    return { suggestions: found.length, added, updated: found.length - added, dropped };
  }

  async list(workspaceId: string, filter: SuggestionFilter) {
    const names = await this.users.names(workspaceId);
    return (await this.suggestions.all(workspaceId))
      .map((s) => this.view(s, names))
      .filter(
        (s) =>
          (filter.kind === undefined || s.kind === filter.kind) &&
          (filter.intent === undefined || s.intent === filter.intent || s.related_intent === filter.intent) &&
          (filter.status === undefined || s.status === filter.status),
      );
  }

  async get(workspaceId: string, id: string) {
    return this.view(await this.stored(workspaceId, id), await this.users.names(workspaceId));
  }

  private async stored(workspaceId: string, id: string): Promise<StoredSuggestion> {
    const found = await this.suggestions.find(workspaceId, id);
    if (!found) throw new NotFoundException(`no suggestion ${id} in this workspace`);
    return found;
  }

  /** Moves a suggestion on: accept (optionally with edited phrases), reject, ship, or edit the phrases. */
  async decide(
    workspaceId: string,
    user: SignedInUser,
    id: string,
    to: Exclude<SuggestionStatus, 'new'>,
    change: { phrases?: string[] | undefined; note?: string | null | undefined; shipped_at?: string | undefined },
  ) {
    const current = await this.stored(workspaceId, id);
    const status: SuggestionStatus = current.decision?.status ?? 'new';
    // Editing the phrases keeps an accepted suggestion accepted; every other move follows NEXT.
    const editing = to === 'accepted' && status === 'accepted' && change.phrases !== undefined;
    if (!editing && !NEXT[status].includes(to)) {
      throw new ConflictException(`a suggestion that is ${status} cannot become ${to}`);
    }
    const row: SuggestionDecisionTable = {
      workspace_id: workspaceId,
      suggestion_id: id,
      revision: (current.decision ? Number(current.decision.revision) : 0) + 1,
      status: to,
      // The phrases are fixed when accepted, so later refreshes of the engine's own cannot change what ships.
      phrases: change.phrases ? JSON.stringify(change.phrases) : (current.decision?.phrases ?? current.phrases),
      // A note belongs to the move it was written for (a rejection's reason is not an acceptance's).
      note: change.note ?? (to === status ? (current.decision?.note ?? null) : null),
      shipped_at: change.shipped_at ?? null,
      decided_by: user.user_id,
      decided_at: new Date().toISOString(),
    };
    if (!(await this.suggestions.decide(row))) {
      throw new ConflictException('someone else decided on this suggestion just now; reload and try again');
    }
    return this.get(workspaceId, id);
  }

  /** Edits the phrases of an accepted suggestion; anything else answers 409. */
  async editPhrases(workspaceId: string, user: SignedInUser, id: string, phrases: string[]) {
    const status = (await this.stored(workspaceId, id)).decision?.status ?? 'new';
    if (status !== 'accepted')
      throw new ConflictException(`only an accepted suggestion's phrases can be edited; this one is ${status}`);
    return this.decide(workspaceId, user, id, 'accepted', { phrases });
  }

  /** Accepted and shipped suggestions that propose phrases, with the phrases as trainers left them. */
  async export(workspaceId: string, format: ExportFormat): Promise<string> {
    const chosen = (await this.suggestions.all(workspaceId))
      .filter((s) => s.decision?.status === 'accepted' || s.decision?.status === 'shipped')
      .map((s) => this.engineView(s));
    if (format === 'rasa') return toRasaNluYaml(chosen);
    if (format === 'dialogflow') return toDialogflowCsv(chosen);
    return toJsonl(chosen);
  }

  /**
   * Containment and CSAT of the affected intents in equal windows before and after the ship day (local
   * days in the workspace's zone, at most 28 each, only days that have ended).
   */
  async lift(workspaceId: string, id: string) {
    const s = await this.stored(workspaceId, id);
    if (s.decision?.status !== 'shipped' || !s.decision.shipped_at) {
      throw new ConflictException('lift is measured for shipped suggestions; mark it shipped with a date first');
    }
    const tz = await this.workspaces.timezoneOf(workspaceId);
    const intents = [s.intent, s.related_intent].filter((i): i is string => i !== null);
    const windows = equalWindows(s.decision.shipped_at.slice(0, 10), localDate(Date.now(), tz), LIFT_MAX_DAYS);
    if (!windows || intents.length === 0) {
      return { suggestion_id: id, intents, days: 0, before: null, after: null, containment: null, csat: null };
    }
    const window = ({ from, to }: DayWindow): MetricQuery => ({
      workspaceId,
      from,
      to,
      tz,
      granularity: 'day',
      recontactHours: DEFAULT_RECONTACT_HOURS,
      filters: { intent: intents },
    });
    const [before, after] = [window(windows.before), window(windows.after)];
    const [b, a] = await Promise.all([overview(this.store, before), overview(this.store, after)]);
    const pair = (rate: 'containment' | 'csat') => ({
      counts: { before: b.rates[rate], after: a.rates[rate] },
      ...lift(
        { successes: b.rates[rate].numerator, trials: b.rates[rate].denominator },
        { successes: a.rates[rate].numerator, trials: a.rates[rate].denominator },
      ),
    });
    return {
      suggestion_id: id,
      intents,
      days: windows.days,
      before: windows.before,
      after: windows.after,
      containment: pair('containment'),
      csat: pair('csat'),
    };
  }

  /** The engine's suggestion with the phrases a trainer edited, for the exports. */
  private engineView(s: StoredSuggestion): Suggestion {
    return {
      id: s.suggestion_id,
      kind: s.kind as SuggestionKind,
      key: s.key,
      intent: s.intent,
      related_intent: s.related_intent,
      title: s.title,
      phrases: JSON.parse(s.decision?.phrases ?? s.phrases) as string[],
      evidence: JSON.parse(s.evidence) as Suggestion['evidence'],
      impact: JSON.parse(s.impact) as Suggestion['impact'],
      confidence: Number(s.confidence),
      members: JSON.parse(s.members) as string[],
    };
  }

  private view(s: StoredSuggestion, names: ReadonlyMap<string, string>) {
    const { members: _members, ...engine } = this.engineView(s);
    return {
      ...engine,
      engine_phrases: JSON.parse(s.phrases) as string[],
      status: (s.decision?.status ?? 'new') as SuggestionStatus,
      note: s.decision?.note ?? null,
      shipped_at: s.decision?.shipped_at ?? null,
      decided_by: s.decision ? person(s.decision.decided_by, names) : null,
      decided_at: s.decision?.decided_at ?? null,
      first_seen_at: s.first_seen_at,
      refreshed_at: s.refreshed_at,
    };
  }
}
