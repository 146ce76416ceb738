import { MESSAGE_KINDS, type MessageKind } from '../../../libs/notifications/src/notification-settings.js';

/** What a person chooses on お知らせの受け取り方: e-mail per kind, and one e-mail a day or one each. */
export interface NotificationChoices {
  email: Record<MessageKind, boolean>;
  dailyDigest: boolean;
}

/** One choice of the screen: a kind's 「メールでも受け取る」, or 「メールを1日1通にまとめる」. */
export type ChoiceName = MessageKind | 'dailyDigest';

const valueOf = (choices: NotificationChoices, name: ChoiceName): boolean => (name === 'dailyDigest' ? choices.dailyDigest : choices.email[name]);

/**
 * A person's choices moved onto the settings another device saved since they read theirs (the
 * save refused as stale): what they changed stays theirs, what they left takes the other
 * save's value, so neither is lost. Each choice is yes or no, so two changes of one choice
 * agree. Also the choices the other save changed, for the screen to say what it found.
 */
export function choicesAfterConflict(
  read: NotificationChoices,
  mine: NotificationChoices,
  savedElsewhere: NotificationChoices,
): { choices: NotificationChoices; changedElsewhere: ChoiceName[] } {
  const kept = (name: ChoiceName) => (valueOf(mine, name) !== valueOf(read, name) ? valueOf(mine, name) : valueOf(savedElsewhere, name));
  return {
    choices: { email: Object.fromEntries(MESSAGE_KINDS.map((kind) => [kind, kept(kind)])) as Record<MessageKind, boolean>, dailyDigest: kept('dailyDigest') },
    changedElsewhere: [...MESSAGE_KINDS, 'dailyDigest' as const].filter((name) => valueOf(savedElsewhere, name) !== valueOf(read, name)),
  };
}
