import { type FormEvent, useState } from 'react';
import { api, problemOf, unwrap, unwrapEmpty } from '../../api/client.js';
import { useLoad } from '../../api/use-load.js';
import { primaryButton, secondaryButton } from '../../components/button.js';
import { Field } from '../../components/field.js';
import { PageTitle } from '../../components/page-title.js';
import { Refusal } from '../../components/refusal.js';
import { Section } from '../../components/section.js';
import { StatusMessage, useStatusMessage } from '../../components/status-message.js';
import { eraDateWithWeekday } from '../../format.js';
import { texts } from '../../texts.js';

type ClosedDay = { date: string; reason: string };

/** The municipality's own closed days, in date order, added with a reason or taken out; what happened said where the focus goes. */
export function ClosedDays() {
  const loaded = useLoad(() => unwrap(api.GET('/admin/closed-days')), []);
  const words = texts.admin.closedDays;
  return (
    <>
      <PageTitle title={words.title}>{words.title}</PageTitle>
      <p className="text-std-16N-170">{words.lead}</p>
      {loaded.status === 'loading' && <p role="status">{texts.loading}</p>}
      {loaded.status === 'failed' && <Refusal error={loaded.error} />}
      {loaded.status === 'done' && <ClosedDayEditor initial={loaded.data} />}
    </>
  );
}

function ClosedDayEditor({ initial }: { initial: ClosedDay[] }) {
  const words = texts.admin.closedDays;
  const [days, setDays] = useState(initial);
  const [typed, setTyped] = useState({ date: '', reason: '' });
  const [error, setError] = useState<unknown>(null);
  const { said, tell, statusRef } = useStatusMessage();
  const byDate = (list: ClosedDay[]) => [...list].sort((a, b) => a.date.localeCompare(b.date));

  async function add(submitted: FormEvent) {
    submitted.preventDefault();
    setError(null);
    try {
      const added = await unwrap(api.POST('/admin/closed-days', { body: { date: typed.date, reason: typed.reason.trim() } }));
      setDays((current) => byDate([...current.filter((day) => day.date !== added.date), added]));
      setTyped({ date: '', reason: '' });
      tell(words.added(eraDateWithWeekday(added.date)));
    } catch (refused) {
      setError(refused);
    }
  }

  async function remove(day: ClosedDay) {
    setError(null);
    try {
      await unwrapEmpty(api.DELETE('/admin/closed-days/{date}', { params: { path: { date: day.date } } }));
      setDays((current) => current.filter((each) => each.date !== day.date));
      tell(words.removed(eraDateWithWeekday(day.date)));
    } catch (refused) {
      setError(refused);
    }
  }

  return (
    <>
      <StatusMessage said={said} statusRef={statusRef} />
      <Refusal error={error} />
      <Section title={words.listTitle}>
        {days.length === 0 ? (
          <p className="text-std-16N-170">{words.none}</p>
        ) : (
          <ul className="flex flex-col gap-2">
            {days.map((day) => (
              <li key={day.date} className="flex flex-wrap items-center justify-between gap-3 rounded-8 border border-solid-gray-420 p-3 text-std-16N-170">
                <span>
                  <span className="font-bold">{eraDateWithWeekday(day.date)}</span>（{day.date}）{day.reason}
                </span>
                <button type="button" className={secondaryButton} aria-label={words.remove(eraDateWithWeekday(day.date))} onClick={() => void remove(day)}>
                  {words.removeShort}
                </button>
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section title={words.addTitle}>
        <form onSubmit={add} noValidate className="flex flex-col gap-4">
          <Field label={words.date} required type="date" value={typed.date} onChange={(changed) => setTyped((current) => ({ ...current, date: changed.target.value }))} error={problemOf(error, 'date')} />
          <Field label={words.reason} help={words.reasonHelp} required value={typed.reason} onChange={(changed) => setTyped((current) => ({ ...current, reason: changed.target.value }))} error={problemOf(error, 'reason')} />
          <p>
            <button type="submit" className={primaryButton}>
              {words.add}
            </button>
          </p>
        </form>
      </Section>
    </>
  );
}
