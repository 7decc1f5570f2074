import {
  AliasNode,
  DefaultQueryCompiler,
  IdentifierNode,
  SelectQueryNode,
  TableNode,
  type AndNode,
  type DeleteQueryNode,
  type FromNode,
  type HavingNode,
  type JoinNode,
  type OnNode,
  type OperationNode,
  type OrNode,
  type RawNode,
  type WhereNode,
} from 'kysely';
import { keyConditions } from './key-conditions.js';
import { identifier, sqlLiteral, stringLiteral, type LiteralValue } from '../literal.js';

/** How reads see some tables, beyond their names (docs/clickhouse.md). */
export interface TableReading {
  /**
   * Each such table's sorting key: a query's conditions on these columns are repeated inside the
   * table's subquery, so the primary index narrows what it reads (ClickHouse pushes none into FINAL).
   */
  keys: ReadonlyMap<string, readonly string[]>;
  /**
   * Tables updated by inserting a newer row under the same key (ReplacingMergeTree): reads see only
   * the latest row of each key, through `FINAL`.
   */
  latestOnly: ReadonlySet<string>;
  /**
   * Tables a cluster splits over shards (Distributed): reads of them go in a subquery of their own, so
   * joins and `IN` lists around them run where the query arrived, next to the unsharded tables.
   */
  sharded: ReadonlySet<string>;
}

/** Every table read as it is. */
export const PLAIN_READING: TableReading = { latestOnly: new Set(), sharded: new Set(), keys: new Map() };

