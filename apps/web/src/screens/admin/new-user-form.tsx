import { type FormEvent, useState } from 'react';
import type { components } from '../../../../../libs/api-client/src/index.js';
import { CASE_ROLES, type CaseRole } from '../../../../../libs/lifecycle/src/case-role.js';
import { CASE_ROLE_LABELS } from '../../../../../libs/lifecycle/src/case-role-labels.js';
import { api, problemOf, unwrap } from '../../api/client.js';
import { primaryButton } from '../../components/button.js';
import { Field } from '../../components/field.js';
import { Refusal } from '../../components/refusal.js';
import { Section } from '../../components/section.js';
import { SelectField } from '../../components/select-field.js';
import { texts } from '../../texts.js';
import { LiaisonAreaChoices } from './liaison-area-choices.js';

export type CreatedUser = components['schemas']['CreatedUserResponseDto'];

const EMPTY = { displayName: '', email: '', role: '' as CaseRole | '', liaisonAreas: [] as string[] };

/**
 * A new account with its role, and 担当地域 for an officer. No password is typed: the API issues
 * a one-time one, which the screen shows once and the person changes at their first sign-in.
 */
export function NewUserForm({ areas, onCreated }: { areas: readonly string[]; onCreated(user: CreatedUser): Promise<void> }) {
  const words = texts.admin.users;
  const [typed, setTyped] = useState(EMPTY);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  async function create(submitted: FormEvent) {
    submitted.preventDefault();
    setError(null);
    setBusy(true);
    try {
      const { displayName, email, role, liaisonAreas } = typed;
      const created = await unwrap(
        api.POST('/admin/users', {
          // An unchosen role goes as it is, for the API to name the field.
          body: { displayName: displayName.trim(), email: email.trim(), role: role as CaseRole, ...(role === 'officer' ? { liaisonAreas } : {}) },
        }),
      );
      setTyped(EMPTY);
      await onCreated(created);
    } catch (refused) {
      setError(refused);
    } finally {
      setBusy(false);
    }
  }
  return (
    <Section title={words.newTitle}>
      <p className="text-std-16N-170">{words.newLead}</p>
      <form onSubmit={create} noValidate className="flex flex-col gap-4">
        <Refusal error={error} />
        <Field label={words.name} help={words.nameHelp} required value={typed.displayName} onChange={(changed) => setTyped({ ...typed, displayName: changed.target.value })} error={problemOf(error, 'displayName')} />
        <Field label={words.email} help={words.emailHelp} required type="email" autoComplete="off" value={typed.email} onChange={(changed) => setTyped({ ...typed, email: changed.target.value })} error={problemOf(error, 'email')} />
        <SelectField
          label={words.role}
          required
          value={typed.role}
          onChange={(changed) => setTyped({ ...typed, role: changed.target.value as CaseRole | '' })}
          choices={[['', words.chooseRole], ...CASE_ROLES.map((role) => [role, CASE_ROLE_LABELS[role].ja] as const)]}
          error={problemOf(error, 'role')}
        />
        {typed.role === 'officer' && <LiaisonAreaChoices areas={areas} chosen={typed.liaisonAreas} onChange={(liaisonAreas) => setTyped({ ...typed, liaisonAreas })} error={problemOf(error, 'liaisonAreas')} />}
        <p>
          <button type="submit" className={primaryButton} disabled={busy}>
            {words.create}
          </button>
        </p>
      </form>
    </Section>
  );
}
