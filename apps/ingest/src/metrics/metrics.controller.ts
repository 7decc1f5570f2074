import { Controller, Get, Header, Inject, Query, Req, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import {
  BREAKDOWN_DIMENSIONS,
  scenarioClassPredicate,
  SELECTABLE_METRICS,
  type BreakdownDimension,
  type ConversationSelection,
  type MetricQuery,
} from '@tandem/metrics';
import type { ScenarioClass } from '@tandem/schema';
import { Readable } from 'node:stream';
import { TokenGuard, type AuthenticatedRequest } from '../auth/token.guard.js';
import { SettingsRepository } from '../settings/settings.repository.js';
import { MetricQueryParser } from './metric-query.parser.js';
import { invalidQuery } from '../http/invalid-query.js';
import { CommonQuery } from './dtos/metric-query.dto.js';
import { parseSelection } from './dtos/selection.dto.js';
import { MetricsService } from './metrics.service.js';

function dimension(value: unknown): BreakdownDimension {
  if (typeof value === 'string' && (BREAKDOWN_DIMENSIONS as readonly string[]).includes(value)) {
    return value as BreakdownDimension;
  }
  throw invalidQuery([{ path: 'by', reason: `must be one of ${BREAKDOWN_DIMENSIONS.join(', ')}` }]);
}

@ApiTags('metrics')
@ApiBearerAuth()
@Controller('api/v1/metrics')
@UseGuards(TokenGuard)
export class MetricsController {
  constructor(
    @Inject(MetricsService) private readonly metrics: MetricsService,
    @Inject(MetricQueryParser) private readonly queries: MetricQueryParser,
    @Inject(SettingsRepository) private readonly settings: SettingsRepository,
  ) {}

  /** A selection narrowed to a scenario class, by the workspace's own mapping. */
  private async narrowed(
    q: MetricQuery,
    selection: ConversationSelection,
    scenarioClass: ScenarioClass | 'none' | undefined,
  ): Promise<ConversationSelection> {
    if (!scenarioClass) return selection;
    const inClass = scenarioClassPredicate(await this.settings.get(q.workspaceId), scenarioClass);
    const metric = selection.predicate;
    return { ...selection, predicate: (eb, ctx) => eb.and([metric(eb, ctx), inClass(eb, ctx)]) };
  }

  @Get('overview')
  @ApiOperation({ summary: 'Every KPI over the window, each rate with numerator and denominator (docs/metrics.md)' })
  @CommonQuery()
  async overview(@Req() request: AuthenticatedRequest, @Query() raw: unknown) {
    const q = await this.queries.parse(request, raw);
    return { query: q, ...(await this.metrics.overview(q)) };
  }

  @Get('timeseries')
  @ApiOperation({
    summary: 'Every KPI per local day, week or month, optionally split by channel, scenario, queue or locale',
  })
  @ApiQuery({ name: 'by', required: false, enum: BREAKDOWN_DIMENSIONS })
  @CommonQuery()
  async timeseries(@Req() request: AuthenticatedRequest, @Query() raw: Record<string, unknown>) {
    const by = raw['by'] === undefined ? undefined : dimension(raw['by']);
    const q = await this.queries.parse(request, raw);
    return { query: q, ...(by ? { by } : {}), buckets: await this.metrics.timeseries(q, by) };
  }

  @Get('breakdown')
  @ApiOperation({ summary: 'Every KPI per channel, scenario, queue or locale' })
  @ApiQuery({ name: 'by', enum: BREAKDOWN_DIMENSIONS })
  @CommonQuery()
  async breakdown(@Req() request: AuthenticatedRequest, @Query() raw: Record<string, unknown>) {
    const by = dimension(raw['by']);
    const q = await this.queries.parse(request, raw);
    return { query: q, by, groups: await this.metrics.breakdown(q, by) };
  }

  @Get('heatmap')
  @ApiOperation({
    summary: 'Conversations and those with the bot by local ISO weekday (Monday = 1) and hour of their start',
  })
  @CommonQuery()
  async heatmap(@Req() request: AuthenticatedRequest, @Query() raw: unknown) {
    const q = await this.queries.parse(request, raw);
    return { query: q, cells: await this.metrics.heatmap(q) };
  }

  @Get('dimensions')
  @ApiOperation({
    summary: 'Channels, scenarios, queues and locales seen in the window (filters ignored), most frequent first',
  })
  @CommonQuery()
  async dimensions(@Req() request: AuthenticatedRequest, @Query() raw: unknown) {
    const q = await this.queries.parse(request, raw);
    return { query: q, values: await this.metrics.dimensions(q) };
  }

  @Get('conversations')
  @ApiOperation({ summary: 'Drill-down: the conversations behind a value, paged' })
  @ApiQuery({ name: 'metric', required: false, enum: SELECTABLE_METRICS })
  @ApiQuery({ name: 'part', required: false, enum: ['numerator', 'denominator'] })
  @ApiQuery({ name: 'bucket', required: false, description: 'First local day of one bucket of `granularity`' })
  @ApiQuery({ name: 'weekday', required: false, description: 'Local ISO weekday of the start, Monday = 1' })
  @ApiQuery({ name: 'hour', required: false, description: 'Local hour of the start, 0–23' })
  @ApiQuery({ name: 'reason_source', required: false, enum: ['bot', 'agent', 'classifier'] })
  @ApiQuery({
    name: 'reason',
    required: false,
    description: 'An escalation reason code, or `none`; with reason_source',
  })
  @ApiQuery({ name: 'page', required: false })
  @ApiQuery({ name: 'page_size', required: false })
  @CommonQuery()
  async conversations(@Req() request: AuthenticatedRequest, @Query() raw: unknown) {
    const q = await this.queries.parse(request, raw);
    const { selection, page, pageSize, scenarioClass } = parseSelection(raw);
    return this.metrics.conversations(q, await this.narrowed(q, selection, scenarioClass), page, pageSize);
  }

  @Get('export.csv')
  @Header('content-type', 'text/csv; charset=utf-8')
  @Header('content-disposition', 'attachment; filename="tandem-conversations.csv"')
  @ApiOperation({
    summary: 'One row per conversation, with 0/1 columns per rate: summing them reproduces every number',
  })
  @ApiQuery({ name: 'metric', required: false, enum: SELECTABLE_METRICS })
  @ApiQuery({ name: 'part', required: false, enum: ['numerator', 'denominator'] })
  @ApiQuery({ name: 'bucket', required: false })
  @ApiQuery({ name: 'weekday', required: false })
  @ApiQuery({ name: 'hour', required: false })
  @ApiQuery({ name: 'reason_source', required: false, enum: ['bot', 'agent', 'classifier'] })
  @ApiQuery({ name: 'reason', required: false })
  @CommonQuery()
  async export(@Req() request: AuthenticatedRequest, @Query() raw: unknown) {
    const q = await this.queries.parse(request, raw);
    const { selection, scenarioClass } = parseSelection(raw);
    return Readable.from(this.metrics.csv(q, await this.narrowed(q, selection, scenarioClass)));
  }
}
