import { type KeyboardEvent, useEffect, useId, useRef } from 'react';
import type { IsoDate } from '../../../../../libs/calendar/src/iso-date.js';
import { isoDateParts } from '../../../../../libs/calendar/src/iso-date-parts.js';
import type { Holiday } from '../../api/use-holidays.js';
import { secondaryButton } from '../../components/button.js';
import { eraDateWithWeekday, eraMonth } from '../../format.js';
import { addMonths, dateAfterKey, monthOf, sameDayIn, weekdayOf, weeksOf } from '../../month-grid.js';
import { texts } from '../../texts.js';

interface ClosedDaysCalendarProps {
  chosen: IsoDate;
  today: IsoDate;
  onChoose(date: IsoDate): void;
  holidayOn(date: IsoDate): Holiday | undefined;
  closedDayOn(date: IsoDate): { reason: string } | undefined;
}

/**
 * The month of the chosen day as a grid, after the WAI-ARIA date picker's: one day is in the Tab
 * order (the chosen one), the arrows, Home/End and Page Up/Down move it. A table of buttons would
 * put every day in the Tab order (thirty presses to pass the month); a grid also tells a screen
 * reader to hand the arrows to the page. Each day says in words what its marks show, the month
 * heading is read out when it changes, and the list beside the calendar holds the same days.
 */
export function ClosedDaysCalendar({ chosen, today, onChoose, holidayOn, closedDayOn }: ClosedDaysCalendarProps) {
  const words = texts.admin.closedDays;
  const month = monthOf(chosen);
  const [previous, next] = [addMonths(month, -1), addMonths(month, 1)];
  const headingId = useId();
  const helpId = useId();
  const grid = useRef<HTMLTableElement>(null);
  // Only a key in the grid moves the focus with the choice: the month buttons keep it.
  const focusChosen = useRef(false);
  useEffect(() => {
    if (!focusChosen.current) return;
    focusChosen.current = false;
    grid.current?.querySelector<HTMLElement>('[aria-selected="true"]')?.focus();
  }, [chosen]);

  function move(pressed: KeyboardEvent) {
    const reached = dateAfterKey(chosen, pressed.key, pressed.shiftKey);
    if (reached === null) return;
    pressed.preventDefault();
    focusChosen.current = true;
    onChoose(reached);
  }

  return (
    <div className="flex flex-col gap-3">
      <p id={helpId} className="text-dns-16N-130 text-solid-gray-700">
        {words.calendarHelp}
      </p>
      {/* On a phone the month takes a line of its own above the two buttons. */}
      <div className="flex flex-wrap items-center justify-between gap-2">
        <button type="button" className={`${secondaryButton} gap-1 whitespace-nowrap`} aria-label={words.monthButton(words.previousMonth, eraMonth(previous.year, previous.month))} onClick={() => onChoose(sameDayIn(chosen, previous))}>
          <span aria-hidden="true">←</span>
          {words.previousMonth}
        </button>
        <h3 id={headingId} aria-live="polite" className="order-first w-full text-center text-std-18B-160 sm:order-none sm:w-auto sm:flex-1">
          {eraMonth(month.year, month.month)}
        </h3>
        <button type="button" className={`${secondaryButton} gap-1 whitespace-nowrap`} aria-label={words.monthButton(words.nextMonth, eraMonth(next.year, next.month))} onClick={() => onChoose(sameDayIn(chosen, next))}>
          {words.nextMonth}
          <span aria-hidden="true">→</span>
        </button>
      </div>
      <table ref={grid} role="grid" aria-labelledby={headingId} aria-describedby={helpId} className="w-full table-fixed border-collapse" onKeyDown={move}>
        <thead>
          <tr>
            {words.weekdays.map(([short, full], column) => (
              <th key={short} scope="col" abbr={full} className={`py-1 text-center text-std-16B-170 ${column === 0 ? 'text-red-800' : column === 6 ? 'text-blue-900' : ''}`}>
                {short}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeksOf(month).map((week) => (
            <tr key={week.find((date) => date !== null)}>
              {week.map((date, column) =>
                date === null ? (
                  <td key={`empty-${column}`} className="border border-solid-gray-200 bg-solid-gray-50" />
                ) : (
                  <Day key={date} date={date} chosen={date === chosen} today={date === today} holiday={holidayOn(date)} closedDay={closedDayOn(date)} onChoose={onChoose} />
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
      <Legend />
    </div>
  );
}

function Day({ date, chosen, today, holiday, closedDay, onChoose }: { date: IsoDate; chosen: boolean; today: boolean; holiday: Holiday | undefined; closedDay: { reason: string } | undefined; onChoose(date: IsoDate): void }) {
  const words = texts.admin.closedDays;
  const weekday = weekdayOf(date);
  const tone = holiday || weekday === 0 ? 'text-red-800' : weekday === 6 ? 'text-blue-900' : '';
  const said = [eraDateWithWeekday(date), today && words.todayWord, holiday?.name, closedDay && words.ownClosedDay(closedDay.reason)].filter(Boolean).join('、');
  return (
    <td
      tabIndex={chosen ? 0 : -1}
      aria-selected={chosen}
      aria-current={today ? 'date' : undefined}
      onClick={() => onChoose(date)}
      className={`h-16 cursor-pointer border p-0.5 text-center align-top focus-visible:outline-4 focus-visible:-outline-offset-4 focus-visible:outline-black ${
        chosen ? 'border-2 border-blue-900 bg-blue-100' : closedDay ? 'border-solid-gray-200 bg-yellow-100' : 'border-solid-gray-200 bg-white hover:bg-blue-50'
      }`}
    >
      <span aria-hidden="true" className="flex flex-col items-center gap-0.5">
        <span className={`inline-flex size-8 items-center justify-center rounded-full text-std-16B-170 ${tone} ${today ? 'border-2 border-current' : ''}`}>{isoDateParts(date).day}</span>
        {holiday && <span className="text-dns-14N-130 text-red-800">{words.holidayMark}</span>}
        {closedDay && <span className="rounded-4 bg-solid-gray-800 px-1 text-dns-14B-130 text-white">{words.closedMark}</span>}
      </span>
      <span className="sr-only">{said}</span>
    </td>
  );
}

function Legend() {
  const words = texts.admin.closedDays;
  return (
    <ul aria-label={words.legendTitle} className="flex flex-col gap-1 text-dns-16N-130">
      <li>{words.legendHoliday}</li>
      <li>{words.legendClosed}</li>
      <li>{words.legendColors}</li>
    </ul>
  );
}
