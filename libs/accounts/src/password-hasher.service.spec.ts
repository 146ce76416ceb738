import { PasswordHasher } from './password-hasher.service.js';

describe('PasswordHasher', () => {
  const hasher = new PasswordHasher();

  it('hashes with Argon2id and a fresh salt each time', async () => {
    const [first, second] = await Promise.all([hasher.hash('パスワード123'), hasher.hash('パスワード123')]);
    expect(first).toMatch(/^\$argon2id\$v=19\$/);
    expect(first.split('$')[3].split(',').sort()).toEqual(['m=65536', 'p=4', 't=3']);
    expect(first).not.toBe(second);
  });

  it('verifies the right password and refuses a wrong one', async () => {
    const hash = await hasher.hash('correct horse');
    await expect(hasher.verify(hash, 'correct horse')).resolves.toBe(true);
    await expect(hasher.verify(hash, 'correct horsE')).resolves.toBe(false);
  });

  it('refuses, rather than throws, against a stored value that is no Argon2 hash', async () => {
    await expect(hasher.verify('plain-text-by-mistake', 'plain-text-by-mistake')).resolves.toBe(false);
  });

  it('answers false when there is no account, after the work of a real check', async () => {
    await expect(hasher.verifyAgainstNobody('anything')).resolves.toBe(false);
  });
});
