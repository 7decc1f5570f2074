export { sqlLiteral, stringLiteral, type LiteralValue } from './literal.js';
export { ClickHouseDialect } from './dialect/index.js';
export { clickHouseFunctions } from './engine-functions.js';
