import 'reflect-metadata';
import { type DemoSeedResult, PasswordHasher, seedDemoTenant } from '#libs/accounts';
import { AppConfig, loadConfigOrExit, readEnvironment } from '#libs/config';
import { onMigratedDatabase } from './migrated-database.js';

// `npm run db:seed`: the demo tenant 一関市 with one user per role and Ichinoseki's programs.
// A second run creates nothing. Same configuration gate as `db:migrate`, plus DEMO_PASSWORD.
const { config, demoPassword } = loadConfigOrExit((env) => {
  const variables = readEnvironment(env);
  return { config: AppConfig.fromEnvironment(variables, Boolean(process.stdout.isTTY)), demoPassword: variables.DEMO_PASSWORD };
});

await onMigratedDatabase(config.databaseUrl, 'Seeding failed', async (dataSource) => {
  process.stdout.write(report(await seedDemoTenant(dataSource, new PasswordHasher(), demoPassword)));
});

function report({ tenant, created, contents, password }: DemoSeedResult): string {
  const counts: Array<[string, number, number]> = [
    ['tenant', created.tenants, 1],
    ['organizations', created.organizations, contents.organizations.length],
    ['users', created.users, contents.users.length],
    ['memberships', created.memberships, contents.memberships],
    ['program versions', created.programVersions, contents.programVersions.length],
  ];
  const lines = [
    `Demo tenant ${tenant.code} (${tenant.name})`,
    '',
    `  ${'rows'.padEnd(18)}${'created now'.padStart(12)}${'in the tenant'.padStart(15)}`,
    ...counts.map(([what, now, total]) => `  ${what.padEnd(18)}${String(now).padStart(12)}${String(total).padStart(15)}`),
    '',
    'Organizations:',
    ...contents.organizations.map((o) => `  ${o.name}  area ${o.area}, population ${o.population?.toLocaleString('en') ?? '-'} (demo data)`),
    '',
    'Users:',
    ...contents.users.map((u) => `  ${u.role.padEnd(10)} ${u.email.padEnd(32)} ${u.displayName}${u.organizations.length > 0 ? `, member of ${u.organizations.join(', ')}` : ''}`),
    '',
    'Programs:',
    ...contents.programVersions.map((p) => `  ${`${p.code} v${p.version}`.padEnd(16)} ${p.nameJa}`),
    '',
    password === null
      ? 'No user was created now: the existing ones keep their passwords.'
      : password.generated
        ? `Password of the ${created.users} user(s) created now: ${password.value}   (set DEMO_PASSWORD to choose it)`
        : `Password of the ${created.users} user(s) created now: the value of DEMO_PASSWORD`,
    `Log in: POST /auth/login {"tenant":"${tenant.code}","email":"applicant@${tenant.code}.example","password":"…"}`,
    '',
  ];
  return lines.join('\n');
}
