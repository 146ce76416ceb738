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
