import { type ComponentType, lazy, type LazyExoticComponent, Suspense } from 'react';
import { texts } from '../../texts.js';

/** A screen loaded when first opened: one module's named export, as React.lazy wants a default one. */
const screen = <P extends object>(load: () => Promise<ComponentType<P>>): LazyExoticComponent<ComponentType<P>> =>
  lazy(async () => ({ default: await load() }));

/**
 * The administrators' screens, in a chunk of their own: nobody else opens them, so the first
 * screen of an applicant or a clerk does not carry them (scripts/build-web.mjs measures it).
 */
export const ADMIN_SCREENS = {
  AdminHome: screen(() => import('./admin-home.js').then((module) => module.AdminHome)),
  AdminPrograms: screen(() => import('./programs.js').then((module) => module.AdminPrograms)),
  ProgramVersions: screen(() => import('./program-versions.js').then((module) => module.ProgramVersions)),
  Organizations: screen(() => import('./organizations.js').then((module) => module.Organizations)),
  ClosedDays: screen(() => import('./closed-days.js').then((module) => module.ClosedDays)),
  Users: screen(() => import('./users.js').then((module) => module.Users)),
  Audit: screen(() => import('./audit.js').then((module) => module.Audit)),
};

/** One administrator's screen, with the loading line while its chunk arrives. */
export function AdminScreen({ name }: { name: keyof typeof ADMIN_SCREENS }) {
  const Screen = ADMIN_SCREENS[name];
  return (
    <Suspense fallback={<p role="status">{texts.loading}</p>}>
      <Screen />
    </Suspense>
  );
}
