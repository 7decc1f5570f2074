import {
  AndNode,
  BinaryOperationNode,
  ColumnNode,
  OperatorNode,
  ParensNode,
  PrimitiveValueListNode,
  ReferenceNode,
  ValueListNode,
  ValueNode,
  type OperationNode,
} from 'kysely';

const KEY_OPERATORS = new Set(['=', 'in']);

/** The conjuncts of a filter's top chain of ANDs, through parentheses. */
function conjuncts(node: OperationNode): OperationNode[] {
  if (ParensNode.is(node)) return conjuncts(node.node);
  if (AndNode.is(node)) return [...conjuncts(node.left), ...conjuncts(node.right)];
  return [node];
}

function isPlainValue(node: OperationNode): boolean {
  return (
    ValueNode.is(node) ||
    PrimitiveValueListNode.is(node) ||
    (ValueListNode.is(node) && node.values.every((v) => ValueNode.is(v)))
  );
}

/**
 * The conditions of a WHERE that pin key columns of one table source to values (`k = v`, `k IN (…)`),
 * rewritten without their table name, so they can be repeated inside the subquery that reads that
 * table. A key column has one value across every version of a row, so filtering on it before FINAL
 * keeps exactly the rows FINAL would have kept for those keys. `source` is the table's name or alias;
 * unqualified columns count only when the query reads no other table.
 */
export function keyConditions(
  where: OperationNode,
  source: string,
  keys: readonly string[],
  alone: boolean,
): OperationNode[] {
  const pushed: OperationNode[] = [];
  for (const condition of conjuncts(where)) {
    if (!BinaryOperationNode.is(condition)) continue;
    const { leftOperand: left, operator, rightOperand: right } = condition;
    if (!ReferenceNode.is(left) || !ColumnNode.is(left.column)) continue;
    if (!OperatorNode.is(operator) || !KEY_OPERATORS.has(operator.operator) || !isPlainValue(right)) continue;
    const column = left.column.column.name;
    const table = left.table?.table.identifier.name;
    if (!keys.includes(column) || (table === undefined ? !alone : table !== source)) continue;
    pushed.push(BinaryOperationNode.create(ReferenceNode.create(ColumnNode.create(column)), operator, right));
  }
  return pushed;
}
