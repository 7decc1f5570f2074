export { bootstrapMeanInterval } from './bootstrap.js';
export type { BootstrapOptions } from './bootstrap.js';
export { wilsonInterval } from './wilson.js';
