import { type FormEvent, useState } from 'react';
import type { components } from '../../../../../libs/api-client/src/index.js';
import { ORGANIZATION_TYPE_LABELS } from '../../../../../libs/programs/src/program-labels.js';
import { api, problemOf, unwrap, unwrapEmpty } from '../../api/client.js';
import { useLoad } from '../../api/use-load.js';
import { primaryButton, secondaryButton } from '../../components/button.js';
import { Field } from '../../components/field.js';
import { PageTitle } from '../../components/page-title.js';
import { Refusal } from '../../components/refusal.js';
import { Section } from '../../components/section.js';
import { StatusMessage, useStatusMessage } from '../../components/status-message.js';
import { SelectField } from '../../components/select-field.js';
import { texts } from '../../texts.js';

type Organization = components['schemas']['OrganizationResponseDto'];
type User = components['schemas']['UserResponseDto'];
type OrganizationType = Organization['type'];

/** The municipality's applicant organizations with their members: one registered, an applicant let act for one, a membership ended. */
export function Organizations() {
  const loaded = useLoad(() => Promise.all([unwrap(api.GET('/admin/organizations')), unwrap(api.GET('/admin/users'))]), []);
  const words = texts.admin.organizations;
  return (
    <>
      <PageTitle title={words.title}>{words.title}</PageTitle>
      <p className="text-std-16N-170">{words.lead}</p>
      {loaded.status === 'loading' && <p role="status">{texts.loading}</p>}
      {loaded.status === 'failed' && <Refusal error={loaded.error} />}
      {loaded.status === 'done' && <OrganizationEditor initial={loaded.data[0]} applicants={loaded.data[1].filter((user) => user.role === 'applicant')} />}
    </>
  );
}

function OrganizationEditor({ initial, applicants }: { initial: Organization[]; applicants: User[] }) {
  const words = texts.admin.organizations;
  const [organizations, setOrganizations] = useState(initial);
  const [error, setError] = useState<unknown>(null);
  const { said, tell, statusRef } = useStatusMessage();
  const attempt = async (work: () => Promise<void>) => {
    setError(null);
    try {
      await work();
    } catch (refused) {
      setError(refused);
    }
  };
  const reload = async () => setOrganizations(await unwrap(api.GET('/admin/organizations')));
  const addMember = (organization: Organization, userId: string) =>
    attempt(async () => {
      await unwrap(api.POST('/admin/organizations/{id}/members/{userId}', { params: { path: { id: organization.id, userId } } }));
      await reload();
      tell(words.memberAdded(applicants.find((user) => user.id === userId)?.displayName ?? '', organization.name));
    });
  const removeMember = (organization: Organization, member: Organization['members'][number]) =>
    attempt(async () => {
      await unwrapEmpty(api.DELETE('/admin/organizations/{id}/members/{userId}', { params: { path: { id: organization.id, userId: member.id } } }));
      await reload();
      tell(words.memberRemoved(member.displayName, organization.name));
    });
  return (
    <>
      <StatusMessage said={said} statusRef={statusRef} />
      <Refusal error={error} />
      <ul className="flex flex-col gap-3">
        {organizations.map((organization) => (
          <OrganizationCard key={organization.id} organization={organization} applicants={applicants} onAdd={addMember} onRemove={removeMember} />
        ))}
      </ul>
      <NewOrganization
        onCreated={async (created) => {
          await reload();
          tell(words.created(created.name));
        }}
      />
    </>
  );
}

function OrganizationCard({
  organization,
  applicants,
  onAdd,
  onRemove,
}: {
  organization: Organization;
  applicants: User[];
  onAdd(organization: Organization, userId: string): Promise<void>;
  onRemove(organization: Organization, member: Organization['members'][number]): Promise<void>;
}) {
  const words = texts.admin.organizations;
  const [chosen, setChosen] = useState('');
  const candidates = applicants.filter((user) => !organization.members.some((member) => member.id === user.id));
  return (
    <li className="flex flex-col gap-2 rounded-8 border border-solid-gray-420 p-4 text-std-16N-170">
      <h2 className="text-std-18B-160">{organization.name}</h2>
      <p>{words.facts(organization.typeJa, organization.area, organization.population)}</p>
      <h3 className="text-std-16B-170">{words.members}</h3>
      {organization.members.length === 0 ? (
        <p>{words.noMembers}</p>
      ) : (
        <ul className="flex flex-col gap-1">
          {organization.members.map((member) => (
            <li key={member.id} className="flex flex-wrap items-center gap-3">
              {member.displayName}（{member.email}）
              <button type="button" className={secondaryButton} aria-label={words.removeMember(member.displayName, organization.name)} onClick={() => void onRemove(organization, member)}>
                {words.removeShort}
              </button>
            </li>
          ))}
        </ul>
      )}
      {candidates.length > 0 && (
        <div className="flex flex-wrap items-end gap-3">
          <SelectField label={words.addMemberOf(organization.name)} value={chosen} onChange={(changed) => setChosen(changed.target.value)} choices={[['', words.choose], ...candidates.map((user) => [user.id, `${user.displayName}（${user.email}）`] as const)]} />
          <button type="button" className={secondaryButton} disabled={chosen === ''} onClick={() => void onAdd(organization, chosen).then(() => setChosen(''))}>
            {words.addMember}
          </button>
        </div>
      )}
    </li>
  );
}

function NewOrganization({ onCreated }: { onCreated(organization: Organization): Promise<void> }) {
  const words = texts.admin.organizations;
  const empty = { name: '', type: 'communityCollaborationBody' as OrganizationType, area: '', population: '' };
  const [typed, setTyped] = useState(empty);
  const [error, setError] = useState<unknown>(null);
  const set = (key: keyof typeof empty) => (changed: { target: { value: string } }) => setTyped((current) => ({ ...current, [key]: changed.target.value }));
  async function create(submitted: FormEvent) {
    submitted.preventDefault();
    setError(null);
    try {
      const population = typed.population.trim() === '' ? null : Number(typed.population.trim());
      const created = await unwrap(
        api.POST('/admin/organizations', { body: { name: typed.name.trim(), type: typed.type, area: typed.area.trim(), population } }),
      );
      setTyped(empty);
      await onCreated(created);
    } catch (refused) {
      setError(refused);
    }
  }
  return (
    <Section title={words.newTitle}>
      <form onSubmit={create} noValidate className="flex flex-col gap-4">
        <Refusal error={error} />
        <Field label={words.name} required value={typed.name} onChange={set('name')} error={problemOf(error, 'name')} />
        <SelectField label={words.type} value={typed.type} onChange={set('type')} choices={Object.entries(ORGANIZATION_TYPE_LABELS)} error={problemOf(error, 'type')} />
        <Field label={words.area} help={words.areaHelp} required value={typed.area} onChange={set('area')} error={problemOf(error, 'area')} />
        <Field label={words.population} help={words.populationHelp} inputMode="numeric" value={typed.population} onChange={set('population')} error={problemOf(error, 'population')} />
        <p>
          <button type="submit" className={primaryButton}>
            {words.create}
          </button>
        </p>
      </form>
    </Section>
  );
}
