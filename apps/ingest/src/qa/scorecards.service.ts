import { ConflictException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { DEFAULT_SCORECARDS, type Scorecard, type ScorecardContent } from '@tandem/qa';
import type { QaScorecardTable } from '@tandem/store';
import { ScorecardsRepository } from './scorecards.repository.js';

/** Who created the default scorecards. */
const SYSTEM = 'system';

function toScorecard(row: QaScorecardTable): Scorecard {
  return {
    scorecard_id: row.scorecard_id,
    version: Number(row.version),
    name: row.name,
    applies_to: row.applies_to,
    pass_mark: Number(row.pass_mark),
    criteria: JSON.parse(row.criteria) as Scorecard['criteria'],
    created_by: row.created_by,
    created_at: row.created_at,
  };
}

/** Versioned scorecards: saving one adds a version, so reviews keep the version they were scored with. */
@Injectable()
export class ScorecardsService {
  /** Workspaces whose defaults this process has seen to, so a review does not check them again. */
  private readonly ensured = new Set<string>();

  constructor(@Inject(ScorecardsRepository) private readonly scorecards: ScorecardsRepository) {}

  /** The defaults, created once per workspace, on first use. */
  private async ensureDefaults(workspaceId: string): Promise<void> {
    if (this.ensured.has(workspaceId)) return;
    const now = new Date().toISOString();
    for (const [id, content] of Object.entries(DEFAULT_SCORECARDS)) {
      if (await this.scorecards.find(workspaceId, id)) continue;
      // A concurrent first use may insert the same version 1; the second insert is then a no-op.
      await this.scorecards.insert(this.row(workspaceId, id, 1, content, SYSTEM, now));
    }
    this.ensured.add(workspaceId);
  }

  private row(
    workspaceId: string,
    scorecardId: string,
    version: number,
    content: ScorecardContent,
    createdBy: string,
    createdAt: string,
  ): QaScorecardTable {
    return {
      workspace_id: workspaceId,
      scorecard_id: scorecardId,
      version,
      name: content.name,
      applies_to: content.applies_to,
      pass_mark: content.pass_mark,
      criteria: JSON.stringify(content.criteria),
      created_by: createdBy,
      created_at: createdAt,
    };
  }

  /** The latest version of each scorecard. */
  async latest(workspaceId: string): Promise<Scorecard[]> {
    await this.ensureDefaults(workspaceId);
    const seen = new Set<string>();
    const latest: Scorecard[] = [];
    for (const row of await this.scorecards.all(workspaceId)) {
      if (seen.has(row.scorecard_id)) continue;
      seen.add(row.scorecard_id);
      latest.push(toScorecard(row));
    }
    return latest;
  }

  async get(workspaceId: string, scorecardId: string, version?: number): Promise<Scorecard> {
    await this.ensureDefaults(workspaceId);
    const row = await this.scorecards.find(workspaceId, scorecardId, version);
    if (!row) {
      throw new NotFoundException(
        version === undefined
          ? `no scorecard ${scorecardId} in this workspace`
          : `scorecard ${scorecardId} has no version ${version}`,
      );
    }
    return toScorecard(row);
  }

  /** Saves a new version (version 1 of a new id); a concurrent save of the same version is a 409. */
  async save(workspaceId: string, scorecardId: string, content: ScorecardContent, userId: string): Promise<Scorecard> {
    await this.ensureDefaults(workspaceId);
    const current = await this.scorecards.find(workspaceId, scorecardId);
    const version = current ? Number(current.version) + 1 : 1;
    const row = this.row(workspaceId, scorecardId, version, content, userId, new Date().toISOString());
    if (!(await this.scorecards.insert(row))) {
      throw new ConflictException(`scorecard ${scorecardId} was saved by someone else just now; reload and try again`);
    }
    return toScorecard(row);
  }
}
