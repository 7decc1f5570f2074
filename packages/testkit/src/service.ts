import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const MAIN = fileURLToPath(new URL('../../../apps/ingest/dist/main.js', import.meta.url));
const STARTUP_LIMIT_MS = 120_000;

export interface ServiceOptions {
  /** A database file, or `:memory:`. */
  dbPath: string;
  /** Environment beside the defaults: no demo data, warnings only. */
  env?: Record<string, string>;
}

export interface RunningService {
  url: string;
  key: string;
  process: ChildProcess;
  /** Resident and peak resident memory of the service process, in MiB (Linux /proc). */
  memory(): { rssMiB: number; peakMiB: number };
  /** CPU time the service process has used so far, user plus system, in seconds (Linux /proc). */
  cpuSeconds(): number;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/** Starts the built service as its own process, as an operator would, and waits until it answers. */
export async function startService({ dbPath, env = {} }: ServiceOptions): Promise<RunningService> {
  const port = await freePort();
  const key = 'tdm_testkit_0123456789abcdef';
  const child = spawn(process.execPath, [MAIN], {
    env: {
      ...process.env,
      PORT: String(port),
      TANDEM_DB_PATH: dbPath,
      TANDEM_API_KEY: key,
      TANDEM_DEMO: '0',
      TANDEM_LOG_LEVEL: 'warn',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  // Demo data loads before the service listens, so a start may take a while.
  const deadline = Date.now() + STARTUP_LIMIT_MS;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`service exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`service did not answer within ${STARTUP_LIMIT_MS / 1000} s`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const memory = () => {
    const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
    const kib = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
    return { rssMiB: Math.round(kib('VmRSS') / 1024), peakMiB: Math.round(kib('VmHWM') / 1024) };
  };
  const cpuSeconds = () => {
    // Fields 14 and 15 of /proc/PID/stat, after the parenthesised command name; in clock ticks (100 Hz).
    const fields = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  };
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return { url, key, process: child, memory, cpuSeconds, stop };
}
