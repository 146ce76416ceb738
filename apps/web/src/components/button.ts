/** DADS buttons: at least 48 px high, a visible focus ring, a disabled look that still reads. */
const base =
  // A label too long for one line wraps with room between its lines (the type's own line height is 1).
  'inline-flex min-h-12 items-center justify-center rounded-8 px-6 py-2 text-center text-oln-16B-100 leading-[1.4] underline-offset-4 focus-visible:outline-4 focus-visible:outline-offset-2 focus-visible:outline-black disabled:cursor-not-allowed';

export const primaryButton = `${base} bg-blue-900 text-white hover:bg-blue-1000 hover:underline disabled:bg-solid-gray-300`;
export const secondaryButton = `${base} border border-blue-900 bg-white text-blue-900 hover:bg-blue-50 hover:underline`;
export const linkStyle = 'text-blue-1000 underline underline-offset-4 hover:decoration-2 focus-visible:outline-4 focus-visible:outline-offset-2 focus-visible:outline-black';
