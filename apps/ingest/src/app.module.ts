import { Module, type DynamicModule } from '@nestjs/common';
import type { StoreAdapter } from '@tandem/store';
import { ApiKeyGuard } from './auth/api-key.guard.js';
import { ApiKeyRepository } from './auth/api-key.repository.js';
import { ApiKeyService } from './auth/api-key.service.js';
import { CONFIG, type Config } from './config/config.js';
import { ConversationsController } from './conversations/conversations.controller.js';
import { ConversationsService } from './conversations/conversations.service.js';
import { TranscriptRepository } from './conversations/transcript.repository.js';
import { EscalationsController } from './escalations/escalations.controller.js';
import { EscalationsService } from './escalations/escalations.service.js';
import { HealthController } from './health/health.controller.js';
import { EventWriter } from './ingest/event-writer.js';
import { IngestController } from './ingest/ingest.controller.js';
import { IngestService } from './ingest/ingest.service.js';
import { InsightsController } from './insights/insights.controller.js';
import { InsightsService } from './insights/insights.service.js';
import { MetricQueryParser } from './metrics/metric-query.parser.js';
import { MetricsController } from './metrics/metrics.controller.js';
import { MetricsService } from './metrics/metrics.service.js';
import { SettingsController } from './settings/settings.controller.js';
import { SettingsRepository } from './settings/settings.repository.js';
import { StoreModule } from './store/store.module.js';
import { WorkspaceRepository } from './workspaces/workspace.repository.js';

@Module({})
export class AppModule {
  static create(config: Config, store: StoreAdapter): DynamicModule {
    return {
      module: AppModule,
      imports: [StoreModule.forRoot(store)],
      controllers: [
        HealthController,
        IngestController,
        MetricsController,
        ConversationsController,
        EscalationsController,
        InsightsController,
        SettingsController,
      ],
      providers: [
        { provide: CONFIG, useValue: config },
        ApiKeyRepository,
        ApiKeyService,
        ApiKeyGuard,
        WorkspaceRepository,
        EventWriter,
        IngestService,
        MetricsService,
        MetricQueryParser,
        TranscriptRepository,
        ConversationsService,
        EscalationsService,
        SettingsRepository,
        InsightsService,
      ],
    };
  }
}
