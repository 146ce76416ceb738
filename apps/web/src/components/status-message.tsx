import { type RefObject, useRef, useState } from 'react';

/**
 * What an act on the screen did ("…を閉庁日にしました。"), said where the focus goes: the
 * button pressed may be gone (a row removed), and a screen reader reads the status out.
 */
export function useStatusMessage() {
  const [said, setSaid] = useState('');
  const statusRef = useRef<HTMLParagraphElement>(null);
  const tell = (message: string) => {
    setSaid(message);
    // Focus once React has drawn the new text.
    requestAnimationFrame(() => statusRef.current?.focus());
  };
  /** Takes the last word back when a new act starts: a save refused must not sit under 「保存しました」. */
  const clear = () => setSaid('');
  return { said, tell, clear, statusRef };
}

/** The status line `useStatusMessage` fills: hidden until something is said. */
export function StatusMessage({ said, statusRef }: { said: string; statusRef: RefObject<HTMLParagraphElement | null> }) {
  return (
    <p ref={statusRef} tabIndex={-1} role="status" className={said ? 'rounded-8 border-2 border-green-900 bg-green-50 p-4 text-std-16B-170' : 'sr-only'}>
      {said}
    </p>
  );
}
