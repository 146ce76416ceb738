import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { PasswordHasher, provisionTenant } from '#libs/accounts';
import { AppConfig, loadConfigOrExit, readEnvironment } from '#libs/config';
import { onMigratedDatabase } from './migrated-database.js';

// `npm run tenant:create -- --code morioka --name 盛岡市 --admin-email admin@city.morioka.example --admin-name "盛岡 管理者"`:
// a municipality and its first administrator, who logs in with the one-time password printed and
// changes it. A second run changes nothing. Same configuration gate as `db:migrate`.
const USAGE = 'usage: npm run tenant:create -- --code <code> --name <名称> --admin-email <email> --admin-name <氏名>';
const CODE = /^[a-z0-9][a-z0-9-]{0,31}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const config = loadConfigOrExit((env) => AppConfig.fromEnvironment(readEnvironment(env), Boolean(process.stdout.isTTY)));
const { values } = parseArgs({
  options: { code: { type: 'string' }, name: { type: 'string' }, 'admin-email': { type: 'string' }, 'admin-name': { type: 'string' } },
  strict: true,
});
const problems = [
  ...(values.code && CODE.test(values.code) ? [] : ['--code: lower-case letters, digits and hyphens, at most 32, e.g. morioka']),
  ...(values.name?.trim() ? [] : ['--name: the municipality’s name, e.g. 盛岡市']),
  ...(values['admin-email'] && EMAIL.test(values['admin-email']) ? [] : ['--admin-email: the administrator’s e-mail address']),
  ...(values['admin-name']?.trim() ? [] : ['--admin-name: the administrator’s name']),
];
if (problems.length > 0) {
  process.stderr.write(`${problems.join('\n')}\n${USAGE}\n`);
  process.exit(64);
}

await onMigratedDatabase(config.databaseUrl, 'Creating the municipality failed', async (dataSource) => {
  const adminPassword = randomBytes(12).toString('base64url');
  const result = await provisionTenant(dataSource, new PasswordHasher(), {
    code: values.code as string,
    name: (values.name as string).trim(),
    adminEmail: values['admin-email'] as string,
    adminName: (values['admin-name'] as string).trim(),
    adminPassword,
  });
  const { tenant, admin } = result;
  const email = values['admin-email'] as string;
  process.stdout.write(`Municipality ${tenant.code} (${tenant.name}): ${result.tenantCreated ? 'created' : 'already there, left as it is'}\n`);
  if (typeof admin === 'object') {
    process.stderr.write(`${email} is already a user of ${tenant.code} with the role ${admin.holdsAnotherRole}, not an administrator: nothing changed. Give another address.\n`);
    process.exitCode = 1;
  } else {
    process.stdout.write(
      [
        admin === 'created'
          ? `Administrator ${email}: created, one-time password ${adminPassword} (to change at the first login)`
          : `Administrator ${email}: already there, keeps their password`,
        `Log in: POST /auth/login {"tenant":"${tenant.code}","email":"${email}","password":"…"}, then POST /auth/password`,
        '',
      ].join('\n'),
    );
  }
});
