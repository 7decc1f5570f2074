const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;

/** Dialogues started per synthetic day: at 20-minute steps they fill 09:00–18:40 local time. */
const DIALOGUES_PER_DAY = 30;
const DIALOGUE_STEP_MS = 20 * MINUTE_MS;
/** A fixed pause between turns; the sources carry no timing, so none is pretended. */
const TURN_GAP_MS = 30_000;

/**
 * Timestamps for data sets that have none. Dialogue `index` (its position in the file) starts on day
 * `floor(index / 30)` after the first start, at `(index % 30) × 20` minutes past it; turn `t` follows `t × 30 s`
 * later. Everything follows from the index, so re-importing a file gives the same instants (and event ids).
 */
export class SyntheticClock {
  private readonly firstStartMs: number;
  private readonly offset: string;
  private readonly offsetMs: number;

  /** @param firstStart the first dialogue's start with the data set's local offset, e.g. `2024-03-04T09:00:00+08:00` */
  constructor(firstStart: string) {
    const offset = firstStart.slice(-6);
    if (!/^[+-]\d{2}:\d{2}$/.test(offset)) {
      throw new Error(`${firstStart}: give the first start with a numeric offset such as +08:00`);
    }
    this.firstStartMs = Date.parse(firstStart);
    this.offset = offset;
    // The same wall-clock time read as UTC, minus the real instant, is the offset.
    this.offsetMs = Date.parse(`${firstStart.slice(0, -6)}Z`) - this.firstStartMs;
  }

  /** RFC 3339 instant of turn `turn` of dialogue `index`, written in the data set's local offset. */
  at(index: number, turn: number): string {
    const day = Math.floor(index / DIALOGUES_PER_DAY);
    const step = index % DIALOGUES_PER_DAY;
    const ms = this.firstStartMs + day * DAY_MS + step * DIALOGUE_STEP_MS + turn * TURN_GAP_MS;
    // Shift to local wall-clock time, then print it with the offset instead of `Z`.
    return new Date(ms + this.offsetMs).toISOString().slice(0, 19) + this.offset;
  }
}
