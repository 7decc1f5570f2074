export { sqlLiteral, stringLiteral, type LiteralValue } from './literal.js';
