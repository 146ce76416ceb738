import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import type { components } from '../../../../../libs/api-client/src/index.js';
import { CASE_ROLES, type CaseRole } from '../../../../../libs/lifecycle/src/case-role.js';
import { CASE_ROLE_LABELS } from '../../../../../libs/lifecycle/src/case-role-labels.js';
import { api, problemOf, unwrap } from '../../api/client.js';
import { primaryButton, secondaryButton } from '../../components/button.js';
import { Field } from '../../components/field.js';
import { Refusal } from '../../components/refusal.js';
import { SelectField } from '../../components/select-field.js';
import { texts } from '../../texts.js';
import { LiaisonAreaChoices } from './liaison-area-choices.js';

export type User = components['schemas']['UserResponseDto'];

/**
 * A user's name, role and 担当地域 changed. A new role ends every session of theirs, so the form
 * says so beside the button before it is pressed; what was typed stays when the API refuses
 * (taking one's own admin role, a name too long), the refusal under its field.
 */
export function UserEditForm({ user, areas, onSaved, onCancel }: { user: User; areas: readonly string[]; onSaved(saved: User, roleChanged: boolean): Promise<void>; onCancel(): void }) {
  const words = texts.admin.users;
  const [typed, setTyped] = useState({ displayName: user.displayName, role: user.role as CaseRole, liaisonAreas: user.liaisonAreas });
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const headingId = useId();
  const warningId = useId();
  useEffect(() => heading.current?.focus(), [user.id]);
  const roleChanged = typed.role !== user.role;
  // The areas the user has stay choosable even when no organization is in them any more.
  const choosable = [...new Set([...areas, ...user.liaisonAreas])];

  async function save(submitted: FormEvent) {
    submitted.preventDefault();
    setError(null);
    setBusy(true);
    try {
      const { displayName, role, liaisonAreas } = typed;
      // Off the officer role the API clears the areas itself; sending them would be refused.
      const saved = await unwrap(
        api.PATCH('/admin/users/{id}', { params: { path: { id: user.id } }, body: { displayName: displayName.trim(), role, ...(role === 'officer' ? { liaisonAreas } : {}) } }),
      );
      await onSaved(saved, roleChanged);
    } catch (refused) {
      setError(refused);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-3 rounded-8 border-2 border-blue-900 p-4">
      <h2 id={headingId} ref={heading} tabIndex={-1} className="text-std-22B-150 outline-none">
        {words.editTitle(user.displayName)}
      </h2>
      <p className="text-dns-16N-130 text-solid-gray-700">{user.email}</p>
      <form onSubmit={save} noValidate className="flex flex-col gap-4">
        <Refusal error={error} />
        <Field label={words.name} help={words.nameHelp} required value={typed.displayName} onChange={(changed) => setTyped({ ...typed, displayName: changed.target.value })} error={problemOf(error, 'displayName')} />
        <SelectField
          label={words.role}
          value={typed.role}
          onChange={(changed) => setTyped({ ...typed, role: changed.target.value as CaseRole })}
          choices={CASE_ROLES.map((role) => [role, CASE_ROLE_LABELS[role].ja] as const)}
          error={problemOf(error, 'role')}
        />
        {typed.role === 'officer' && <LiaisonAreaChoices areas={choosable} chosen={typed.liaisonAreas} onChange={(liaisonAreas) => setTyped({ ...typed, liaisonAreas })} error={problemOf(error, 'liaisonAreas')} />}
        {/* Read out as it appears, and again from the button it describes. */}
        <div aria-live="polite">
          {roleChanged && (
            <p id={warningId} className="rounded-8 border-2 border-yellow-700 bg-yellow-50 p-3 text-std-16N-170">
              {words.roleChangeWarning(user.displayName)}
              {user.role === 'officer' && typed.role !== 'officer' && user.liaisonAreas.length > 0 && ` ${words.areasGoWarning}`}
            </p>
          )}
        </div>
        <p className="flex flex-wrap gap-3">
          <button type="submit" className={primaryButton} disabled={busy} aria-describedby={roleChanged ? warningId : undefined}>
            {roleChanged ? words.saveWithRole : words.save}
          </button>
          <button type="button" className={secondaryButton} onClick={onCancel}>
            {words.cancel}
          </button>
        </p>
      </form>
    </section>
  );
}
