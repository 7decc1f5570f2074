import type { SamplePlan } from './sample-plan.js';

/**
 * How many conversations each stratum should give. Proportional allocation uses the largest
 * remainder method, so each quota is within one of size × the stratum's share and the quotas add
 * up to the size exactly; ties go to the stratum that sorts first, to stay deterministic.
 * `strata` maps a stratum to its population and must be sorted by stratum.
 */
export function allocate(strata: ReadonlyMap<string, number>, plan: SamplePlan): Map<string, number> {
  const quotas = new Map<string, number>();
  const { allocation } = plan;
  if (typeof allocation === 'object') {
    for (const stratum of strata.keys()) quotas.set(stratum, allocation.per_stratum);
    return quotas;
  }
  const size = plan.size!;
  const names = [...strata.keys()];
  if (allocation === 'equal') {
    const each = Math.floor(size / names.length);
    names.forEach((stratum, i) => quotas.set(stratum, each + (i < size % names.length ? 1 : 0)));
    return quotas;
  }
  const total = [...strata.values()].reduce((a, b) => a + b, 0);
  const target = Math.min(size, total);
  const exact = names.map((stratum) => (target * strata.get(stratum)!) / total);
  const floors = exact.map(Math.floor);
  let left = target - floors.reduce((a, b) => a + b, 0);
  const byRemainder = names.map((_, i) => i).sort((a, b) => exact[b]! - floors[b]! - (exact[a]! - floors[a]!) || a - b);
  for (const i of byRemainder) {
    if (left === 0) break;
    floors[i]!++;
    left--;
  }
  names.forEach((stratum, i) => quotas.set(stratum, floors[i]!));
  return quotas;
}
