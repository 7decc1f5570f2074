/**
 * Wilson's score interval for a proportion (Wilson 1927; method 3 in Newcombe 1998): the proportions a
 * score test at `z` would not reject. Unlike the textbook p ± z·se it stays inside [0, 1] and does not
 * collapse to a zero-width interval at 0 or n successes, which is where small QA samples often sit.
 *
 * `z` defaults to the two-sided 95% normal quantile. Null when there are no trials.
 */
export function wilsonInterval(successes: number, trials: number, z = 1.959963984540054): [number, number] | null {
  if (!Number.isInteger(trials) || trials < 0) {
    throw new RangeError(`wilsonInterval: trials must be a whole number ≥ 0, got ${trials}`);
  }
  if (!Number.isInteger(successes) || successes < 0 || successes > trials) {
    throw new RangeError(`wilsonInterval: successes must be a whole number from 0 to ${trials}, got ${successes}`);
  }
  if (!Number.isFinite(z) || z <= 0) throw new RangeError(`wilsonInterval: z must be a positive number, got ${z}`);
  if (trials === 0) return null;

  const p = successes / trials;
  const zz = z * z;
  const scale = 1 + zz / trials;
  const centre = (p + zz / (2 * trials)) / scale;
  const halfWidth = (z / scale) * Math.sqrt((p * (1 - p)) / trials + zz / (4 * trials * trials));
  // The interval touches 0 with no successes and 1 with all of them; set those ends exactly rather
  // than leave rounding dust on either side of the bound.
  return [successes === 0 ? 0 : centre - halfWidth, successes === trials ? 1 : centre + halfWidth];
}
