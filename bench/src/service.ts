import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const MAIN = fileURLToPath(new URL('../../apps/ingest/dist/main.js', import.meta.url));

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
export async function startService(dbPath: string, env: Record<string, string> = {}): Promise<RunningService> {
  const port = await freePort();
  const key = 'bench-key-0123456789abcdef';
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
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) throw new Error(`service exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch {
      // not listening yet
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
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return { url, key, process: child, memory, cpuSeconds, stop };
}
