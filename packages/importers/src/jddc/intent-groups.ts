import { readFile } from 'node:fs/promises';

/** The file beside the dialogues that sorts the fine intents into 11 coarse groups. */
export const INTENT_GROUPS_FILE = 'JDDC-ActionList.txt';

/** Scenario labels for the coarse groups, in the `domain.topic` style of DESIGN §1.1. */
const GROUP_SCENARIOS: Record<string, string> = {
  配送: 'ecommerce.delivery',
  退换: 'ecommerce.returns_refunds',
  发票: 'ecommerce.invoice',
  客服: 'ecommerce.contact',
  产品咨询: 'ecommerce.product_info',
  价保: 'ecommerce.price_protection',
  支付: 'ecommerce.payment',
  bug: 'ecommerce.site_bug',
  维修: 'ecommerce.repair',
  评价: 'ecommerce.reviews',
  预定: 'ecommerce.booking',
};

/**
 * Fine intent → scenario, from lines such as `配送  ['配送周期', '物流全程跟踪', …]`. A few lines of the original
 * are garbled (`'售前运费多少'时间'`); splitting at every quote keeps both fragments as names, so the intact
 * first one (售前运费多少) still finds its group. Without the file there are no groups and no scenario.
 */
export async function readIntentGroups(path: string): Promise<Map<string, string>> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return new Map();
    throw error;
  }
  const scenarios = new Map<string, string>();
  for (const line of text.split('\n')) {
    const open = line.indexOf('[');
    if (open < 0) continue;
    const group = line.slice(0, open).trim();
    const names = line
      .slice(open + 1, line.lastIndexOf(']'))
      .split("'")
      .map((name) => name.trim())
      .filter((name) => name !== '' && name !== ',');
    for (const name of names) scenarios.set(name, GROUP_SCENARIOS[group] ?? `ecommerce.${group}`);
  }
  return scenarios;
}

/**
 * The scenario most of the customer's intents fall in; a tie goes to the one mentioned first, being the
 * reason for contact. Intents outside every group (OTHER, 订单状态解释, …) do not vote.
 */
export function dominantScenario(intents: readonly string[], scenarios: ReadonlyMap<string, string>): string | null {
  const votes = new Map<string, number>();
  for (const intent of intents) {
    const scenario = scenarios.get(intent);
    if (scenario) votes.set(scenario, (votes.get(scenario) ?? 0) + 1);
  }
  let best: string | null = null;
  let bestVotes = 0;
  for (const [scenario, n] of votes) {
    if (n > bestVotes) [best, bestVotes] = [scenario, n];
  }
  return best;
}
