import { useEffect, useState } from 'react';

/**
 * What a person types into a form, kept on this device as they type it: a reload, a closed
 * tab or an ended session gives it back. `clear` forgets it once the server has taken it.
 */
export function useDraft<T>(key: string, initial: () => T): [T, (change: (current: T) => T) => void, () => void] {
  const [draft, setDraft] = useState<T>(() => {
    const saved = localStorage.getItem(key);
    return saved ? (JSON.parse(saved) as T) : initial();
  });
  useEffect(() => localStorage.setItem(key, JSON.stringify(draft)), [key, draft]);
  return [draft, setDraft, () => localStorage.removeItem(key)];
}

/**
 * A form's draft of text fields, kept as `useDraft` keeps it, with `set(field)` as each
 * field's onChange: what most action forms hold (amounts and dates are typed as text).
 */
export function useDraftFields<T extends { [K in keyof T]: string }>(key: string, initial: () => T) {
  const [draft, setDraft, forget] = useDraft<T>(key, initial);
  const set = (field: keyof T) => (changed: { target: { value: string } }) => setDraft((current) => ({ ...current, [field]: changed.target.value }));
  return { draft, set, forget };
}
