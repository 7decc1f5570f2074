import { crosswozZhImporter } from './formats/crosswoz-zh.js';
import { documentsImporter } from './formats/documents.js';
import { jddcSatisfactionZhImporter } from './formats/jddc-satisfaction-zh.js';
import { messagesCsvImporter } from './formats/messages-csv.js';
import { twitterCustomerCareEnImporter } from './formats/twitter-customer-care-en.js';
import { ussSatisfactionEnImporter } from './formats/uss-satisfaction-en.js';
import type { Importer } from './importer.js';

export type { Importer } from './importer.js';

/**
 * Importers by format name, for `tandem import <format> <path>`. A Map rather than an object so that a
 * name typed on the command line can never hit an inherited key such as `constructor`.
 */
export const IMPORT_FORMATS: ReadonlyMap<string, Importer> = new Map(
  [
    documentsImporter,
    messagesCsvImporter,
    jddcSatisfactionZhImporter,
    twitterCustomerCareEnImporter,
    ussSatisfactionEnImporter,
    crosswozZhImporter,
  ].map((importer) => [importer.name, importer]),
);
