import { Controller, Get, Inject, Query, Req, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { TokenGuard, type AuthenticatedRequest } from '../auth/token.guard.js';
import { CommonQuery } from '../metrics/dtos/metric-query.dto.js';
import { MetricQueryParser } from '../metrics/metric-query.parser.js';
import { parseReasonParams, REASON_GROUPING_NAMES, REASON_SOURCE_NAMES } from './dtos/reason-query.dto.js';
import { EscalationsService } from './escalations.service.js';

const SOURCE = { name: 'source', required: false, enum: REASON_SOURCE_NAMES, description: 'default bot' };

@ApiTags('escalations')
@ApiBearerAuth()
@Controller('api/v1/escalations')
@UseGuards(TokenGuard)
export class EscalationsController {
  constructor(
    @Inject(EscalationsService) private readonly escalations: EscalationsService,
    @Inject(MetricQueryParser) private readonly queries: MetricQueryParser,
  ) {}

  @Get('reasons')
  @ApiOperation({ summary: 'Handed-off conversations per reason of one source, with CSAT and dissatisfied responses' })
  @ApiQuery(SOURCE)
  @CommonQuery()
  async reasons(@Req() request: AuthenticatedRequest, @Query() raw: unknown) {
    const { source } = parseReasonParams(raw);
    const q = await this.queries.parse(request, raw);
    return { query: q, source, reasons: await this.escalations.reasons(q, source) };
  }

  @Get('agreement')
  @ApiOperation({ summary: 'How often two sources name the same reason for the same handoff' })
  @ApiQuery({ name: 'a', required: false, enum: REASON_SOURCE_NAMES, description: 'default bot' })
  @ApiQuery({ name: 'b', required: false, enum: REASON_SOURCE_NAMES, description: 'default classifier' })
  @CommonQuery()
  async agreement(@Req() request: AuthenticatedRequest, @Query() raw: unknown) {
    const { a, b } = parseReasonParams(raw);
    const q = await this.queries.parse(request, raw);
    return { query: q, a, b, ...(await this.escalations.agreement(q, a, b)) };
  }

  @Get('trend')
  @ApiOperation({ summary: 'Handed-off conversations per local bucket and reason of one source' })
  @ApiQuery(SOURCE)
  @CommonQuery()
  async trend(@Req() request: AuthenticatedRequest, @Query() raw: unknown) {
    const { source } = parseReasonParams(raw);
    const q = await this.queries.parse(request, raw);
    return { query: q, source, buckets: await this.escalations.trend(q, source) };
  }

  @Get('breakdown')
  @ApiOperation({ summary: "Handed-off conversations per intent (the bot's first) or scenario and reason" })
  @ApiQuery(SOURCE)
  @ApiQuery({ name: 'by', required: false, enum: REASON_GROUPING_NAMES, description: 'default intent' })
  @CommonQuery()
  async breakdown(@Req() request: AuthenticatedRequest, @Query() raw: unknown) {
    const { source, by } = parseReasonParams(raw);
    const q = await this.queries.parse(request, raw);
    return { query: q, source, by, groups: await this.escalations.breakdown(q, source, by) };
  }
}
