export * from './enums.js';
export * from './events.js';
export * from './document.js';
export * from './validation.js';
export { EARLIEST_TS, MAX_FUTURE_MS } from './timestamp.js';
