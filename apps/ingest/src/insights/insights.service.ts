import { Inject, Injectable } from '@nestjs/common';
import { automationMatrix, cost, handoffQuality, scenarioClasses, type MetricQuery } from '@tandem/metrics';
import type { StoreAdapter } from '@tandem/store';
import { SettingsRepository } from '../settings/settings.repository.js';
import { STORE } from '../store/store.module.js';

/** Views that read the workspace's settings beside the data: handoff quality, scenario classes, cost. */
@Injectable()
export class InsightsService {
  constructor(
    @Inject(STORE) private readonly store: StoreAdapter,
    @Inject(SettingsRepository) private readonly settings: SettingsRepository,
  ) {}

  async handoff(q: MetricQuery) {
    return handoffQuality(this.store, q, await this.settings.get(q.workspaceId));
  }

  async scenarioClasses(q: MetricQuery) {
    return scenarioClasses(this.store, q, await this.settings.get(q.workspaceId));
  }

  async opportunities(q: MetricQuery) {
    return automationMatrix(this.store, q, await this.settings.get(q.workspaceId));
  }

  async cost(q: MetricQuery) {
    return cost(this.store, q, await this.settings.get(q.workspaceId));
  }
}
