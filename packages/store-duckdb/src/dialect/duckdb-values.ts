import {
  BIGINT,
  DOUBLE,
  DuckDBTypeId,
  LIST,
  VARCHAR,
  arrayFromArrayValue,
  arrayFromListValue,
  bigintFromBigIntValue,
  blobValue,
  booleanFromValue,
  bytesFromBlobValue,
  dateFromDateValue,
  dateFromTimestampTZValue,
  dateFromTimestampValue,
  doubleFromDecimalValue,
  listValue,
  numberFromValue,
  objectFromIntervalValue,
  objectFromStructValue,
  stringFromValue,
  timestampValue,
} from '@duckdb/node-api';
import type { DuckDBType, DuckDBValue, DuckDBValueConverter } from '@duckdb/node-api';

/** What every column value becomes on the way out of DuckDB. */
export type PlainValue = null | boolean | number | string | Uint8Array | PlainValue[] | { [key: string]: PlainValue };

/** A parameter ready for `DuckDBPreparedStatement.bindValue`; no `type` means node-api infers it from the value. */
export interface DuckDbParameter {
  readonly value: DuckDBValue;
  readonly type?: DuckDBType;
}

// DuckDB's own epoch(INTERVAL) counts a month as 30 days; matching it keeps SQL and JS in agreement.
const SECONDS_PER_MONTH = 30 * 86_400;

// An ISO-8601 timestamp that names its UTC offset (or Z).
const OFFSET_TIMESTAMP =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,6})\d*)?)?\s*(?:Z|([+-])(\d{2}):?(\d{2})?)$/i;

export const toPlainValue: DuckDBValueConverter<PlainValue> = (value, type, convert) => {
  if (value === null) return null;
  switch (type.typeId) {
    case DuckDBTypeId.BOOLEAN:
      return booleanFromValue(value);
    case DuckDBTypeId.TINYINT:
    case DuckDBTypeId.SMALLINT:
    case DuckDBTypeId.INTEGER:
    case DuckDBTypeId.UTINYINT:
    case DuckDBTypeId.USMALLINT:
    case DuckDBTypeId.UINTEGER:
    case DuckDBTypeId.FLOAT:
    case DuckDBTypeId.DOUBLE:
      return numberFromValue(value);
    case DuckDBTypeId.BIGINT:
    case DuckDBTypeId.UBIGINT:
    case DuckDBTypeId.HUGEINT:
    case DuckDBTypeId.UHUGEINT:
      return safeInteger(value, type);
    case DuckDBTypeId.DECIMAL:
      return doubleFromDecimalValue(value);
    case DuckDBTypeId.TIMESTAMP:
      return dateFromTimestampValue(value).toISOString();
    case DuckDBTypeId.TIMESTAMP_TZ:
      return dateFromTimestampTZValue(value).toISOString();
    case DuckDBTypeId.DATE:
      return dateFromDateValue(value).toISOString().slice(0, 10);
    case DuckDBTypeId.INTERVAL: {
      const { months, days, micros } = objectFromIntervalValue(value);
      return months * SECONDS_PER_MONTH + days * 86_400 + Number(micros) / 1e6;
    }
    case DuckDBTypeId.TIME:
    case DuckDBTypeId.VARCHAR:
    case DuckDBTypeId.UUID:
    case DuckDBTypeId.ENUM:
      return stringFromValue(value);
    case DuckDBTypeId.BLOB:
      // node-api hands out a Buffer view; copy so callers get a plain array that owns its memory.
      return new Uint8Array(bytesFromBlobValue(value));
    case DuckDBTypeId.LIST:
      return arrayFromListValue(value, type, convert);
    case DuckDBTypeId.ARRAY:
      return arrayFromArrayValue(value, type, convert);
    case DuckDBTypeId.STRUCT:
      return objectFromStructValue(value, type, convert);
    default:
      throw new TypeError(`DuckDB type ${type.toString()} has no plain JS mapping in the Kysely dialect`);
  }
};

function safeInteger(value: DuckDBValue, type: DuckDBType): number {
  const integer = bigintFromBigIntValue(value, type);
  const number = Number(integer);
  if (!Number.isSafeInteger(number)) {
    throw new RangeError(`${type.toString()} value ${integer} does not fit in a JS number`);
  }
  return number;
}

/**
 * Maps a Kysely parameter to a DuckDB value. `target` is the type DuckDB inferred for the
 * placeholder from its context (INVALID when the context says nothing, as in `select $1`).
 */
export function toDuckDbParameter(value: unknown, target: DuckDBTypeId): DuckDbParameter {
  if (value === null || typeof value === 'boolean' || typeof value === 'bigint') return { value };
  if (typeof value === 'number') {
    // node-api would bind small integers as INTEGER, which overflows in `$1 + $2`.
    return { value, type: Number.isSafeInteger(value) ? BIGINT : DOUBLE };
  }
  if (typeof value === 'string') {
    // DuckDB's text-to-TIMESTAMP cast silently drops a UTC offset, so resolve the instant here.
    const micros = target === DuckDBTypeId.TIMESTAMP ? utcMicros(value) : undefined;
    return micros === undefined ? { value } : { value: timestampValue(micros) };
  }
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new RangeError('Invalid Date given as a DuckDB parameter');
    return { value: timestampValue(BigInt(value.getTime()) * 1000n) };
  }
  if (value instanceof Uint8Array) return { value: blobValue(value) };
  if (Array.isArray(value)) return listParameter(value);
  throw new TypeError(`Unsupported DuckDB parameter of type ${typeof value}`);
}

function listParameter(items: unknown[]): DuckDbParameter {
  if (items.every((item) => item === null || typeof item === 'string')) {
    return { value: listValue(items), type: LIST(VARCHAR) };
  }
  if (items.every((item) => item === null || typeof item === 'number')) {
    return { value: listValue(items), type: LIST(DOUBLE) };
  }
  throw new TypeError('DuckDB array parameters must hold only strings or only numbers');
}

function utcMicros(text: string): bigint | undefined {
  const match = OFFSET_TIMESTAMP.exec(text);
  if (!match) return undefined;
  const [, year, month, day, hour, minute, second, fraction, sign, offsetHours, offsetMinutes] = match;
  const wallMillis = Date.UTC(
    Number(year),
    Number(month) - 1,
    Number(day),
    Number(hour),
    Number(minute),
    Number(second ?? 0),
  );
  const offsetMillis = (sign === '-' ? -1 : 1) * (Number(offsetHours ?? 0) * 60 + Number(offsetMinutes ?? 0)) * 60_000;
  return BigInt(wallMillis - offsetMillis) * 1000n + BigInt((fraction ?? '').padEnd(6, '0'));
}
