import { canonicalTimeZone } from '@tandem/metrics';
import { z } from 'zod';

const flag = z.enum(['0', '1', 'true', 'false']).transform((v) => v === '1' || v === 'true');

/** Every setting Tandem reads from the environment; `.env.example` lists them with their defaults. */
const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  TANDEM_STORE: z.enum(['duckdb', 'clickhouse']).default('duckdb'),
  TANDEM_DB_PATH: z.string().min(1).default('./data/tandem.duckdb'),
  TANDEM_DUCKDB_MEMORY_LIMIT: z
    .string()
    .regex(/^\d+(\.\d+)?\s*(KB|MB|GB|TB|KiB|MiB|GiB|TiB)$/i, 'must be a size such as 4GB')
    .optional(),
  TANDEM_CLICKHOUSE_URL: z
    .string()
    .url('must be an http(s) URL such as http://127.0.0.1:8123')
    .default('http://127.0.0.1:8123'),
  TANDEM_CLICKHOUSE_DATABASE: z
    .string()
    .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'must be a plain name: letters, digits and _')
    .default('tandem'),
  TANDEM_CLICKHOUSE_USER: z.string().default('default'),
  TANDEM_CLICKHOUSE_PASSWORD: z.string().default(''),
  TANDEM_CLICKHOUSE_CLUSTER: z.string().min(1).optional(),
  TANDEM_CLICKHOUSE_NODES: z
    .string()
    .transform((v) =>
      v
        .split(',')
        .map((url) => url.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.string().url('each must be an http(s) URL')).min(1))
    .optional(),
  TANDEM_API_KEY: z.string().min(16, 'must be at least 16 characters').optional(),
  TANDEM_DEMO: flag.default(true),
  TANDEM_DEMO_CONVERSATIONS: z.coerce.number().int().min(1).max(1_000_000).default(20_000),
  TANDEM_TIMEZONE: z.string().default('UTC'),
  TANDEM_BODY_LIMIT_MB: z.coerce.number().positive().max(1024).default(64),
  TANDEM_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type Config = z.output<typeof schema>;

export class ConfigError extends Error {}

/** Reads and validates the environment once, at start-up; a bad value stops the process with what to fix. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`invalid configuration:\n${lines.join('\n')}`);
  }
  const config = parsed.data;
  const nodes = config.TANDEM_CLICKHOUSE_NODES;
  if (config.TANDEM_CLICKHOUSE_CLUSTER && !nodes?.includes(config.TANDEM_CLICKHOUSE_URL)) {
    throw new ConfigError(
      'invalid configuration:\n  TANDEM_CLICKHOUSE_NODES: list the HTTP URL of every node of cluster ' +
        `${config.TANDEM_CLICKHOUSE_CLUSTER}, comma-separated, TANDEM_CLICKHOUSE_URL among them; schema changes are made on each`,
    );
  }
  const timezone = canonicalTimeZone(config.TANDEM_TIMEZONE);
  if (!timezone) {
    throw new ConfigError(
      `invalid configuration:\n  TANDEM_TIMEZONE: ${config.TANDEM_TIMEZONE} is not an IANA time zone`,
    );
  }
  return { ...config, TANDEM_TIMEZONE: timezone };
}

export const CONFIG = Symbol('Config');
