import request from 'supertest';
import { type ApiTestApp, type ApiTestUser, type SeededTenant, startApiTestApp } from '#libs/testing';
import { ApiModule } from '../apps/api/src/api.module.js';
import { configureApiApp } from '../apps/api/src/create-api-app.js';

const PATH = '/me/notification-settings';
const DEFAULTS = { email: { reminder: true, escalation: true, caseNews: true, fiscalYearClose: true }, dailyDigest: false, version: 0 };
const APP_ONLY_CASE_NEWS = { email: { reminder: true, escalation: true, caseNews: false, fiscalYearClose: true }, dailyDigest: true };

/**
 * Issue 15: each person chooses, per kind of message, e-mail as well or the app only, and one
 * e-mail a day instead of one each; a change from a version another device moved on is refused.
 * The API on real PostgreSQL, two municipalities.
 */
describe('GET and PUT /me/notification-settings (real PostgreSQL)', () => {
  let api: ApiTestApp;
  let ichinoseki: SeededTenant;
  let morioka: SeededTenant;

  beforeAll(async () => {
    api = await startApiTestApp({ module: ApiModule, configure: configureApiApp, tenants: ['ichinoseki', 'morioka'] });
    [ichinoseki, morioka] = api.tenants as [SeededTenant, SeededTenant];
  });

  afterAll(() => api?.close());

  const settingsOf = async (who: ApiTestUser, of?: SeededTenant) => (await (await api.as(who, of)).get(PATH).expect(200)).body;
  const save = async (who: ApiTestUser, body: object, of?: SeededTenant) => (await api.as(who, of)).put(PATH, body);
  /** A PUT that sends no Accept-Language, as a browser set to Japanese does. */
  const saveInJapanese = async (who: ApiTestUser, body: object) =>
    request(api.app.getHttpServer())
      .put(PATH)
      .set('Authorization', `Bearer ${await api.tokenOf(who)}`)
      .send(body);

  it('answers the defaults to someone who never saved: every kind by e-mail, one e-mail each, version 0', async () => {
    expect(await settingsOf('reviewer')).toEqual(DEFAULTS);
  });

  it('keeps a change from the version read, answers it with the next version, and reads it back the same', async () => {
    const first = await save('applicant', { ...APP_ONLY_CASE_NEWS, version: 0 });
    expect(first.status).toBe(200);
    expect(first.body).toEqual({ ...APP_ONLY_CASE_NEWS, version: 1 });
    expect(await settingsOf('applicant')).toEqual(first.body);

    const second = await save('applicant', { email: { ...APP_ONLY_CASE_NEWS.email, reminder: false }, dailyDigest: false, version: 1 });
    expect(second.status).toBe(200);
    expect(second.body).toEqual({ email: { reminder: false, escalation: true, caseNews: false, fiscalYearClose: true }, dailyDigest: false, version: 2 });
    expect(await settingsOf('applicant')).toEqual(second.body);
  });

  it('refuses a change from a version another device moved on with 409, in Japanese, naming the version now, and keeps what that device saved', async () => {
    const read = await settingsOf('officer');
    expect((await save('officer', { ...APP_ONLY_CASE_NEWS, version: read.version })).status).toBe(200);

    const stale = await saveInJapanese('officer', { ...DEFAULTS, version: read.version });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({
      statusCode: 409,
      code: 'NOTIFICATION_SETTINGS_STALE',
      message: 'お知らせの受け取り方は、別の画面か端末で先に変更されています。開き直して、いまの設定を確かめてから変更してください。',
      currentVersion: read.version + 1,
    });
    expect(await settingsOf('officer')).toEqual({ ...APP_ONLY_CASE_NEWS, version: read.version + 1 });
  });

  it('refuses a first save (version 0) once a first save was made elsewhere, and a version never given out', async () => {
    expect((await save('approver', { ...APP_ONLY_CASE_NEWS, version: 0 })).status).toBe(200);
    expect((await save('approver', { ...DEFAULTS, version: 0 })).body).toMatchObject({ code: 'NOTIFICATION_SETTINGS_STALE', currentVersion: 1 });
    expect((await save('finance', { ...DEFAULTS, version: 7 })).body).toMatchObject({ code: 'NOTIFICATION_SETTINGS_STALE', currentVersion: 0 });
    expect(await settingsOf('finance')).toEqual(DEFAULTS);
  });

  it('refuses a body with a choice that is not true or false with 400, naming the field in Japanese, and changes nothing', async () => {
    const before = await settingsOf('secondReviewer');
    const refused = await saveInJapanese('secondReviewer', { email: { ...DEFAULTS.email, caseNews: 'いいえ' }, dailyDigest: false, version: 0 });
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({
      code: 'REQUEST_INVALID',
      problems: [{ field: 'email.caseNews', message: '案件の動きをメールでも受け取るか（email.caseNews）は true か false で指定してください。' }],
    });
    expect(await settingsOf('secondReviewer')).toEqual(before);
  });

  it('refuses a body missing its e-mail choices, a kind, the daily digest or the version, or with a field unknown, each named in Japanese', async () => {
    const { email, dailyDigest, version } = DEFAULTS;
    const { fiscalYearClose: _left, ...threeKinds } = email;
    const problemsOf = async (body: object) => {
      const refused = await saveInJapanese('secondReviewer', body);
      expect(refused.status).toBe(400);
      return refused.body.problems.map((problem: { field: string; message: string }) => [problem.field, problem.message]);
    };
    expect(await problemsOf({ dailyDigest, version })).toEqual([['email', 'メールでも受け取るお知らせの種類（email）を指定してください。']]);
    expect(await problemsOf({ email: 'all', dailyDigest, version })).toEqual([['email', 'メールでも受け取るお知らせの種類（email）は、種類ごとに true か false で送ってください。']]);
    expect(await problemsOf({ email: threeKinds, dailyDigest, version })).toEqual([
      ['email.fiscalYearClose', '未精算案件のお知らせをメールでも受け取るか（email.fiscalYearClose）は true か false で指定してください。'],
    ]);
    expect(await problemsOf({ email, version })).toEqual([['dailyDigest', 'メールを1日1通にまとめるか（dailyDigest）は true か false で指定してください。']]);
    expect(await problemsOf({ email, dailyDigest, version: -1 })).toEqual([['version', '設定の版（version）は、読み込んだときの版（0以上の整数）で送ってください。']]);
    expect(await problemsOf({ email: { ...email, sms: true }, dailyDigest, version })).toEqual([['email.sms', '「email.sms」という項目は受け付けていません。項目名を確かめてください。']]);
  });

  it("leaves another person's settings as they were, in the same organization and in another municipality", async () => {
    expect((await save('otherApplicant', { ...APP_ONLY_CASE_NEWS, version: 0 })).status).toBe(200);
    expect(await settingsOf('otherApplicant')).toEqual({ ...APP_ONLY_CASE_NEWS, version: 1 });
    expect(await settingsOf('applicant', morioka)).toEqual(DEFAULTS);
    expect(await settingsOf('admin', ichinoseki)).toEqual(DEFAULTS);

    expect((await save('applicant', { ...DEFAULTS, dailyDigest: true, version: 0 }, morioka)).status).toBe(200);
    expect(await settingsOf('otherApplicant')).toEqual({ ...APP_ONLY_CASE_NEWS, version: 1 });
  });

  it('answers 401 to nobody signed in', async () => {
    await request(api.app.getHttpServer()).get(PATH).expect(401);
    await request(api.app.getHttpServer()).put(PATH).send({ ...DEFAULTS }).expect(401);
  });
});
