export * from './enums.js';
export * from './events.js';
export * from './document.js';
export * from './validation.js';
export * from './settings.js';
