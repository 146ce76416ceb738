interface Line {
  category: string;
  amount: number;
}

export interface ExpenseChange {
  category: string;
  before: number;
  after: number;
}

const totalsByCategory = (lines: readonly Line[]) =>
  lines.reduce((sums, line) => sums.set(line.category, (sums.get(line.category) ?? 0) + (line.amount > 0 ? line.amount : 0)), new Map<string, number>());

/**
 * Per kind of expense, the total before beside the total after, where they differ: in the
 * order the kinds first appear, before's first. A kind added or removed counts 0 on the other side.
 */
export function expenseChanges(before: readonly Line[], after: readonly Line[]): ExpenseChange[] {
  const was = totalsByCategory(before);
  const now = totalsByCategory(after);
  return [...new Set([...was.keys(), ...now.keys()])]
    .map((category) => ({ category, before: was.get(category) ?? 0, after: now.get(category) ?? 0 }))
    .filter((change) => change.before !== change.after);
}
