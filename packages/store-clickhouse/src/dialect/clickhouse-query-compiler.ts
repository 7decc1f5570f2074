import { DefaultQueryCompiler } from 'kysely';
import { sqlLiteral, stringLiteral, type LiteralValue } from '../literal.js';

/**
 * Kysely's SQL with every value written in place by `sqlLiteral`, since ClickHouse 18.16 takes no
 * query parameters, and identifiers in backticks, escaped the way ClickHouse reads them.
 */
export class ClickHouseQueryCompiler extends DefaultQueryCompiler {
  protected override appendValue(value: unknown): void {
    this.append(sqlLiteral(value as LiteralValue));
  }

  protected override appendImmediateValue(value: unknown): void {
    this.append(sqlLiteral(value as LiteralValue));
  }

  protected override appendStringLiteral(value: string): void {
    this.append(stringLiteral(value));
  }

  protected override getLeftIdentifierWrapper(): string {
    return '`';
  }

  protected override getRightIdentifierWrapper(): string {
    return '`';
  }

  protected override sanitizeIdentifier(identifier: string): string {
    return identifier.replace(/[\\`]/g, (c) => `\\${c}`);
  }
}
