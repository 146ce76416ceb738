import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { components } from '../../../../libs/api-client/src/index.js';
import { api, setCsrfToken, unwrap, whenSessionEnds } from './client.js';

export type Session = components['schemas']['SessionResponseDto'];
type LoginRequest = components['schemas']['LoginRequestDto'];

/** Seconds before the end at which the app warns (and offers to renew). */
export const WARN_SECONDS_BEFORE_END = 5 * 60;

interface SessionState {
  /** undefined while the first GET /auth/session is under way; null when nobody is signed in. */
  session: Session | null | undefined;
  /** Seconds until the session ends, counted down in the browser from the server's figure. */
  secondsLeft: number;
  /** Why the last session ended, for the sign-in screen to say. */
  ended: 'expired' | 'signedOut' | null;
  signIn(credentials: LoginRequest): Promise<Session>;
  signOut(): Promise<void>;
  renew(): Promise<void>;
  replace(session: Session): void;
}

const SessionContext = createContext<SessionState | null>(null);

/** The browser's session: read after a reload, counted down, warned about, renewed, ended. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<Session | null | undefined>(undefined);
  const [endsAt, setEndsAt] = useState(0);
  const [now, setNow] = useState(() => Date.now());
  const [ended, setEnded] = useState<SessionState['ended']>(null);

  const replace = useCallback((next: Session) => {
    setCsrfToken(next.csrfToken);
    setEndsAt(Date.now() + next.secondsLeft * 1000);
    setEnded(null);
    setSession(next);
  }, []);
  const end = useCallback((why: SessionState['ended']) => {
    setCsrfToken(null);
    setSession(null);
    setEnded(why);
  }, []);

  useEffect(() => whenSessionEnds(() => end('expired')), [end]);

  useEffect(() => {
    api.GET('/auth/session').then(({ data }) => (data ? replace(data) : setSession(null)), () => setSession(null));
  }, [replace]);

  useEffect(() => {
    if (!session) return;
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, [session]);

  const secondsLeft = Math.max(0, Math.round((endsAt - now) / 1000));
  useEffect(() => {
    if (session && secondsLeft === 0) end('expired');
  }, [session, secondsLeft, end]);

  const value = useMemo<SessionState>(
    () => ({
      session,
      secondsLeft,
      ended,
      replace,
      async signIn(credentials) {
        const next = await unwrap(api.POST('/auth/session', { body: credentials }));
        replace(next);
        return next;
      },
      async signOut() {
        await api.POST('/auth/logout');
        end('signedOut');
      },
      async renew() {
        replace(await unwrap(api.POST('/auth/session/renew')));
      },
    }),
    [session, secondsLeft, ended, replace, end],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionState {
  const state = useContext(SessionContext);
  if (!state) throw new Error('useSession outside SessionProvider');
  return state;
}
