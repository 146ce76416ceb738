import { texts } from '../../texts.js';
import type { ActionFormProps } from './action-form-props.js';
import { EventForm } from './event-form.js';

/** Actions with nothing to fill in (START_APPLICATION, START_PROJECT): what it means, and one button. */
export function AnnouncementForm({ type, view }: ActionFormProps & { type: 'START_APPLICATION' | 'START_PROJECT' }) {
  const words = texts.actions[type];
  return (
    <EventForm view={view} words={words} event={{ type }} onSent={() => {}}>
      {() => null}
    </EventForm>
  );
}
