import { randomInt } from 'node:crypto';

/** Letters and digits nobody misreads when it is read out on the phone or copied from paper (no 0/O, 1/l/I). */
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789';

/** A one-time password an administrator hands over: 16 characters in four groups (about 93 bits). */
export function oneTimePassword(): string {
  const characters = Array.from({ length: 16 }, () => ALPHABET[randomInt(ALPHABET.length)]);
  return [0, 4, 8, 12].map((start) => characters.slice(start, start + 4).join('')).join('-');
}
