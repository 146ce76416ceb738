/**
 * Expense categories (after the 節 of municipal budgets) that activity subsidies usually
 * cover, for programs whose source does not list them. 食糧費 (food and drink) is left out on
 * purpose: most rules exclude it, so a budget line for it shows how ineligible lines count for nothing.
 */
export function exampleActivityExpenseCategories(): string[] {
  return ['報償費', '旅費', '消耗品費', '印刷製本費', '通信運搬費', '使用料及び賃借料', '委託料', '備品購入費'];
}
