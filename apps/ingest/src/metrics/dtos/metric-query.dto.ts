import { canonicalTimeZone, DEFAULT_RECONTACT_HOURS, FILTER_KEYS, localDate, type MetricQuery } from '@tandem/metrics';
import { ApiQuery } from '@nestjs/swagger';
import { invalidQuery, invalidQueryOf } from '../../http/invalid-query.js';
import { z } from 'zod';

const MAX_DAYS = 3 * 366;
const DEFAULT_DAYS = 30;
const date = z.iso.date({ error: 'must be a date, YYYY-MM-DD' });
const list = z
  .union([z.string(), z.array(z.string())])
  .transform((v) =>
    (Array.isArray(v) ? v : [v])
      .flatMap((s) => s.split(','))
      .map((s) => s.trim())
      .filter(Boolean),
  )
  .optional();

const schema = z.object({
  from: date.optional(),
  to: date.optional(),
  tz: z
    .string()
    .transform((tz, ctx) => {
      const canonical = canonicalTimeZone(tz);
      if (canonical) return canonical;
      ctx.addIssue({ code: 'custom', message: 'must be an IANA time zone such as Asia/Shanghai' });
      return z.NEVER;
    })
    .optional(),
  granularity: z.enum(['day', 'week', 'month']).default('day'),
  recontact_hours: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 90)
    .default(DEFAULT_RECONTACT_HOURS),
  ...Object.fromEntries(FILTER_KEYS.map((k) => [k, list])),
});

const DAY = 86_400_000;

/** Query-string parameters every metric endpoint shares, validated once; defaults: the last 30 local days. */
export function parseMetricQuery(
  raw: unknown,
  workspaceId: string,
  workspaceTz: string,
  now = Date.now(),
): MetricQuery {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    throw invalidQueryOf(parsed.error);
  }
  const p = parsed.data as z.output<typeof schema> & Record<(typeof FILTER_KEYS)[number], string[] | undefined>;
  const tz = p.tz ?? workspaceTz;
  const to = p.to ?? localDate(now, tz);
  const from = p.from ?? new Date(Date.parse(to) - (DEFAULT_DAYS - 1) * DAY).toISOString().slice(0, 10);
  const days = (Date.parse(to) - Date.parse(from)) / DAY + 1;
  if (days < 1) throw invalidQuery([{ path: 'to', reason: `must not be before from (${from})` }]);
  if (days > MAX_DAYS) throw invalidQuery([{ path: 'from', reason: `the window may span at most ${MAX_DAYS} days` }]);
  const filters: MetricQuery['filters'] = {};
  for (const key of FILTER_KEYS) if (p[key]?.length) filters[key] = p[key];
  return { workspaceId, from, to, tz, granularity: p.granularity, recontactHours: p.recontact_hours, filters };
}

const COMMON = [
  { name: 'from', description: 'First local day, inclusive (YYYY-MM-DD); default 29 days before `to`' },
  { name: 'to', description: 'Last local day, inclusive; default today in `tz`' },
  { name: 'tz', description: 'IANA time zone; default the workspace zone' },
  { name: 'granularity', enum: ['day', 'week', 'month'] },
  { name: 'recontact_hours', description: 'R of the recontact definition, default 72' },
  { name: 'channel', description: 'Repeat or comma-separate for several' },
  { name: 'scenario' },
  { name: 'queue' },
  { name: 'locale' },
  { name: 'agent' },
  { name: 'intent', description: "The bot's first recognised intent" },
];

/** Documents the parameters every metric route shares in the OpenAPI document. */
export function CommonQuery(): MethodDecorator {
  return (target, key, descriptor) => {
    for (const q of COMMON) ApiQuery({ required: false, ...q })(target, key, descriptor);
  };
}
