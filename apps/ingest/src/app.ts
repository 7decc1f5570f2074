import 'reflect-metadata';
import fastifyStatic from '@fastify/static';
import { BadRequestException } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import type { StoreAdapter } from '@tandem/store';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { AppModule } from './app.module.js';
import { ApiKeyService } from './auth/api-key.service.js';
import type { Config } from './config/config.js';
import { parseJsonBody, parseNdjsonBody, UnreadableBodyError } from './ingest/raw-batch.js';
import { DEFAULT_WORKSPACE, WorkspaceRepository } from './workspaces/workspace.repository.js';

/** The built dashboard: one process and one port serve the API and the pages. */
const DASHBOARD_DIR = fileURLToPath(new URL('../../dashboard/dist/', import.meta.url));

function badRequest(error: unknown): Error {
  return error instanceof UnreadableBodyError ? new BadRequestException(error.message) : (error as Error);
}

/** Builds the whole service around a store: used by the start command and by integration tests alike. */
export async function createApp(config: Config, store: StoreAdapter): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    bodyLimit: Math.round(config.TANDEM_BODY_LIMIT_MB * 1024 * 1024),
    logger: config.TANDEM_LOG_LEVEL === 'silent' ? false : { level: config.TANDEM_LOG_LEVEL },
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.create(config, store), adapter, {
    logger: config.TANDEM_LOG_LEVEL === 'silent' ? false : ['error', 'warn', 'log'],
    bodyParser: false,
  });
  const fastify = app.getHttpAdapter().getInstance();
  fastify.removeAllContentTypeParsers();
  fastify.addContentTypeParser('application/json', { parseAs: 'buffer' }, (_req, body, done) => {
    try {
      done(null, parseJsonBody(body as Buffer));
    } catch (error) {
      done(badRequest(error), undefined);
    }
  });
  fastify.addContentTypeParser(
    ['application/x-ndjson', 'application/jsonl'],
    { parseAs: 'buffer' },
    (_req, body, done) => {
      try {
        done(null, parseNdjsonBody(body as Buffer));
      } catch (error) {
        done(badRequest(error), undefined);
      }
    },
  );

  if (existsSync(DASHBOARD_DIR))
    await app.register(fastifyStatic, { root: DASHBOARD_DIR, prefix: '/', wildcard: false });

  const openApi = new DocumentBuilder()
    .setTitle('Tandem API')
    .setDescription('Ingest conversation events from bot and human channels; read KPIs that reconcile by hand.')
    .setVersion('1')
    .addBearerAuth()
    .build();
  SwaggerModule.setup('api/docs', app, () => SwaggerModule.createDocument(app, openApi), {
    jsonDocumentUrl: 'api/docs/openapi.json',
  });

  await app.init();
  const now = new Date();
  await app.get(WorkspaceRepository).ensure(DEFAULT_WORKSPACE, 'Default workspace', config.TANDEM_TIMEZONE, now);
  if (config.TANDEM_API_KEY)
    await app.get(ApiKeyService).ensure(DEFAULT_WORKSPACE, 'from TANDEM_API_KEY', config.TANDEM_API_KEY, now);
  return app;
}
