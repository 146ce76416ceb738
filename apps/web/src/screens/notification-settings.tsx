import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import type { components } from '../../../../libs/api-client/src/index.js';
import { CASE_ROLE_LABELS } from '../../../../libs/lifecycle/src/case-role-labels.js';
import { MESSAGE_KINDS_OF_ROLE } from '../../../../libs/notifications/src/message-kinds-of-role.js';
import type { MessageKind } from '../../../../libs/notifications/src/notification-settings.js';
import { api, ApiRefusal, unwrap } from '../api/client.js';
import { type Role, sideOf } from '../api/roles.js';
import { useSession } from '../api/session.js';
import { useLoad } from '../api/use-load.js';
import { type ChoiceName, choicesAfterConflict, type NotificationChoices } from '../choices-after-conflict.js';
import { primaryButton, secondaryButton } from '../components/button.js';
import { Checkbox } from '../components/checkbox.js';
import { PageTitle } from '../components/page-title.js';
import { Refusal } from '../components/refusal.js';
import { Section } from '../components/section.js';
import { StatusMessage, useStatusMessage } from '../components/status-message.js';
import { texts } from '../texts.js';

type Settings = components['schemas']['NotificationSettingsResponseDto'];

/** A save refused because another device saved first: before the person reloads, and after, with what the other save changed. */
type Conflict = { step: 'refused'; message: string } | { step: 'reloaded'; changedElsewhere: ChoiceName[]; savedElsewhere: NotificationChoices };

const choicesOf = ({ email, dailyDigest }: Settings): NotificationChoices => ({ email, dailyDigest });

/**
 * お知らせの受け取り方, everyone's: notifications always show in the app; per kind the person
 * can receive, e-mail as well or not; one e-mail a day or one each. A save refused because
 * another device saved first offers to read the settings now, keeping what the person chose.
 */
export function NotificationSettings() {
  const { session } = useSession();
  const role: Role = session?.user.role ?? 'applicant';
  const kinds = MESSAGE_KINDS_OF_ROLE[role];
  const words = texts.settings.notifications;
  return (
    <>
      <PageTitle title={words.title}>{words.title}</PageTitle>
      {kinds.length === 0 ? <p className="text-std-16N-170">{words.nothingForRole(CASE_ROLE_LABELS[role].ja)}</p> : <Choices role={role} kinds={kinds} />}
    </>
  );
}

/** The settings read, for a role that hears of something (nothing is read for one that does not). */
function Choices({ role, kinds }: { role: Role; kinds: readonly MessageKind[] }) {
  const loaded = useLoad(() => unwrap(api.GET('/me/notification-settings')), []);
  return (
    <>
      <p className="text-std-16N-170">{texts.settings.notifications.inApp(sideOf(role) === 'applicant' ? texts.header.home : texts.staff.nav.tasks)}</p>
      {loaded.status === 'loading' && <p role="status">{texts.loading}</p>}
      {loaded.status === 'failed' && <Refusal error={loaded.error} />}
      {loaded.status === 'done' && <SettingsForm initial={loaded.data} kinds={kinds} />}
    </>
  );
}

