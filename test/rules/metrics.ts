// A metric declaration for rule tests, over the prelude's `qof` dataset.

export function metric(name: string, contract: string, kind: string, points = 10, extra = ''): string {
  return `metric ${name} {
  contract: ${contract}
  kind: ${kind}
  from qof
  numerator: sum(achieved)
  denominator: sum(eligible)
  thresholds: 40% to 80%
  points: ${points}
  by practice${extra}
}
`;
}
