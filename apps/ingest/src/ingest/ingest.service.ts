import { Inject, Injectable } from '@nestjs/common';
import { DocumentValidator, EventValidator, type FieldError } from '@tandem/schema';
import { toEventRow, type EventRow } from '@tandem/store';
import { withSentiment } from '../analysis/message-sentiment.js';
import { EventWriter } from './event-writer.js';
import { summarise, type IngestReport, type RecordResult } from './ingest-report.js';
import type { RawBatch, RawRecord } from './raw-batch.js';

const position = (r: RawRecord) => (r.line === undefined ? { index: r.index } : { index: r.index, line: r.line });

function idOf(value: unknown, field: string): string | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const id = (value as Record<string, unknown>)[field];
  return typeof id === 'string' ? id : undefined;
}

function rejected(r: RawRecord, errors: FieldError[], id: string | undefined): RecordResult {
  return { ...position(r), status: 'rejected', ...(id === undefined ? {} : { id }), errors };
}

/** Validates each record on its own, stores the good ones together, and answers per record. */
@Injectable()
export class IngestService {
  private readonly events = new EventValidator();
  private readonly documents = new DocumentValidator();

  constructor(@Inject(EventWriter) private readonly writer: EventWriter) {}

  async ingestEvents(workspaceId: string, batch: RawBatch): Promise<IngestReport> {
    const receivedAt = new Date().toISOString();
    const results: RecordResult[] = new Array(batch.records.length);
    const rows: EventRow[] = [];
    const rowOf: (EventRow | undefined)[] = new Array(batch.records.length);
    for (const record of batch.records) {
      if (record.parseError) {
        results[record.index] = rejected(record, [{ path: '', reason: record.parseError }], undefined);
        continue;
      }
      const checked = this.events.validate(record.value);
      if (!checked.ok) {
        results[record.index] = rejected(record, checked.errors, idOf(record.value, 'event_id'));
        continue;
      }
      const row = withSentiment(toEventRow(workspaceId, checked.event, checked.attributes, receivedAt));
      rows.push(row);
      rowOf[record.index] = row;
    }
    const stored = await this.writer.write(rows);
    for (const record of batch.records) {
      const row = rowOf[record.index];
      if (!row) continue;
      results[record.index] = {
        ...position(record),
        status: stored.has(row) ? 'accepted' : 'duplicate',
        id: row.event_id,
      };
    }
    return summarise(results);
  }

  /** Each document expands into events that are stored together: a document is never half-stored. */
  async ingestDocuments(workspaceId: string, batch: RawBatch): Promise<IngestReport> {
    const receivedAt = new Date().toISOString();
    const results: RecordResult[] = new Array(batch.records.length);
    const rows: EventRow[] = [];
    const rowsOf: EventRow[][] = new Array(batch.records.length);
    for (const record of batch.records) {
      if (record.parseError) {
        results[record.index] = rejected(record, [{ path: '', reason: record.parseError }], undefined);
        continue;
      }
      const checked = this.documents.validate(record.value);
      if (!checked.ok) {
        results[record.index] = rejected(record, checked.errors, idOf(record.value, 'id'));
        continue;
      }
      const docRows = checked.events.map((event) =>
        withSentiment(
          toEventRow(workspaceId, event, event.type === 'conversation.started' ? checked.attributes : null, receivedAt),
        ),
      );
      rows.push(...docRows);
      rowsOf[record.index] = docRows;
    }
    const stored = await this.writer.write(rows);
    for (const record of batch.records) {
      const docRows = rowsOf[record.index];
      if (!docRows) continue;
      const fresh = docRows.filter((row) => stored.has(row)).length;
      results[record.index] = {
        ...position(record),
        status: fresh > 0 ? 'accepted' : 'duplicate',
        id: idOf(record.value, 'id'),
        events: docRows.length,
      };
    }
    return summarise(results);
  }
}
