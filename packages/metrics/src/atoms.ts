import {
  AndNode,
  ExpressionWrapper,
  OperatorNode,
  OrNode,
  ParensNode,
  sql,
  UnaryOperationNode,
  ValueNode,
  type AliasableExpression,
  type Expression,
  type Kysely,
  type OperationNode,
  type SelectQueryBuilder,
  type SqlBool,
} from 'kysely';
import type { EngineFunctions } from '@tandem/store';

/**
 * Conditions split into their distinct leaf comparisons ("atoms") and their boolean structure over
 * those atoms. Dozens of metrics' conditions are a few atoms combined in different ways: a scan can
 * evaluate each atom once and count rows per combination of atom values, and the conditions are
 * then evaluated over those few combinations instead of over every row.
 */
export interface Factorised {
  /** Each distinct leaf once, in first-seen order; select it as `atomColumn(i)`. */
  atoms: AliasableExpression<SqlBool>[];
  /** Each condition, in the order given, rewritten over the `atomColumn(i)` columns. */
  structures: Expression<SqlBool>[];
}

const atomColumn = (i: number) => `atom_${i}`;
/** The column `countEach` gives the count of its `i`th condition. */
export const countColumn = (i: number) => `count_${i}`;
const COMBINATION_ROWS = 'combination_rows';

/** Values that JSON would write alike (or not at all) keep their type in an atom's key. */
function typedValue(this: Record<string, unknown>, name: string, value: unknown): unknown {
  const raw = this[name];
  if (typeof raw === 'bigint') return { bigint: String(raw) };
  if (raw instanceof Date) return { date: raw.toISOString() };
  if (typeof raw === 'number' && !Number.isFinite(raw)) return { number: String(raw) };
  if (raw === undefined) return { undefined: true };
  return value;
}

/**
 * Splits each condition into atoms and structure. AND, OR, NOT and parentheses are structure;
 * every other node (a comparison, an engine function) is an atom, and constants stay as they are.
 * An atom is selected with its own value, NULL included, so the structure evaluated over the
 * atom columns gives each row the same three-valued result as the condition itself.
 */
export function factorise(conditions: Expression<SqlBool>[]): Factorised {
  const keys = new Map<string, number>();
  const atoms: AliasableExpression<SqlBool>[] = [];
  const rewrite = (node: OperationNode): OperationNode => {
    if (AndNode.is(node)) return AndNode.create(rewrite(node.left), rewrite(node.right));
    if (OrNode.is(node)) return OrNode.create(rewrite(node.left), rewrite(node.right));
    if (ParensNode.is(node)) return ParensNode.create(rewrite(node.node));
    if (UnaryOperationNode.is(node) && OperatorNode.is(node.operator) && node.operator.operator === 'not') {
      return UnaryOperationNode.create(node.operator, rewrite(node.operand));
    }
    if (ValueNode.is(node)) return node;
    const key = JSON.stringify(node, typedValue);
    let index = keys.get(key);
    if (index === undefined) {
      index = atoms.length;
      keys.set(key, index);
      atoms.push(new ExpressionWrapper<never, never, SqlBool>(node));
    }
    return sql.ref(atomColumn(index)).toOperationNode();
  };
  const structures = conditions.map(
    (c) => new ExpressionWrapper<never, never, SqlBool>(rewrite(c.toOperationNode())) as Expression<SqlBool>,
  );
  return { atoms, structures };
}

/**
 * How many of `rows` satisfy each condition, per group of `keys`, in one query: the rows are
 * counted per group and combination of the conditions' atoms, and each condition then sums those
 * counts. It answers with the keys under their aliases and `countColumn(i)` per condition, 0 where
 * none does; ordering is the caller's.
 */
export function countEach<DB, TB extends keyof DB>(
  db: Kysely<DB>,
  sumIf: EngineFunctions['sumIf'],
  rows: SelectQueryBuilder<DB, TB, object>,
  conditions: Expression<SqlBool>[],
  keys: Record<string, AliasableExpression<unknown>> = {},
) {
  const { atoms, structures } = factorise(conditions);
  const names = Object.keys(keys);
  const keyRefs = names.map((name) => sql.ref(name));
  const combinations = rows
    .select([
      ...Object.entries(keys).map(([name, key]) => key.as(name)),
      ...atoms.map((atom, i) => atom.as(atomColumn(i))),
      sql<number>`count(*)`.as(COMBINATION_ROWS),
    ])
    .groupBy([...keyRefs, ...atoms.map((_, i) => sql.ref(atomColumn(i)))]);
  const counts = (db as unknown as Kysely<object>)
    .selectFrom(combinations.as('combinations'))
    .select([
      ...names.map((name, i) => keyRefs[i]!.as(name)),
      ...structures.map((structure, i) => sumIf(sql.ref(COMBINATION_ROWS), structure).as(countColumn(i))),
    ]);
  return names.length > 0 ? counts.groupBy(keyRefs) : counts;
}
