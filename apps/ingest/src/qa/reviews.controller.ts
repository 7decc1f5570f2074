import { Body, Controller, Get, Header, HttpCode, Inject, Post, Query, Req, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Readable } from 'node:stream';
import { requireUser } from '../auth/roles.js';
import { TokenGuard, type AuthenticatedRequest } from '../auth/token.guard.js';
import { singleValue, type RawBatch } from '../ingest/raw-batch.js';
import { MetricQueryParser } from '../metrics/metric-query.parser.js';
import { parseResultsQuery } from './results-query.dto.js';
import { QA_WRITERS } from './qa-roles.js';
import { ResultsService } from './results.service.js';
import { ReviewsService } from './reviews.service.js';

const DIRECT_FILTERS = ['sample_id', 'conversation_id', 'reviewer_id'] as const;

@ApiTags('qa')
@ApiBearerAuth()
@Controller('api/v1/qa')
@UseGuards(TokenGuard)
export class ReviewsController {
  constructor(
    @Inject(ReviewsService) private readonly reviews: ReviewsService,
    @Inject(ResultsService) private readonly results: ResultsService,
    @Inject(MetricQueryParser) private readonly queries: MetricQueryParser,
  ) {}

  @Post('reviews')
  @HttpCode(201)
  @ApiOperation({ summary: "Stores the signed-in reviewer's review; posting again for the same item revises it" })
  submit(@Req() request: AuthenticatedRequest, @Body() body: RawBatch) {
    const user = requireUser(request, QA_WRITERS);
    return this.reviews.submit(request.workspaceId, user, singleValue(body));
  }

  @Get('reviews')
  @ApiOperation({
    summary:
      'Reviews of a sample, conversation or reviewer; or, with the results parameters, the reviews behind a figure',
  })
  async list(@Req() request: AuthenticatedRequest, @Query() raw: Record<string, unknown>) {
    if (DIRECT_FILTERS.some((f) => typeof raw[f] === 'string')) {
      const pick = (f: (typeof DIRECT_FILTERS)[number]) => (typeof raw[f] === 'string' ? raw[f] : undefined);
      const reviews = await this.reviews.list(request.workspaceId, {
        sample_id: pick('sample_id'),
        conversation_id: pick('conversation_id'),
        reviewer_id: pick('reviewer_id'),
      });
      return { total: reviews.length, page: 1, page_size: reviews.length, reviews };
    }
    const { by, key, page, page_size, metric } = parseResultsQuery(raw);
    const q = await this.queries.parse(request, metric);
    return this.results.page(q, by, key, page, page_size);
  }

  @Get('reviews/export.csv')
  @Header('content-type', 'text/csv; charset=utf-8')
  @Header('content-disposition', 'attachment; filename="tandem-qa-reviews.csv"')
  @ApiOperation({ summary: 'One row per review counted by the results, every answer in its own column' })
  async export(@Req() request: AuthenticatedRequest, @Query() raw: Record<string, unknown>) {
    const { by, key, metric } = parseResultsQuery(raw);
    const q = await this.queries.parse(request, metric);
    return Readable.from(this.results.csv(q, by, key));
  }

  @Get('results')
  @ApiOperation({ summary: 'QA scores overall, by group and over time, with 95 % intervals; `key` keeps one group' })
  async resultsOf(@Req() request: AuthenticatedRequest, @Query() raw: Record<string, unknown>) {
    const { by, key, metric } = parseResultsQuery(raw);
    const q = await this.queries.parse(request, metric);
    return this.results.results(q, by, key);
  }
}
