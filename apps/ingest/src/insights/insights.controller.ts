import { Controller, Get, Inject, Query, Req, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { TokenGuard, type AuthenticatedRequest } from '../auth/token.guard.js';
import { CommonQuery } from '../metrics/dtos/metric-query.dto.js';
import { MetricQueryParser } from '../metrics/metric-query.parser.js';
import { InsightsService } from './insights.service.js';

@ApiTags('insights')
@ApiBearerAuth()
@Controller('api/v1')
@UseGuards(TokenGuard)
export class InsightsController {
  constructor(
    @Inject(InsightsService) private readonly insights: InsightsService,
    @Inject(MetricQueryParser) private readonly queries: MetricQueryParser,
  ) {}

  @Get('handoff/quality')
  @ApiOperation({
    summary: 'Context passed, repeat asks, abandonment while waiting, sentiment around the handoff, SLA per queue',
  })
  @CommonQuery()
  async handoff(@Req() request: AuthenticatedRequest, @Query() raw: unknown) {
    const q = await this.queries.parse(request, raw);
    return { query: q, ...(await this.insights.handoff(q)) };
  }

  @Get('scenarios/classes')
  @ApiOperation({ summary: 'Every metric per scenario class, judged against its targets' })
  @CommonQuery()
  async scenarioClasses(@Req() request: AuthenticatedRequest, @Query() raw: unknown) {
    const q = await this.queries.parse(request, raw);
    return { query: q, classes: await this.insights.scenarioClasses(q) };
  }

  @Get('scenarios/opportunities')
  @ApiOperation({ summary: 'Automation-opportunity matrix: per intent volume, containment, CSAT and a recommendation' })
  @CommonQuery()
  async opportunities(@Req() request: AuthenticatedRequest, @Query() raw: unknown) {
    const q = await this.queries.parse(request, raw);
    return { query: q, intents: await this.insights.opportunities(q) };
  }

  @Get('metrics/cost')
  @ApiOperation({ summary: 'Cost per contact and per resolution, and savings from containment, per channel' })
  @CommonQuery()
  async cost(@Req() request: AuthenticatedRequest, @Query() raw: unknown) {
    const q = await this.queries.parse(request, raw);
    return { query: q, ...(await this.insights.cost(q)) };
  }
}
