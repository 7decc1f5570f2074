export { startService, type RunningService, type ServiceOptions } from './service.js';
export { chromiumExecutable, launchChromium } from './chromium.js';
export { clickHouseCluster, clickHouseClusterUrl, clickHouseUrl, type ClickHouseClusterSetup } from './clickhouse.js';
export { HOSTILE_STRINGS } from './hostile-strings.js';
export { storeSetups, type StoreSetup } from './store-setups.js';
