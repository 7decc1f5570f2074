import type { StoreAdapter } from '@tandem/store';
import type { Config } from '../config/config.js';
import { openStore } from '../store/open-store.js';

/** Opens the embedded store for a one-off command, explaining the one case people hit: a running service. */
export async function openStoreForCommand(config: Config): Promise<StoreAdapter> {
  const path = config.TANDEM_DB_PATH;
  try {
    return await openStore(config, path);
  } catch (error) {
    if (/lock/i.test((error as Error).message)) {
      throw new Error(
        `${path} is in use by a running Tandem service (one process owns the database file). ` +
          'Stop the service first, or for imports pass --url and --key to send the data through it.',
        { cause: error },
      );
    }
    throw error;
  }
}
