import { Inject, Injectable } from '@nestjs/common';
import type { EventRow, StoreAdapter } from '@tandem/store';
import { STORE } from '../store/store.module.js';

interface Pending {
  rows: readonly EventRow[];
  resolve: (stored: Set<EventRow>) => void;
  reject: (error: unknown) => void;
}

/**
 * Group commit: requests that arrive while a write is running are merged into the next one, so
 * concurrent clients share one transaction (and its fixed cost) instead of queueing one by one.
 * Each caller learns which of *its* rows were stored; a row whose id another caller in the same
 * group sent first counts as a duplicate for the later one.
 */
@Injectable()
export class EventWriter {
  private pending: Pending[] = [];
  private running = false;

  constructor(@Inject(STORE) private readonly store: StoreAdapter) {}

  /** Resolves, after the commit, with the rows of this call that were new. */
  write(rows: readonly EventRow[]): Promise<Set<EventRow>> {
    return new Promise((resolve, reject) => {
      this.pending.push({ rows, resolve, reject });
      if (!this.running) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.running = true;
    while (this.pending.length > 0) {
      const group = this.pending;
      this.pending = [];
      try {
        // The store keeps the first of repeated keys, so the earlier caller's row is the one stored.
        const fresh = await this.store.appendEvents(group.flatMap(({ rows }) => rows));
        for (const { rows, resolve } of group) {
          resolve(new Set(rows.filter((row) => fresh.has(row))));
        }
      } catch (error) {
        for (const { reject } of group) reject(error);
      }
    }
    this.running = false;
  }
}
