export { startService, type RunningService, type ServiceOptions } from './service.js';
export { chromiumExecutable, launchChromium } from './chromium.js';
export { clickHouseClusterUrl, clickHouseUrl } from './clickhouse.js';
