import { type FormEvent, useState } from 'react';
import type { IsoDate } from '../../../../../libs/calendar/src/iso-date.js';
import { tokyoDateOf } from '../../../../../libs/calendar/src/tokyo-date-of.js';
import { api, problemOf, unwrap, unwrapEmpty } from '../../api/client.js';
import { type Holiday, useHolidays } from '../../api/use-holidays.js';
import { useLoad } from '../../api/use-load.js';
import { primaryButton, secondaryButton } from '../../components/button.js';
import { Field } from '../../components/field.js';
import { PageTitle } from '../../components/page-title.js';
import { Refusal } from '../../components/refusal.js';
import { Section } from '../../components/section.js';
import { StatusMessage, useStatusMessage } from '../../components/status-message.js';
import { eraDateWithWeekday } from '../../format.js';
import { monthOf, weekdayOf } from '../../month-grid.js';
import { texts } from '../../texts.js';
import { ClosedDaysCalendar } from './closed-days-calendar.js';

type ClosedDay = { date: string; reason: string };

/**
 * The municipality's own closed days on a month calendar beside the national holidays, a day
 * chosen on it made a closed day with a reason or taken out; the same days as a list beside it.
 * What happened is said where the focus goes.
 */
export function ClosedDays() {
  const loaded = useLoad(() => unwrap(api.GET('/admin/closed-days')), []);
  const words = texts.admin.closedDays;
  return (
    <>
      <PageTitle title={words.title}>{words.title}</PageTitle>
      <p className="text-std-16N-170">{words.lead}</p>
      {loaded.status === 'loading' && <p role="status">{texts.loading}</p>}
      {loaded.status === 'failed' && <Refusal error={loaded.error} />}
      {loaded.status === 'done' && <ClosedDayEditor initial={loaded.data} today={tokyoDateOf(new Date())} />}
    </>
  );
}

function ClosedDayEditor({ initial, today }: { initial: ClosedDay[]; today: IsoDate }) {
  const words = texts.admin.closedDays;
  const [days, setDays] = useState(initial);
  const [chosen, setChosen] = useState(today);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<unknown>(null);
  const { said, tell, statusRef } = useStatusMessage();
  const holidays = useHolidays(monthOf(chosen).year);
  const byDate = (list: ClosedDay[]) => [...list].sort((a, b) => a.date.localeCompare(b.date));
  const closedDayOn = (date: IsoDate) => days.find((day) => day.date === date);
  const holidayOn = (date: IsoDate) => (holidays?.status === 'done' ? holidays.holidays.find((holiday) => holiday.date === date) : undefined);

  async function add(date: IsoDate) {
    setError(null);
    try {
      const added = await unwrap(api.POST('/admin/closed-days', { body: { date, reason: reason.trim() } }));
      setDays((current) => byDate([...current.filter((day) => day.date !== added.date), added]));
      setReason('');
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
      <div className="grid gap-8 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <Section title={words.calendarTitle}>
          <ClosedDaysCalendar chosen={chosen} today={today} onChoose={setChosen} holidayOn={holidayOn} closedDayOn={closedDayOn} />
          {holidays?.status === 'failed' && <Refusal error={holidays.error} />}
        </Section>
        <div className="flex flex-col gap-8">
          <ChosenDay
            date={chosen}
            holiday={holidays === null ? 'loading' : holidayOn(chosen)}
            closedDay={closedDayOn(chosen)}
            reason={reason}
            onReason={setReason}
            reasonError={problemOf(error, 'reason')}
            onAdd={add}
            onRemove={remove}
          />
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
        </div>
      </div>
    </>
  );
}

interface ChosenDayProps {
  date: IsoDate;
  /** The holiday on the day, none, or not known yet. */
  holiday: Holiday | undefined | 'loading';
  closedDay: ClosedDay | undefined;
  reason: string;
  onReason(reason: string): void;
  reasonError: string | undefined;
  onAdd(date: IsoDate): Promise<void>;
  onRemove(day: ClosedDay): Promise<void>;
}

/** The chosen day: taken out when it is the municipality's own closed day, said to be closed anyway on a weekend or holiday, else made one with a reason. */
function ChosenDay({ date, holiday, closedDay, reason, onReason, reasonError, onAdd, onRemove }: ChosenDayProps) {
  const words = texts.admin.closedDays;
  const weekday = weekdayOf(date);
  function submit(submitted: FormEvent) {
    submitted.preventDefault();
    void onAdd(date);
  }
  let body;
  if (closedDay) {
    body = (
      <>
        <p className="text-std-16N-170">{words.ownClosedDay(closedDay.reason)}</p>
        <p>
          <button type="button" className={secondaryButton} onClick={() => void onRemove(closedDay)}>
            {words.removeChosen}
          </button>
        </p>
      </>
    );
  } else if (holiday === 'loading') {
    body = <p role="status">{words.holidaysLoading}</p>;
  } else if (holiday) {
    body = <p className="text-std-16N-170">{words.holiday(holiday.name)}</p>;
  } else if (weekday === 0 || weekday === 6) {
    body = <p className="text-std-16N-170">{words.weekend(words.weekdays[weekday]![1])}</p>;
  } else {
    body = (
      <form onSubmit={submit} noValidate className="flex flex-col gap-4">
        <p className="text-std-16N-170">{words.openDay}</p>
        <Field label={words.reason} help={words.reasonHelp} required value={reason} onChange={(changed) => onReason(changed.target.value)} error={reasonError} />
        <p>
          <button type="submit" className={primaryButton}>
            {words.addChosen}
          </button>
        </p>
      </form>
    );
  }
  return (
    <Section title={words.chosenTitle(eraDateWithWeekday(date))}>
      <p className="text-dns-16N-130 text-solid-gray-700">（{date}）</p>
      {body}
    </Section>
  );
}
