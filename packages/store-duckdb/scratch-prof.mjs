import { DuckDbStore } from './dist/index.js';
import { generateEvents } from '../../fixtures/dist/index.js';
import { toEventRow } from '../store/dist/index.js';
import { EventValidator } from '../schema/dist/index.js';
const store = await DuckDbStore.open({ path: process.argv[2] ?? ':memory:' });
if (process.argv[4]) await store['writer'].run(`SET checkpoint_threshold = '${process.argv[4]}'`);
const w = store['writer'];
const origRun = w.run.bind(w);
const origRAA = w.runAndReadAll.bind(w);
const times = {};
const wrap = (f) => async (sql, p) => {
  const t = performance.now();
  const r = await f(sql, p);
  const k = sql.trim().slice(0, 40).replace(/\s+/g, ' ');
  times[k] = (times[k] ?? 0) + performance.now() - t;
  return r;
};
w.run = wrap(origRun);
w.runAndReadAll = wrap(origRAA);
const v = new EventValidator({ now: () => Date.parse('2026-11-02T00:00:00Z') });
let rows = [];
let tv = 0,
  tw = 0,
  n = 0;
const t0 = performance.now();
for (const e of generateEvents({
  conversations: Number(process.argv[3] ?? 20000),
  seed: 3,
  anchor: '2026-11-01T00:00:00Z',
})) {
  const a = performance.now();
  const c = v.validate(e);
  rows.push(toEventRow('default', c.event, c.attributes, '2026-11-01T00:00:00.000Z'));
  tv += performance.now() - a;
  if (rows.length === 20000) {
    const b = performance.now();
    await store.appendEvents(rows);
    tw += performance.now() - b;
    n += rows.length;
    rows = [];
  }
}
console.log({ n, total: performance.now() - t0, validate: tv, write: tw });
console.table(Object.fromEntries(Object.entries(times).map(([k, v]) => [k, Math.round(v)])));
await store.close();
