import type { UserView } from './user.view.js';

/** A new account as its creator sees it once: with the one-time password the API issued, when it issued one. */
export interface CreatedUserView extends UserView {
  /** Issued when the administrator gave no password: to hand over; its owner must change it at the first login. */
  temporaryPassword?: string;
}
