import type { ConversationDocumentInput } from '@tandem/schema';

/**
 * Turns one kind of export into conversation documents (DESIGN §1.2). Importers only reshape: they do not
 * validate, so the caller runs `DocumentValidator` on each document and can report a bad one without
 * losing the good ones beside it.
 */
export interface Importer {
  /** The format name the CLI takes: `tandem import <name> <path>`. */
  readonly name: string;
  /** One line for `tandem import --help`. */
  readonly description: string;
  /** The documents in `path`, in a stable order; the same file always gives the same documents. */
  read(path: string): AsyncIterable<ConversationDocumentInput>;
  /** How many documents `read` will give, for a progress bar; costs a pass over the input. */
  count?(path: string): Promise<number>;
}
