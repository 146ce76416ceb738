/**
 * The refused value as an aside of a Japanese sentence: （入力: -1）, （入力: 三）, or （入力なし）
 * when nothing was given, so the person sees what the system read. Long values are cut short.
 */
export function enteredJa(value: unknown): string {
  if (value === undefined || value === null || value === '') return '（入力なし）';
  const shown = typeof value === 'string' ? value : typeof value === 'number' ? String(value) : (JSON.stringify(value) ?? typeof value);
  return `（入力: ${shown.length > 40 ? `${shown.slice(0, 37)}…` : shown}）`;
}