/** Raw SQL after which a condition's NULL counts as false, as in a WHERE. */
const CONDITION_BEFORE = /(\bcountIf\(|\bWHEN\s)\s*$/i;

/** Nodes through which a WHERE, ON or HAVING condition stays a plain chain of ANDs and ORs. */
const FILTER_CHAIN = new Set(['AndNode', 'OrNode', 'ParensNode']);

/**
 * Kysely's SQL for ClickHouse: every value written in place by `sqlLiteral`, since 18.16 takes no
 * query parameters; identifiers in backticks, escaped the way ClickHouse reads them; the tables of
 * `TableReading` read through a subquery; and a DELETE as the mutation ClickHouse calls
 * `ALTER TABLE … DELETE`.
 */
export class ClickHouseQueryCompiler extends DefaultQueryCompiler {
  /** True while compiling the top chain of ANDs and ORs of a WHERE, ON or HAVING. */
  private filterTop = false;
  /** The selects being compiled, innermost last. */
  private readonly selects: SelectQueryNode[] = [];

  constructor(private readonly reading: TableReading = PLAIN_READING) {
    super();
    // Every node but the links of a filter's top chain starts outside it.
    const visit = this.visitNode;
    Object.defineProperty(this, 'visitNode', {
      value: (node: OperationNode) => {
        const kept = this.filterTop;
        if (!FILTER_CHAIN.has(node.kind)) this.filterTop = false;
        visit(node);
        this.filterTop = kept;
      },
    });
  }

  protected override visitSelectQuery(node: SelectQueryNode): void {
    this.selects.push(node);
    try {
      super.visitSelectQuery(node);
    } finally {
      this.selects.pop();
    }
  }

  protected override visitWhere(node: WhereNode): void {
    this.append('where ');
    this.visitFilter(node.where);
  }

  protected override visitHaving(node: HavingNode): void {
    this.append('having ');
    this.visitFilter(node.having);
  }

  protected override visitOn(node: OnNode): void {
    this.append('on ');
    this.visitFilter(node.on);
  }

  /**
   * A condition passed to `countIf(…)` or written after `WHEN` in raw SQL counts a row or takes a branch
   * only when true, exactly as a WHERE keeps one, so its top chain keeps the plain operators too.
   */
  protected override visitRaw(node: RawNode): void {
    node.sqlFragments.forEach((fragment, i) => {
      this.append(fragment);
      const parameter = node.parameters[i];
      if (!parameter) return;
      if (CONDITION_BEFORE.test(fragment)) this.visitFilter(parameter);
      else this.visitNode(parameter);
    });
  }

  private visitFilter(condition: OperationNode): void {
    const kept = this.filterTop;
    this.filterTop = true;
    this.visitNode(condition);
    this.filterTop = kept;
  }

  /*
   * ClickHouse 18.16 gets three-valued logic wrong: \`0 AND NULL\` is NULL (SQL says false) and
   * \`0 OR NULL\` is 0 (SQL says unknown), which a NOT around them, or a flag selected as a value, turns
   * into wrong answers. So AND and OR are computed here on codes 0 = false, 1 = unknown, 2 = true, where
   * AND is the least and OR the greatest, then mapped back. The top chain of a filter keeps the plain
   * operators: there unknown and false both reject the row, and the primary index can still be used;
   * so does a condition counted by countIf or tested by CASE WHEN.
   */
  protected override visitAnd(node: AndNode): void {
    if (this.filterTop) super.visitAnd(node);
    else this.appendKleene('least', node);
  }

  protected override visitOr(node: OrNode): void {
    if (this.filterTop) super.visitOr(node);
    else this.appendKleene('greatest', node);
  }

  private appendKleene(combine: 'least' | 'greatest', node: AndNode | OrNode): void {
    this.append(`toUInt8(intDiv(nullIf(${combine}(ifNull(toUInt8(`);
    this.visitNode(node.left);
    this.append(') * 2, 1), ifNull(toUInt8(');
    this.visitNode(node.right);
    this.append(') * 2, 1)), 1), 2))');
  }

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

  protected override sanitizeIdentifier(name: string): string {
    // The backticks around it come from the wrappers above.
    return identifier(name).slice(1, -1);
  }

  protected override visitFrom(node: FromNode): void {
    if (!this.parentNode || !SelectQueryNode.is(this.parentNode)) return super.visitFrom(node);
    this.append('from ');
    node.froms.forEach((source, i) => {
      if (i > 0) this.append(', ');
      this.appendSource(source);
    });
  }

  protected override visitJoin(node: JoinNode): void {
    this.append(JOIN_SQL[node.joinType] ?? node.joinType);
    this.append(' ');
    this.appendSource(node.table);
    if (node.on) {
      this.append(' ');
      this.visitNode(node.on);
    }
  }

  protected override visitDeleteQuery(node: DeleteQueryNode): void {
    const [table, ...more] = node.from.froms;
    if (!table || more.length > 0 || node.joins || node.using || node.returning || node.limit || node.with) {
      throw new Error('a ClickHouse delete names one table and a condition, nothing more');
    }
    this.append('alter table ');
    this.visitNode(table);
    this.append(' delete ');
    if (!node.where) throw new Error('a ClickHouse delete needs a condition; deleting everything is not offered');
    this.visitNode(node.where);
  }

  /** A table read in FROM or JOIN, as a subquery when `reading` says so, under its own name or alias. */
  private appendSource(source: OperationNode): void {
    const table = AliasNode.is(source) ? source.node : source;
    if (!TableNode.is(table)) return this.visitNode(source);
    const name = table.table.identifier.name;
    const latest = this.reading.latestOnly.has(name);
    if (!latest && !this.reading.sharded.has(name)) return this.visitNode(source);
    const alias = AliasNode.is(source) ? source.alias : table.table.identifier;
    const select = this.selects.at(-1);
    const pinned = select?.where
      ? keyConditions(
          select.where.where,
          IdentifierNode.is(alias) ? alias.name : name,
          this.reading.keys.get(name) ?? [],
          (select.from?.froms.length ?? 0) <= 1 && !select.joins?.length,
        )
      : [];
    this.append('(select * from ');
    this.visitNode(table);
    if (latest) this.append(' final');
    pinned.forEach((condition, i) => {
      this.append(i === 0 ? ' where ' : ' and ');
      this.visitNode(condition);
    });
    this.append(') as ');
    this.visitNode(alias);
  }
}

const JOIN_SQL: Record<string, string> = {
  InnerJoin: 'inner join',
  LeftJoin: 'left join',
  RightJoin: 'right join',
  FullJoin: 'full join',
  CrossJoin: 'cross join',
};
