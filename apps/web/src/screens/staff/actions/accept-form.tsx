import { texts } from '../../../texts.js';
import type { ActionFormProps } from '../../actions/action-form-props.js';
import { EventForm } from '../../actions/event-form.js';

/** 受理: what accepting means (the case number, the standard processing time from today), and one button. */
export function AcceptForm({ view }: ActionFormProps) {
  const words = texts.staff.actions.ACCEPT;
  return (
    <EventForm view={view} words={words} event={{ type: 'ACCEPT' }} onSent={() => {}} preview>
      {() => null}
    </EventForm>
  );
}
