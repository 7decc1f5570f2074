import { DocumentValidator, type ConversationDocumentInput } from '@tandem/schema';

/** Helpers for the specs beside the importers; not part of the package's API. */

export async function collect(
  documents: AsyncIterable<ConversationDocumentInput>,
): Promise<ConversationDocumentInput[]> {
  const all: ConversationDocumentInput[] = [];
  for await (const document of documents) all.push(document);
  return all;
}

/** `id: path reason` for every document the ingestion validator would reject; empty when all pass. */
export function rejections(documents: readonly ConversationDocumentInput[]): string[] {
  const validator = new DocumentValidator();
  return documents.flatMap((document) => {
    const result = validator.validate(document);
    return result.ok ? [] : result.errors.map((e) => `${String(document.id)}: ${e.path} ${e.reason}`);
  });
}

/** How many items have each value of `key` (`String(value)`, so a missing one counts as `undefined`). */
export function tally<T>(items: readonly T[], key: (item: T) => unknown): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) {
    const value = String(key(item));
    counts[value] = (counts[value] ?? 0) + 1;
  }
  return counts;
}
