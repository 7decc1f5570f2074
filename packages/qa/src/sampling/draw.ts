import { uniformOf } from '../random.js';
import { dimensionValue, type Candidate } from './candidate.js';
import { allocate } from './allocate.js';
import { weigher } from './risk.js';
import type { SamplePlan } from './sample-plan.js';

export interface DrawnItem {
  conversation_id: string;
  stratum: string;
  weight: number;
}

export interface StratumReport {
  stratum: string;
  population: number;
  quota: number;
  drawn: number;
}

export interface Draw {
  population: number;
  /** In review order: a seeded shuffle, so strata and risk levels are interleaved. */
  items: DrawnItem[];
  strata: StratumReport[];
}

/** The stratum name when nothing is stratified. */
export const WHOLE_POPULATION = 'all';

function stratumOf(candidate: Candidate, plan: SamplePlan): string {
  if (plan.stratify_by.length === 0) return WHOLE_POPULATION;
  return plan.stratify_by.map((dimension) => dimensionValue(candidate, dimension)).join(' / ');
}

/**
 * Draws without replacement, each stratum on its own: a conversation's key is −ln(u) / weight with
 * u fixed by the seed and its id (Efraimidis and Spirakis, 2006: taking the smallest keys draws with
 * probability proportional to weight; with equal weights it is a uniform draw). Nothing depends on
 * the order of `population`, so the same spec and seed over the same data give the same sample.
 */
export function drawSample(population: readonly Candidate[], plan: SamplePlan, seed: number): Draw {
  const weightOf = weigher(population, plan);
  const byStratum = new Map<string, { candidate: Candidate; key: number; weight: number }[]>();
  for (const candidate of population) {
    const stratum = stratumOf(candidate, plan);
    const weight = weightOf(candidate);
    const key = -Math.log(uniformOf(seed, candidate.conversation_id)) / weight;
    let members = byStratum.get(stratum);
    if (!members) byStratum.set(stratum, (members = []));
    members.push({ candidate, key, weight });
  }
  const names = [...byStratum.keys()].sort();
  const quotas = allocate(new Map(names.map((name) => [name, byStratum.get(name)!.length])), plan);
  const items: (DrawnItem & { order: number })[] = [];
  const strata: StratumReport[] = [];
  for (const stratum of names) {
    const members = byStratum.get(stratum)!;
    // Ties (equal keys) are broken by id, which the store guarantees unique.
    members.sort((a, b) => a.key - b.key || (a.candidate.conversation_id < b.candidate.conversation_id ? -1 : 1));
    const quota = quotas.get(stratum)!;
    const chosen = members.slice(0, quota);
    strata.push({ stratum, population: members.length, quota, drawn: chosen.length });
    for (const { candidate, weight } of chosen) {
      items.push({
        conversation_id: candidate.conversation_id,
        stratum,
        weight,
        order: uniformOf(seed ^ 0x5bd1e995, candidate.conversation_id),
      });
    }
  }
  items.sort((a, b) => a.order - b.order || (a.conversation_id < b.conversation_id ? -1 : 1));
  return {
    population: population.length,
    items: items.map(({ conversation_id, stratum, weight }) => ({ conversation_id, stratum, weight })),
    strata,
  };
}