function SettingsForm({ initial, kinds }: { initial: Settings; kinds: readonly MessageKind[] }) {
  const words = texts.settings.notifications;
  // The settings as last read or saved: their version goes with the next save.
  const [read, setRead] = useState(initial);
  const [choices, setChoices] = useState(choicesOf(initial));
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const { said, tell, clear, statusRef } = useStatusMessage();

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    clear();
    try {
      const saved = await unwrap(api.PUT('/me/notification-settings', { body: { ...choices, version: read.version } }));
      setRead(saved);
      setChoices(choicesOf(saved));
      setConflict(null);
      tell(words.saved);
    } catch (refused) {
      if (refused instanceof ApiRefusal && refused.body.code === 'NOTIFICATION_SETTINGS_STALE') setConflict({ step: 'refused', message: refused.body.message });
      else setError(refused);
    } finally {
      setBusy(false);
    }
  };

  const readNow = async () => {
    setError(null);
    try {
      const now = await unwrap(api.GET('/me/notification-settings'));
      const after = choicesAfterConflict(choicesOf(read), choices, choicesOf(now));
      setRead(now);
      setChoices(after.choices);
      setConflict({
        step: 'reloaded',
        changedElsewhere: after.changedElsewhere.filter((name) => name === 'dailyDigest' || kinds.includes(name)),
        savedElsewhere: choicesOf(now),
      });
    } catch (failed) {
      setError(failed);
    }
  };

  return (
    // A readable measure on a wide screen: the boxes of the kinds hold one short line each.
    <div className="flex max-w-3xl flex-col gap-6">
      <StatusMessage said={said} statusRef={statusRef} />
      <Refusal error={error} />
      {conflict && <ConflictNotice conflict={conflict} onReadNow={() => void readNow()} />}
      <form onSubmit={save} noValidate className="flex flex-col gap-8">
        <Section title={words.byEmailTitle} className="flex flex-col gap-4">
          <p className="text-std-16N-170">{words.byEmailLead}</p>
          {kinds.map((kind) => (
            <KindChoice
              key={kind}
              kind={kind}
              byEmail={choices.email[kind]}
              onChange={(byEmail) => setChoices((current) => ({ ...current, email: { ...current.email, [kind]: byEmail } }))}
            />
          ))}
        </Section>
        <Section title={words.digestTitle}>
          <Checkbox label={words.digest} help={words.digestHelp} checked={choices.dailyDigest} onChange={(changed) => setChoices((current) => ({ ...current, dailyDigest: changed.target.checked }))} />
        </Section>
        <div>
          <button type="submit" className={primaryButton} disabled={busy}>
            {busy ? words.saving : words.save}
          </button>
        </div>
      </form>
    </div>
  );
}

/** One kind of message under its name, with when it comes, and its 「メールでも受け取る」. */
function KindChoice({ kind, byEmail, onChange }: { kind: MessageKind; byEmail: boolean; onChange: (byEmail: boolean) => void }) {
  const words = texts.settings.notifications;
  const whenId = useId();
  return (
    <div className="rounded-8 border border-solid-gray-420 px-4 pt-3 pb-1">
      <fieldset aria-describedby={whenId} className="flex flex-col">
        <legend className="text-std-17B-170">{words.kinds[kind].name}</legend>
        <p id={whenId} className="text-dns-16N-130 text-solid-gray-700">
          {words.kinds[kind].when}
        </p>
        <Checkbox label={words.byEmail} checked={byEmail} onChange={(changed) => onChange(changed.target.checked)} />
      </fieldset>
    </div>
  );
}

/**
 * Why the save was refused and the way on (read the settings now; what the person chose stays),
 * then what the other save had changed. It takes the focus each time, as the status line does.
 */
function ConflictNotice({ conflict, onReadNow }: { conflict: Conflict; onReadNow: () => void }) {
  const words = texts.settings.notifications;
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => box.current?.focus(), [conflict]);
  if (conflict.step === 'refused') {
    return (
      <div ref={box} tabIndex={-1} role="alert" className="flex flex-col gap-3 rounded-8 border-2 border-red-800 bg-red-50 p-4">
        <p className="text-std-17B-170 text-red-900">{conflict.message}</p>
        <p className="text-std-16N-170">{words.stale.kept}</p>
        <div>
          <button type="button" className={secondaryButton} onClick={onReadNow}>
            {words.stale.reload}
          </button>
        </div>
      </div>
    );
  }
  return (
    <div ref={box} tabIndex={-1} role="status" className="flex flex-col gap-2 rounded-8 border-2 border-yellow-700 bg-yellow-50 p-4 text-std-16N-170">
      <p className="text-std-17B-170">{words.stale.reloaded}</p>
      {conflict.changedElsewhere.length === 0 ? (
        <p>{words.stale.nothingChanged}</p>
      ) : (
        <>
          <p>{words.stale.changedLead}</p>
          <ul className="list-disc pl-6">
            {conflict.changedElsewhere.map((name) => (
              <li key={name}>{name === 'dailyDigest' ? words.stale.digestNow(conflict.savedElsewhere.dailyDigest) : words.stale.byEmailNow(words.kinds[name].name, conflict.savedElsewhere.email[name])}</li>
            ))}
          </ul>
        </>
      )}
      <p>{words.stale.next}</p>
    </div>
  );
}
