import { Body, Controller, Get, HttpCode, Inject, Param, Post, Put, Query, Req, Res, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { intentConfusion } from '@tandem/metrics';
import type { StoreAdapter, UserRole } from '@tandem/store';
import { SUGGESTION_KINDS } from '@tandem/suggestions';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { requireUser } from '../auth/roles.js';
import { TokenGuard, type AuthenticatedRequest } from '../auth/token.guard.js';
import { invalidBody } from '../http/unprocessable.js';
import { singleValue, type RawBatch } from '../ingest/raw-batch.js';
import { invalidQuery, invalidQueryOf } from '../http/invalid-query.js';
import { MetricQueryParser } from '../metrics/metric-query.parser.js';
import { STORE } from '../store/store.module.js';
import { EXPORT_FORMATS, SuggestionsService } from './suggestions.service.js';

/** Who may refresh suggestions and decide on them. */
const TRAINERS: readonly UserRole[] = ['trainer', 'admin'];

const phrases = z.array(z.string().trim().min(1).max(500)).min(1).max(200);
const acceptSchema = z.object({ phrases: phrases.optional(), note: z.string().trim().max(2000).nullish() });
const rejectSchema = z.object({ note: z.string().trim().min(1, 'say why, for whoever looks at it next').max(2000) });
const shipSchema = z.object({ shipped_at: z.iso.date({ error: 'must be the ship date, YYYY-MM-DD' }) });
const phrasesSchema = z.object({ phrases });
const listSchema = z.object({
  kind: z.enum(SUGGESTION_KINDS).optional(),
  intent: z.string().min(1).optional(),
  status: z.enum(['new', 'accepted', 'rejected', 'shipped']).optional(),
});

const CONTENT_TYPES = {
  rasa: 'application/yaml; charset=utf-8',
  dialogflow: 'text/csv; charset=utf-8',
  jsonl: 'application/x-ndjson; charset=utf-8',
} as const;
const FILE_NAMES = { rasa: 'nlu.yml', dialogflow: 'intents.csv', jsonl: 'suggestions.jsonl' } as const;

function parse<T>(schema: z.ZodType<T>, value: unknown, message: string): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw invalidBody(message, parsed.error, value);
  return parsed.data;
}

@ApiTags('suggestions')
@ApiBearerAuth()
@Controller('api/v1/suggestions')
@UseGuards(TokenGuard)
export class SuggestionsController {
  constructor(
    @Inject(SuggestionsService) private readonly suggestions: SuggestionsService,
    @Inject(MetricQueryParser) private readonly queries: MetricQueryParser,
    @Inject(STORE) private readonly store: StoreAdapter,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Suggestions, most impact first; filter by kind, intent and status' })
  async list(@Req() request: AuthenticatedRequest, @Query() raw: unknown) {
    const parsed = listSchema.safeParse(raw);
    if (!parsed.success) {
      throw invalidQueryOf(parsed.error);
    }
    return { suggestions: await this.suggestions.list(request.workspaceId, parsed.data) };
  }

  @Post('refresh')
  @HttpCode(200)
  @ApiOperation({ summary: 'Runs the engine over a window (default the last 30 days); found again keeps its id' })
  async refresh(@Req() request: AuthenticatedRequest, @Query() raw: unknown) {
    requireUser(request, TRAINERS);
    return this.suggestions.refresh(await this.queries.parse(request, raw));
  }

  @Get('confusion')
  @ApiOperation({ summary: "The bot's intent against the one the agent resolved, over handed-off conversations" })
  async confusion(@Req() request: AuthenticatedRequest, @Query() raw: unknown) {
    return { cells: await intentConfusion(this.store, await this.queries.parse(request, raw)) };
  }

  @Get('export')
  @ApiOperation({ summary: 'Accepted and shipped phrases as Rasa NLU YAML, a Dialogflow intents CSV, or JSONL' })
  async export(
    @Req() request: AuthenticatedRequest,
    @Query('format') format: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const chosen = EXPORT_FORMATS.find((f) => f === format);
    if (!chosen) throw invalidQuery([{ path: 'format', reason: `must be one of ${EXPORT_FORMATS.join(', ')}` }]);
    reply.header('content-type', CONTENT_TYPES[chosen]);
    reply.header('content-disposition', `attachment; filename="${FILE_NAMES[chosen]}"`);
    return this.suggestions.export(request.workspaceId, chosen);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One suggestion with its evidence and decision' })
  get(@Req() request: AuthenticatedRequest, @Param('id') id: string) {
    return this.suggestions.get(request.workspaceId, id);
  }

  @Post(':id/accept')
  @HttpCode(200)
  @ApiOperation({ summary: 'Accepts a suggestion, optionally with edited phrases' })
  accept(@Req() request: AuthenticatedRequest, @Param('id') id: string, @Body() body: RawBatch) {
    const user = requireUser(request, TRAINERS);
    const change = parse(acceptSchema, singleValue(body) ?? {}, 'invalid acceptance');
    return this.suggestions.decide(request.workspaceId, user, id, 'accepted', change);
  }

  @Post(':id/reject')
  @HttpCode(200)
  @ApiOperation({ summary: 'Rejects a suggestion, with a note saying why' })
  reject(@Req() request: AuthenticatedRequest, @Param('id') id: string, @Body() body: RawBatch) {
    const user = requireUser(request, TRAINERS);
    const change = parse(rejectSchema, singleValue(body), 'invalid rejection');
    return this.suggestions.decide(request.workspaceId, user, id, 'rejected', change);
  }

  @Post(':id/ship')
  @HttpCode(200)
  @ApiOperation({ summary: 'Marks an accepted suggestion shipped on a date; lift is measured from it' })
  ship(@Req() request: AuthenticatedRequest, @Param('id') id: string, @Body() body: RawBatch) {
    const user = requireUser(request, TRAINERS);
    const { shipped_at } = parse(shipSchema, singleValue(body), 'invalid ship date');
    return this.suggestions.decide(request.workspaceId, user, id, 'shipped', { shipped_at });
  }

  @Put(':id/phrases')
  @ApiOperation({ summary: "Edits an accepted suggestion's phrases" })
  edit(@Req() request: AuthenticatedRequest, @Param('id') id: string, @Body() body: RawBatch) {
    const user = requireUser(request, TRAINERS);
    const change = parse(phrasesSchema, singleValue(body), 'invalid phrases');
    return this.suggestions.editPhrases(request.workspaceId, user, id, change.phrases);
  }

  @Get(':id/lift')
  @ApiOperation({
    summary: 'Containment and CSAT of the affected intents before and after shipping, with 95 % intervals',
  })
  liftOf(@Req() request: AuthenticatedRequest, @Param('id') id: string) {
    return this.suggestions.lift(request.workspaceId, id);
  }
}
