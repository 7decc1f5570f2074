import {
  BadRequestException,
  ForbiddenException,
  Body,
  Controller,
  HttpCode,
  Inject,
  Post,
  Query,
  Req,
  Res,
  UseGuards,
} from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOperation, ApiQuery, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { TokenGuard, type AuthenticatedRequest } from '../auth/token.guard.js';
import type { IngestReport } from './ingest-report.js';
import { IngestService } from './ingest.service.js';
import type { RawBatch } from './raw-batch.js';

const BODY_TYPES = ['application/json', 'application/x-ndjson'];

const REPORT_MODES = ['all', 'problems'];

/** Events come from systems, under the workspace's API key; a person's token does not send them. */
function requireApiKey(request: AuthenticatedRequest): string {
  if (request.user) {
    throw new ForbiddenException('ingestion takes an API key (`tandem keys create`), not a user token');
  }
  return request.workspaceId;
}

/** What Fastify hands over when a request had no body or no content type at all. */
function requireBody(body: RawBatch | undefined, mode: string | undefined): RawBatch {
  if (mode !== undefined && !REPORT_MODES.includes(mode)) {
    throw new BadRequestException(`report must be one of ${REPORT_MODES.join(', ')}`);
  }
  if (!body?.records) {
    throw new BadRequestException(`send a body with content-type ${BODY_TYPES.join(' or ')}`);
  }
  return body;
}

function answer(reply: FastifyReply, report: IngestReport, mode: string | undefined): IngestReport {
  // Nothing usable at all is a client error; anything stored or already there is a success.
  reply.status(report.rejected > 0 && report.accepted + report.duplicate === 0 ? 422 : 200);
  return mode === 'problems' ? { ...report, results: report.results.filter((r) => r.status !== 'accepted') } : report;
}

@ApiTags('ingest')
@ApiBearerAuth()
@Controller('api/v1')
@UseGuards(TokenGuard)
export class IngestController {
  constructor(@Inject(IngestService) private readonly ingest: IngestService) {}

  @Post('events')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Ingest events (DESIGN §1.1)',
    description:
      'One JSON event, a JSON array of events, or NDJSON (one event a line). Answers per record: accepted, duplicate (the event_id is already stored), or rejected with its index (NDJSON: line), field path and reason. Good records are stored even when others are rejected; the answer comes after the commit.',
  })
  @ApiConsumes(...BODY_TYPES)
  @ApiBody({ schema: { oneOf: [{ type: 'object' }, { type: 'array', items: { type: 'object' } }] } })
  @ApiQuery({
    name: 'report',
    required: false,
    enum: ['all', 'problems'],
    description: '`problems` lists only duplicates and rejections',
  })
  @ApiResponse({ status: 200, description: 'At least one record stored or already there' })
  @ApiResponse({ status: 422, description: 'Every record was rejected' })
  async events(
    @Req() request: AuthenticatedRequest,
    @Body() body: RawBatch | undefined,
    @Query('report') mode: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<IngestReport> {
    return answer(reply, await this.ingest.ingestEvents(requireApiKey(request), requireBody(body, mode)), mode);
  }

  @Post('conversations')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Ingest whole conversation documents (DESIGN §1.2)',
    description:
      'One document, an array, or NDJSON. Each document expands into events with ids derived from it, so sending it again is a duplicate, never a second copy.',
  })
  @ApiConsumes(...BODY_TYPES)
  @ApiBody({ schema: { oneOf: [{ type: 'object' }, { type: 'array', items: { type: 'object' } }] } })
  @ApiQuery({ name: 'report', required: false, enum: ['all', 'problems'] })
  async conversations(
    @Req() request: AuthenticatedRequest,
    @Body() body: RawBatch | undefined,
    @Query('report') mode: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<IngestReport> {
    return answer(reply, await this.ingest.ingestDocuments(requireApiKey(request), requireBody(body, mode)), mode);
  }
}
