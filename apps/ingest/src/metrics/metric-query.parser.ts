import { Inject, Injectable } from '@nestjs/common';
import type { MetricQuery } from '@tandem/metrics';
import type { AuthenticatedRequest } from '../auth/token.guard.js';
import { WorkspaceRepository } from '../workspaces/workspace.repository.js';
import { parseMetricQuery } from './dtos/metric-query.dto.js';

/** The query of a metric request: its parameters, in the workspace's zone unless it names one. */
@Injectable()
export class MetricQueryParser {
  constructor(@Inject(WorkspaceRepository) private readonly workspaces: WorkspaceRepository) {}

  async parse(request: AuthenticatedRequest, raw: unknown): Promise<MetricQuery> {
    return parseMetricQuery(raw, request.workspaceId, await this.workspaces.timezoneOf(request.workspaceId));
  }
}
