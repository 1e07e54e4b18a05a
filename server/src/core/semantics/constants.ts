// Constant property values: literals, possibly with a sign (`17`, `-0.25pp`, `£213.43`, `2023/24`).

import type { Expr } from '../syntax/ast';
import type { ValueType } from './types';

export interface Constant {
  readonly type: ValueType;
  /** The numeric value for numbers, percents and pp (percent units); the start year for fiscal years. */
  readonly value?: number;
}

/** The type and value of a literal, or undefined when the expression is not a literal. */
export function constantOf(expr: Expr): Constant | undefined {
  switch (expr.kind) {
    case 'Number':
      return { type: 'number', value: expr.value };
    case 'Percent':
      return { type: 'percent', value: expr.value };
    case 'Pp':
      return { type: 'pp', value: expr.value };
    case 'Money':
      return { type: 'money', value: Number(expr.pence) / 100 };
    case 'FiscalYear':
      return { type: 'fiscal_year', value: expr.startYear };
    case 'Text':
      return { type: 'text' };
    case 'Bool':
      return { type: 'bool', value: expr.value ? 1 : 0 };
    case 'Code':
      return { type: 'code' };
    case 'Paren':
      return expr.inner === undefined ? undefined : constantOf(expr.inner);
    case 'Unary': {
      if (expr.op === 'not' || expr.operand === undefined) return undefined;
      const inner = constantOf(expr.operand);
      if (inner === undefined || !['number', 'percent', 'pp', 'money'].includes(inner.type)) return undefined;
      return expr.op === '-' && inner.value !== undefined ? { type: inner.type, value: -inner.value } : inner;
    }
    case 'Reference':
    case 'Binary':
    case 'Comparison':
    case 'InList':
    case 'StartsWith':
    case 'Aggregate':
    case 'List':
      return undefined;
  }
}
