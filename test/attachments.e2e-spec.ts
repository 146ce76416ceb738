import { attachPapers, papersFor } from '#libs/testing/case-papers';
import { problemMessages } from '#libs/testing/problem-messages';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { Readable } from 'node:stream';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { AttachmentStore, storageKeyOf, UploadAttachment } from '#libs/attachments';
import { verifyAuditChains } from '#libs/audit';
import { seedProgram } from '#libs/programs';
import { type ApiTestApp, type SeededTenant, SettableClock, startApiTestApp } from '#libs/testing';
import { ApiModule } from '../apps/api/src/api.module.js';
import { configureApiApp } from '../apps/api/src/create-api-app.js';

type Who = keyof SeededTenant['users'];

const SUPPORT = seedProgram('協働支援');
/** Small, so that "too large" costs the test nothing; the default is 20 MiB. */
const MAX_BYTES = 64 * 1024;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const pdf = (size = 2000) => Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(size), Buffer.from('\n%%EOF\n')]);
const png = () => Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(500)]);
const csv = (text = '区分,金額\n消耗品費,12000\n') => Buffer.from(text);
const sha256 = (content: Buffer) => createHash('sha256').update(content).digest('hex');

interface FileToSend {
  content: Buffer;
  name: string;
  type: string;
}

/** A multipart body written by hand, for what a well-behaved client library would never send. */
function multipart(parts: Array<{ headers: string; content: Buffer | string }>): { type: string; body: Buffer } {
  const boundary = `----attachments-${randomBytes(8).toString('hex')}`;
  const chunks = parts.flatMap((part) => [Buffer.from(`--${boundary}\r\n${part.headers}\r\n\r\n`), Buffer.from(part.content), Buffer.from('\r\n')]);
  return { type: `multipart/form-data; boundary=${boundary}`, body: Buffer.concat([...chunks, Buffer.from(`--${boundary}--\r\n`)]) };
}
const textPart = (name: string, value: string) => ({ headers: `Content-Disposition: form-data; name="${name}"`, content: value });
const filePart = (fileNameParameter: string, type: string, content: Buffer) => ({
  headers: `Content-Disposition: form-data; name="file"; ${fileNameParameter}\r\nContent-Type: ${type}`,
  content,
});

describe('case attachments over HTTP (real PostgreSQL, files on disk)', () => {
  let api: ApiTestApp;
  let tenant: SeededTenant;
  let otherTenant: SeededTenant;
  let attachmentsDir: string;
  const clock = new SettableClock(new Date('2025-05-01T12:00:00+09:00'));

  beforeAll(async () => {
    attachmentsDir = await mkdtemp(join(tmpdir(), 'attachments-e2e-'));
    const config = { attachmentsDir, attachmentMaxBytes: MAX_BYTES };
    api = await startApiTestApp({ module: ApiModule, configure: configureApiApp, tenants: ['ichinoseki', 'morioka'], clock, config });
    [tenant, otherTenant] = api.tenants;
  });

  afterAll(async () => {
    await api?.close();
    if (attachmentsDir) await rm(attachmentsDir, { recursive: true, force: true });
  });

  const as = async (who: Who, of?: SeededTenant) => {
    const authorization = `Bearer ${await api.tokenOf(who, of)}`;
    const server = api.app.getHttpServer();
    return {
      ...(await api.as(who, of)),
      upload: (caseId: string, file: FileToSend | null, fields: Record<string, string>) => {
        const pending = request(server).post(`/cases/${caseId}/attachments`).set('Authorization', authorization).set('Accept-Language', 'en');
        for (const [name, value] of Object.entries(fields)) pending.field(name, value);
        return file ? pending.attach('file', file.content, { filename: file.name, contentType: file.type }) : pending;
      },
      uploadRaw: (caseId: string, form: { type: string; body: Buffer }, language = 'en') =>
        request(server).post(`/cases/${caseId}/attachments`).set('Authorization', authorization).set('Accept-Language', language).set('Content-Type', form.type).send(form.body),
    };
  };

  async function openCase(who: Who = 'applicant'): Promise<string> {
    const response = await (await as(who)).post('/cases', { programCode: SUPPORT.code, organizationId: tenant.organizationId, start: 'application' });
    expect(response.status).toBe(201);
    return response.body.id as string;
  }

  async function send(caseId: string, who: Who, body: object): Promise<void> {
    const response = await (await as(who)).post(`/cases/${caseId}/events`, body);
    if (response.status !== 200) throw new Error(`${JSON.stringify(body)} by ${who}: ${response.status} ${JSON.stringify(response.body)}`);
  }

  async function uploaded(caseId: string, file: FileToSend, documentKind: string, extra: Record<string, string> = {}, who: Who = 'applicant') {
    const response = await (await as(who)).upload(caseId, file, { documentKind, ...extra });
    if (response.status !== 201) throw new Error(`upload by ${who}: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body as { id: string; sha256: string; originalName: string; supersedes: string | null };
  }

  /** Every file under the attachments folder, relative to it: what a refused upload must not change. */
  async function storedFiles(): Promise<string[]> {
    const entries = await readdir(attachmentsDir, { recursive: true, withFileTypes: true });
    return entries
      .filter((entry) => entry.isFile())
      .map((entry) => relative(attachmentsDir, join(entry.parentPath, entry.name)))
      .sort();
  }

  const rowsOf = async (caseId: string) =>
    (await api.database.query<{ count: string }>(`SELECT count(*) FROM attachment WHERE case_id = $1`, [caseId]))[0]?.count;
  const auditEntriesOf = async (caseId: string) =>
    (await api.database.query<{ count: string }>(`SELECT count(*) FROM audit_entry WHERE case_id = $1`, [caseId]))[0]?.count;

  /** Runs a refused request and checks it left no row, no audit entry and no file behind. */
  async function leavesNothing<T>(caseId: string, refused: () => Promise<T>): Promise<T> {
    const [files, rows, entries] = [await storedFiles(), await rowsOf(caseId), await auditEntriesOf(caseId)];
    const result = await refused();
    expect(await storedFiles()).toEqual(files);
    expect(await rowsOf(caseId)).toBe(rows);
    expect(await auditEntriesOf(caseId)).toBe(entries);
    return result;
  }

  describe('upload, list and download', () => {
    it('stores an upload and gives it back byte for byte, with its SHA-256 in ETag and Digest', async () => {
      clock.setTokyoDate('2025-05-01');
      const caseId = await openCase();
      const content = pdf();
      const applicant = await as('applicant');

      const response = await applicant.upload(caseId, { content, name: '交付申請書（舞川地区）.pdf', type: 'application/pdf' }, { documentKind: 'applicationForm' });

      expect(response.status).toBe(201);
      expect(response.body).toEqual({
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        caseId,
        documentKind: 'applicationForm',
        documentKindJa: '交付申請書',
        originalName: '交付申請書（舞川地区）.pdf',
        mediaType: 'application/pdf',
        sizeBytes: content.length,
        sha256: sha256(content),
        uploadedBy: tenant.users.applicant.id,
        uploadedAt: '2025-05-01T03:00:00.000Z',
        uploadedOn: '2025-05-01',
        uploadedOnJa: '令和7年5月1日',
        supersedes: null,
        superseded: false,
        supersededBy: null,
      });
      const { id } = response.body;

      const list = await applicant.get(`/cases/${caseId}/attachments`).expect(200);
      expect(list.body).toEqual([response.body]);

      const download = await (await as('officer')).download(`/cases/${caseId}/attachments/${id}`).expect(200);
      expect(Buffer.compare(download.body, content)).toBe(0);
      expect(sha256(download.body)).toBe(response.body.sha256);
      expect(download.headers['content-type']).toBe('application/pdf');
      expect(download.headers['content-length']).toBe(String(content.length));
      expect(download.headers['content-disposition']).toBe(
        `attachment; filename="___________.pdf"; filename*=UTF-8''${encodeURIComponent('交付申請書（舞川地区）.pdf')}`,
      );
      expect(download.headers.etag).toBe(`"${sha256(content)}"`);
      expect(download.headers.digest).toBe(`sha-256=${createHash('sha256').update(content).digest('base64')}`);
      expect(download.headers['x-content-type-options']).toBe('nosniff');

      // On disk under <tenant>/<case>/<id>, exactly these bytes, and nothing else beside it.
      expect(await readFile(join(attachmentsDir, tenant.id, caseId, id))).toEqual(content);
      expect((await storedFiles()).filter((file) => file.includes(caseId))).toEqual([join(tenant.id, caseId, id)]);
    });

    it('keeps a superseded version downloadable and marks it superseded by the newer one', async () => {
      clock.setTokyoDate('2025-05-02');
      const caseId = await openCase();
      const first = csv('区分,金額\n消耗品費,10000\n');
      const second = csv('区分,金額\n消耗品費,12000\n');
      const older = await uploaded(caseId, { content: first, name: '収支予算書.csv', type: 'text/csv' }, 'budget');
      const newer = await uploaded(caseId, { content: second, name: '収支予算書（訂正）.csv', type: 'text/csv' }, 'budget', { supersedes: older.id });
      expect(newer.supersedes).toBe(older.id);

      const applicant = await as('applicant');
      const list = await applicant.get(`/cases/${caseId}/attachments`).expect(200);
      expect(list.body.map((item: { id: string }) => item.id)).toEqual([newer.id, older.id]);
      expect(list.body[0]).toMatchObject({ supersedes: older.id, superseded: false, supersededBy: null });
      expect(list.body[1]).toMatchObject({ supersedes: null, superseded: true, supersededBy: newer.id, originalName: '収支予算書.csv' });

      const oldDownload = await applicant.download(`/cases/${caseId}/attachments/${older.id}`).expect(200);
      expect(Buffer.compare(oldDownload.body, first)).toBe(0);
      const newDownload = await applicant.download(`/cases/${caseId}/attachments/${newer.id}`).expect(200);
      expect(Buffer.compare(newDownload.body, second)).toBe(0);
    });

    it('refuses to supersede a version twice, another kind of document, or an attachment not of this case', async () => {
      const caseId = await openCase();
      const otherCaseId = await openCase();
      const older = await uploaded(caseId, { content: csv(), name: 'budget.csv', type: 'text/csv' }, 'budget');
      const newer = await uploaded(caseId, { content: csv(), name: 'budget-2.csv', type: 'text/csv' }, 'budget', { supersedes: older.id });
      const elsewhere = await uploaded(otherCaseId, { content: csv(), name: 'budget.csv', type: 'text/csv' }, 'budget');
      const applicant = await as('applicant');
      const again = (supersedes: string, documentKind = 'budget') =>
        leavesNothing(caseId, () => applicant.upload(caseId, { content: csv(), name: 'budget-3.csv', type: 'text/csv' }, { documentKind, supersedes }));

      const twice = await again(older.id);
      expect(twice.status).toBe(409);
      expect(twice.body).toMatchObject({ code: 'ATTACHMENT_ALREADY_SUPERSEDED', supersededBy: newer.id });

      const otherKind = await again(newer.id, 'projectPlan');
      expect(otherKind.status).toBe(400);
      expect(otherKind.body).toMatchObject({ code: 'ATTACHMENT_INVALID_SUPERSEDES', problems: [{ field: 'supersedes' }] });
      expect(otherKind.body.message).toMatch(/^supersedes names a budget \(収支予算書\)/);

      for (const stranger of [elsewhere.id, randomUUID()]) {
        const response = await again(stranger);
        expect(response.status).toBe(400);
        expect(response.body).toMatchObject({ code: 'ATTACHMENT_INVALID_SUPERSEDES', problems: [{ field: 'supersedes' }] });
        expect(response.body.message).toBe(`supersedes must name an attachment of case ${caseId} (got ${stranger})`);
      }

      const malformed = await again('../../etc/passwd');
      expect(malformed.status).toBe(400);
      expect(problemMessages(malformed.body)).toEqual(['supersedes must be an attachment id (UUID)']);
    });

    it('never overwrites a file: the same content uploaded twice is kept twice', async () => {
      const caseId = await openCase();
      const content = pdf();
      const first = await uploaded(caseId, { content, name: '事業計画書.pdf', type: 'application/pdf' }, 'projectPlan');
      const second = await uploaded(caseId, { content, name: '事業計画書.pdf', type: 'application/pdf' }, 'projectPlan');

      expect(second.id).not.toBe(first.id);
      expect(second.sha256).toBe(first.sha256);
      const keys = await api.database.query<{ storage_key: string }>(`SELECT storage_key FROM attachment WHERE case_id = $1 ORDER BY upload_seq`, [caseId]);
      expect(keys.map((row) => row.storage_key)).toEqual([`${tenant.id}/${caseId}/${first.id}`, `${tenant.id}/${caseId}/${second.id}`]);
      expect((await storedFiles()).filter((file) => file.includes(caseId))).toHaveLength(2);
      expect(await readFile(join(attachmentsDir, tenant.id, caseId, first.id))).toEqual(content);
      expect(await readFile(join(attachmentsDir, tenant.id, caseId, second.id))).toEqual(content);
    });

    it('has a store that refuses to write over an existing file and leaves no temporary file behind', async () => {
      const caseId = await openCase();
      const content = pdf();
      const existing = await uploaded(caseId, { content, name: 'plan.pdf', type: 'application/pdf' }, 'projectPlan');
      const store = api.app.get(AttachmentStore);

      await expect(
        store.write(storageKeyOf(tenant.id, caseId, existing.id), Readable.from([Buffer.from('%PDF-1.7 replaced')]), () => undefined),
      ).rejects.toMatchObject({ code: 'EEXIST' });

      expect(await readFile(join(attachmentsDir, tenant.id, caseId, existing.id))).toEqual(content);
      expect(await readdir(join(attachmentsDir, tenant.id, caseId))).toEqual([existing.id]);
    });
  });

  describe('size and type', () => {
    it('refuses a file above ATTACHMENT_MAX_BYTES with 413 naming the limit, and stores nothing', async () => {
      const caseId = await openCase();
      const applicant = await as('applicant');
      for (const size of [MAX_BYTES + 1, 4 * MAX_BYTES]) {
        const content = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(size - 9, 0x20)]);
        const response = await leavesNothing(caseId, () =>
          applicant.upload(caseId, { content, name: 'big.pdf', type: 'application/pdf' }, { documentKind: 'applicationForm' }),
        );
        expect(response.status).toBe(413);
        expect(response.body).toMatchObject({
          code: 'ATTACHMENT_TOO_LARGE',
          message: 'file is larger than the limit of 64 KiB (65,536 bytes) (ATTACHMENT_MAX_BYTES)',
          maxBytes: MAX_BYTES,
          requestId: expect.any(String),
        });
      }
    });

    it('takes a file of exactly ATTACHMENT_MAX_BYTES', async () => {
      const caseId = await openCase();
      const content = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(MAX_BYTES - 9, 0x20)]);
      const stored = await uploaded(caseId, { content, name: 'limit.pdf', type: 'application/pdf' }, 'applicationForm');
      expect(stored).toMatchObject({ sizeBytes: MAX_BYTES, sha256: sha256(content) });
    });

    it('refuses a type not accepted with 415 naming it and listing the accepted ones, and stores nothing', async () => {
      const caseId = await openCase();
      const applicant = await as('applicant');
      for (const type of ['text/html', 'application/x-msdownload', 'image/svg+xml']) {
        const response = await leavesNothing(caseId, () =>
          applicant.upload(caseId, { content: Buffer.from('<script>alert(1)</script>'), name: 'page.pdf', type }, { documentKind: 'applicationForm' }),
        );
        expect(response.status).toBe(415);
        expect(response.body).toMatchObject({ code: 'ATTACHMENT_UNSUPPORTED_MEDIA_TYPE', mediaType: type });
        expect(response.body.allowedMediaTypes).toEqual(['application/pdf', 'image/jpeg', 'image/png', expect.stringContaining('wordprocessingml'), XLSX, 'text/csv']);
        expect(response.body.message).toContain(`file type ${type} is not accepted; accepted types: application/pdf, image/jpeg, image/png`);
      }
    });

    it('refuses mislabelled content with 415 and stores nothing', async () => {
      const caseId = await openCase();
      const applicant = await as('applicant');
      const cases: Array<[FileToSend, string]> = [
        [{ content: png(), name: 'scan.pdf', type: 'application/pdf' }, 'file is declared application/pdf, but the content is a PNG image'],
        [{ content: pdf(), name: 'budget.csv', type: 'text/csv' }, 'file is declared text/csv, but the content is a PDF file'],
        [{ content: csv(), name: 'photo.png', type: 'image/png' }, 'file is declared image/png, but the content is not a PNG image'],
        [{ content: pdf(), name: 'budget.xlsx', type: XLSX }, `file is declared ${XLSX}, but the content is a PDF file`],
      ];
      for (const [file, message] of cases) {
        const response = await leavesNothing(caseId, () => applicant.upload(caseId, file, { documentKind: 'budget' }));
        expect(response.status).toBe(415);
        expect(response.body).toMatchObject({ code: 'ATTACHMENT_CONTENT_MISMATCH', message });
      }
    });

    it('takes a declared type with parameters and upper case as its essence', async () => {
      const caseId = await openCase();
      const stored = await uploaded(caseId, { content: csv(), name: 'budget.csv', type: 'Text/CSV; charset=UTF-8' }, 'budget');
      expect(stored).toMatchObject({ mediaType: 'text/csv' });
    });

    it('refuses an empty file with 400 naming file', async () => {
      const caseId = await openCase();
      const form = multipart([textPart('documentKind', 'budget'), filePart('filename="empty.csv"', 'text/csv', Buffer.alloc(0))]);
      const response = await leavesNothing(caseId, async () => (await as('applicant')).uploadRaw(caseId, form));
      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({ code: 'ATTACHMENT_EMPTY_FILE', problems: [{ field: 'file' }], message: 'file is empty' });
    });
  });

  describe('file names', () => {
    it.each([
      ['a path that climbs out', 'filename="../../etc/passwd"', 'passwd'],
      ['an absolute path', 'filename="/etc/shadow"', 'shadow'],
      ['Windows separators', 'filename="..\\\\..\\\\boot.ini"', 'boot.ini'],
      ['an RFC 5987 encoded path', "filename*=UTF-8''..%2F..%2F..%2Fetc%2Fcron.d%2Fjob", 'job'],
      ['a bidi override sent raw', 'filename="inv\u202Eoice.csv"', 'invoice.csv'],
      ['control characters and a bidi override, percent-encoded', "filename*=UTF-8''inv%E2%80%AEoice%07%00%0D%0A.csv", 'invoice.csv'],
      ['a name of dots and controls', "filename*=UTF-8''.%00.", 'attachment'],
    ])('stores %s only as a harmless display name; the file goes under a key of uuids', async (_what, parameter, expected) => {
      const caseId = await openCase();
      const before = await storedFiles();
      const form = multipart([textPart('documentKind', 'budget'), filePart(parameter, 'text/csv', csv())]);
      const response = await (await as('applicant')).uploadRaw(caseId, form);

      expect({ status: response.status, body: response.body }).toMatchObject({ status: 201, body: { originalName: expected } });
      const [row] = await api.database.query<{ storage_key: string; original_name: string }>(
        `SELECT storage_key, original_name FROM attachment WHERE id = $1`,
        [response.body.id],
      );
      expect(row).toEqual({ storage_key: `${tenant.id}/${caseId}/${response.body.id}`, original_name: expected });
      const added = (await storedFiles()).filter((file) => !before.includes(file));
      expect(added).toEqual([join(tenant.id, caseId, response.body.id)]);

      const download = await (await as('officer')).download(`/cases/${caseId}/attachments/${response.body.id}`).expect(200);
      expect(download.headers['content-disposition']).toBe(`attachment; filename="${expected}"; filename*=UTF-8''${expected}`);
    });

    it('refuses what the multipart parser cannot take as a file name, and stores nothing', async () => {
      const caseId = await openCase();
      const applicant = await as('applicant');
      const rawControl = await leavesNothing(caseId, () =>
        applicant.uploadRaw(caseId, multipart([textPart('documentKind', 'budget'), filePart('filename="a\u0007b.csv"', 'text/csv', csv())])),
      );
      expect(rawControl.status).toBe(400);
      expect(rawControl.body.message).toBe('Multipart: Malformed part header');
      // A part whose name is only a directory carries no file, as a browser's empty file input does.
      const directory = await leavesNothing(caseId, () =>
        applicant.uploadRaw(caseId, multipart([textPart('documentKind', 'budget'), filePart('filename="../.."', 'text/csv', csv())])),
      );
      expect(directory.status).toBe(400);
      expect(problemMessages(directory.body)).toEqual(['file must be sent: the document as the multipart part named "file"']);
    });

    it('keeps a Japanese name sent as raw UTF-8 by a browser', async () => {
      const caseId = await openCase();
      const form = multipart([textPart('documentKind', 'receiptCopies'), filePart('filename="領収書の写し①.pdf"', 'application/pdf', pdf())]);
      const response = await (await as('applicant')).uploadRaw(caseId, form);
      expect(response.status).toBe(201);
      expect(response.body.originalName).toBe('領収書の写し①.pdf');
    });
  });

  describe('fields', () => {
    it('refuses a documentKind that is no document kind, or one the program does not ask for, naming documentKind', async () => {
      const caseId = await openCase();
      const applicant = await as('applicant');
      const file = { content: pdf(), name: 'plan.pdf', type: 'application/pdf' };

      const unknown = await leavesNothing(caseId, () => applicant.upload(caseId, file, { documentKind: 'selfie' }));
      expect(unknown.status).toBe(400);
      expect(problemMessages(unknown.body)).toEqual([expect.stringMatching(/^documentKind must be one of applicationForm, projectPlan, /)]);

      // 地域協働体支援事業補助金 asks for no 地域づくり計画書.
      const notAsked = await leavesNothing(caseId, () => applicant.upload(caseId, file, { documentKind: 'areaPlan' }));
      expect(notAsked.status).toBe(400);
      expect(notAsked.body).toMatchObject({ code: 'ATTACHMENT_INVALID_DOCUMENT_KIND', problems: [{ field: 'documentKind' }] });
      expect(notAsked.body.message).toMatch(/^documentKind must be one the program 協働支援 asks for: applicationForm \(交付申請書\), .* \(got areaPlan\)$/);
      expect(notAsked.body.allowedDocumentKinds).not.toContain('areaPlan');
    });

    it('answers 400 naming file when the file is missing, and refuses unknown fields and extra files', async () => {
      const caseId = await openCase();
      const applicant = await as('applicant');

      const missing = await applicant.upload(caseId, null, { documentKind: 'budget' });
      expect(missing.status).toBe(400);
      expect(problemMessages(missing.body)).toEqual(['file must be sent: the document as the multipart part named "file"']);

      const asJson = await applicant.post(`/cases/${caseId}/attachments`, { documentKind: 'budget' });
      expect(asJson.status).toBe(400);
      expect(problemMessages(asJson.body)).toEqual(['file must be sent: the document as the multipart part named "file"']);

      const unknownField = await leavesNothing(caseId, () =>
        applicant.upload(caseId, { content: csv(), name: 'b.csv', type: 'text/csv' }, { documentKind: 'budget', uploadedBy: tenant.users.officer.id }),
      );
      expect(unknownField.status).toBe(400);
      expect(problemMessages(unknownField.body)).toEqual(['property uploadedBy should not exist']);

      const missingKind = await applicant.upload(caseId, { content: csv(), name: 'b.csv', type: 'text/csv' }, {});
      expect(missingKind.status).toBe(400);
      expect(problemMessages(missingKind.body)).toEqual([expect.stringMatching(/^documentKind must be one of/)]);

      const otherPart = multipart([textPart('documentKind', 'budget'), { ...filePart('filename="b.csv"', 'text/csv', csv()), headers: 'Content-Disposition: form-data; name="document"; filename="b.csv"\r\nContent-Type: text/csv' }]);
      const wrongName = await leavesNothing(caseId, () => applicant.uploadRaw(caseId, otherPart));
      expect(wrongName.status).toBe(400);

      const twoFiles = multipart([textPart('documentKind', 'budget'), filePart('filename="a.csv"', 'text/csv', csv()), filePart('filename="b.csv"', 'text/csv', csv())]);
      const tooMany = await leavesNothing(caseId, () => applicant.uploadRaw(caseId, twoFiles));
      expect(tooMany.status).toBe(400);

      // What a person sees of the parser's refusals: Japanese, naming the part it could not take.
      const wrongNameJa = await applicant.uploadRaw(caseId, otherPart, 'ja');
      expect(wrongNameJa.body).toMatchObject({ code: 'REQUEST_INVALID', problems: [{ field: 'document', message: 'ファイルは「file」という名前の欄で、1回に1つだけ送ってください。' }] });
      const cutOff = await leavesNothing(caseId, () => applicant.uploadRaw(caseId, { type: twoFiles.type, body: twoFiles.body.subarray(0, 120) }, 'ja'));
      expect(cutOff.status).toBe(400);
      expect(cutOff.body).toMatchObject({ code: 'REQUEST_MALFORMED', message: expect.stringContaining('送信が途中で切れたか') });

      const badCase = await applicant.upload('not-a-case', { content: csv(), name: 'b.csv', type: 'text/csv' }, { documentKind: 'budget' });
      expect(badCase.status).toBe(400);
      expect(problemMessages(badCase.body)).toEqual(['id must be a case id (UUID)']);
      const badAttachment = await applicant.get(`/cases/${caseId}/attachments/..%2F..%2Fetc%2Fpasswd`);
      expect(badAttachment.status).toBe(400);
      expect(problemMessages(badAttachment.body)).toEqual(['attachmentId must be an attachment id (UUID)']);
    });
  });

  describe('who may do what', () => {
    const file = () => ({ content: csv(), name: 'budget.csv', type: 'text/csv' });

    it('lets the applicant of the organization and the officer upload; others who see the case get 403 naming allowedRoles', async () => {
      const caseId = await openCase();
      for (const who of ['applicant', 'officer'] as const) {
        const response = await (await as(who)).upload(caseId, file(), { documentKind: 'budget' });
        expect(response.status).toBe(201);
        expect(response.body.uploadedBy).toBe(tenant.users[who].id);
      }
      for (const who of ['approver', 'finance'] as const) {
        const response = await leavesNothing(caseId, async () => (await as(who)).upload(caseId, file(), { documentKind: 'budget' }));
        expect(response.status).toBe(403);
        expect(response.body).toMatchObject({ code: 'ATTACHMENT_FORBIDDEN', allowedRoles: ['applicant', 'officer'] });
      }
      const admin = await leavesNothing(caseId, async () => (await as('admin')).upload(caseId, file(), { documentKind: 'budget' }));
      expect(admin.status).toBe(403);
      expect(admin.body).toMatchObject({ code: 'CASE_FORBIDDEN', allowedRoles: expect.any(Array) });
    });

    it("answers 404 to another organization's applicant, an unassigned reviewer and another municipality, for upload, list and download", async () => {
      const caseId = await openCase();
      const attachment = await uploaded(caseId, file(), 'budget');
      const strangers: Array<[Who, SeededTenant]> = [
        ['otherApplicant', tenant],
        ['reviewer', tenant],
        ['officer', otherTenant],
        ['applicant', otherTenant],
        ['approver', otherTenant],
      ];
      for (const [who, of] of strangers) {
        const client = await as(who, of);
        const upload = await leavesNothing(caseId, () => client.upload(caseId, file(), { documentKind: 'budget' }));
        const list = await client.get(`/cases/${caseId}/attachments`);
        const download = await client.get(`/cases/${caseId}/attachments/${attachment.id}`);
        for (const response of [upload, list, download]) {
          expect({ who, of: of.code, status: response.status, code: response.body.code }).toEqual({ who, of: of.code, status: 404, code: 'CASE_NOT_FOUND' });
        }
      }
    });

    it('lets everyone who sees the case list and download; an administrator gets 403', async () => {
      const caseId = await openCase();
      const content = csv('区分,金額\n備品購入費,30000\n');
      const attachment = await uploaded(caseId, { content, name: 'budget.csv', type: 'text/csv' }, 'budget');
      for (const who of ['applicant', 'officer', 'approver', 'finance'] as const) {
        const client = await as(who);
        const list = await client.get(`/cases/${caseId}/attachments`);
        expect({ who, status: list.status, ids: list.body.map?.((item: { id: string }) => item.id) }).toEqual({ who, status: 200, ids: [attachment.id] });
        const download = await client.download(`/cases/${caseId}/attachments/${attachment.id}`);
        expect({ who, status: download.status }).toEqual({ who, status: 200 });
        expect(Buffer.compare(download.body, content)).toBe(0);
      }
      const admin = await as('admin');
      expect((await admin.get(`/cases/${caseId}/attachments`)).status).toBe(403);
      expect((await admin.get(`/cases/${caseId}/attachments/${attachment.id}`)).status).toBe(403);
    });

    it('lets the assigned reviewer read but not upload', async () => {
      clock.setTokyoDate('2025-05-01');
      const caseId = await openCase();
      const attachment = await uploaded(caseId, file(), 'budget');
      clock.setTokyoDate('2025-05-10');
      await attachPapers(await api.as('applicant'), caseId, papersFor(SUPPORT, 'application'));
      await send(caseId, 'applicant', {
        type: 'SUBMIT',
        requestedAmount: 100_000,
        plannedExpenses: [{ category: SUPPORT.eligibleExpenseCategories[0], amount: 160_000 }],
      });
      await send(caseId, 'officer', { type: 'ACCEPT' });
      await send(caseId, 'officer', { type: 'ASSIGN_REVIEWER', reviewerId: tenant.users.reviewer.id });

      const reviewer = await as('reviewer');
      // Withheld until they declare they have no conflict of interest (test/reviewer-conflict).
      expect((await reviewer.get(`/cases/${caseId}/attachments`)).status).toBe(403);
      await send(caseId, 'reviewer', { type: 'AFFIRM_NO_CONFLICT' });
      expect((await reviewer.get(`/cases/${caseId}/attachments`)).status).toBe(200);
      expect((await reviewer.download(`/cases/${caseId}/attachments/${attachment.id}`)).status).toBe(200);
      const upload = await leavesNothing(caseId, () => reviewer.upload(caseId, file(), { documentKind: 'budget' }));
      expect(upload.status).toBe(403);
      expect(upload.body.allowedRoles).toEqual(['applicant', 'officer']);
      // The applicant still files papers while the case is in review.
      expect((await (await as('applicant')).upload(caseId, file(), { documentKind: 'budget' })).status).toBe(201);
    });

    it("answers 404 for an attachment of another case, even one the user sees, and for one that does not exist", async () => {
      const caseId = await openCase();
      const otherCaseId = await openCase();
      const elsewhere = await uploaded(otherCaseId, file(), 'budget');
      const officer = await as('officer');
      for (const attachmentId of [elsewhere.id, randomUUID()]) {
        const response = await officer.get(`/cases/${caseId}/attachments/${attachmentId}`);
        expect(response.status).toBe(404);
        expect(response.body).toMatchObject({ code: 'ATTACHMENT_NOT_FOUND' });
      }
    });
  });

  describe('the case and its trail', () => {
    it('refuses uploads once the case has ended, naming the state; its attachments stay readable', async () => {
      const caseId = await openCase();
      const content = pdf();
      const attachment = await uploaded(caseId, { content, name: 'plan.pdf', type: 'application/pdf' }, 'projectPlan');
      await send(caseId, 'applicant', { type: 'WITHDRAW', reason: '事業の見直しのため' });

      for (const who of ['applicant', 'officer'] as const) {
        const response = await leavesNothing(caseId, async () =>
          (await as(who)).upload(caseId, { content: pdf(), name: 'plan-2.pdf', type: 'application/pdf' }, { documentKind: 'projectPlan', supersedes: attachment.id }),
        );
        expect(response.status).toBe(409);
        expect(response.body).toMatchObject({ code: 'ATTACHMENT_CASE_ENDED', state: 'withdrawn' });
      }
      expect((await (await as('officer')).get(`/cases/${caseId}/attachments`)).body).toHaveLength(1);
      const download = await (await as('applicant')).download(`/cases/${caseId}/attachments/${attachment.id}`).expect(200);
      expect(Buffer.compare(download.body, content)).toBe(0);
    });

    it('removes the written file when the case ends while the upload streams in', async () => {
      const caseId = await openCase();
      const withdrawMidway = async function* () {
        yield Buffer.from('%PDF-1.7\n');
        await send(caseId, 'applicant', { type: 'WITHDRAW', reason: '取下げ' });
        yield randomBytes(1000);
      };
      const user = { userId: tenant.users.applicant.id, tenantId: tenant.id, role: 'applicant' as const, organizationIds: [tenant.organizationId], liaisonAreas: [] };
      const files = await storedFiles();

      await expect(
        api.app.get(UploadAttachment).execute({
          user,
          caseId,
          documentKind: 'projectPlan',
          supersedes: null,
          originalName: 'plan.pdf',
          mediaType: 'application/pdf',
          content: withdrawMidway(),
        }),
      ).rejects.toMatchObject({ code: 'ATTACHMENT_CASE_ENDED' });

      expect(await storedFiles()).toEqual(files);
      expect(await rowsOf(caseId)).toBe('0');
    });

    it("records each upload in the case's audit trail without moving its state, and the chain still verifies", async () => {
      const caseId = await openCase();
      const content = pdf();
      const older = await uploaded(caseId, { content: pdf(), name: 'form.pdf', type: 'application/pdf' }, 'applicationForm');
      const newer = await uploaded(caseId, { content, name: 'form-v2.pdf', type: 'application/pdf' }, 'applicationForm', { supersedes: older.id }, 'officer');

      const history = await (await as('officer')).get(`/cases/${caseId}/history`).expect(200);
      const attaches = history.body.filter((entry: { eventType: string }) => entry.eventType === 'ATTACH_DOCUMENT');
      expect(attaches).toHaveLength(2);
      expect(attaches[1]).toMatchObject({
        actorUserId: tenant.users.officer.id,
        actorRole: 'officer',
        stateBefore: 'application.draft',
        stateAfter: 'application.draft',
        payload: {
          attachmentId: newer.id,
          documentKind: 'applicationForm',
          originalName: 'form-v2.pdf',
          mediaType: 'application/pdf',
          sizeBytes: content.length,
          sha256: sha256(content),
          supersedes: older.id,
        },
      });
      expect(attaches[0]).toMatchObject({ actorRole: 'applicant', payload: { attachmentId: older.id, supersedes: null } });

      const verification = await verifyAuditChains(api.app.get(DataSource), { caseId });
      expect(verification).toMatchObject({ casesChecked: 1, firstBroken: null });
      expect(verification.entriesChecked).toBe(history.body.length);
    });

    it('keeps attachment rows unchangeable: the application role may not update or delete them, and triggers refuse the owner', async () => {
      const caseId = await openCase();
      const attachment = await uploaded(caseId, { content: csv(), name: 'budget.csv', type: 'text/csv' }, 'budget');

      await expect(api.database.query(`SET ROLE grants_app; UPDATE attachment SET original_name = 'x.csv' WHERE id = '${attachment.id}'`)).rejects.toThrow(
        /permission denied/,
      );
      await expect(api.database.query(`SET ROLE grants_app; DELETE FROM attachment WHERE id = '${attachment.id}'`)).rejects.toThrow(/permission denied/);
      await expect(api.database.query(`UPDATE attachment SET original_name = 'x.csv' WHERE id = $1`, [attachment.id])).rejects.toThrow(/never rewritten/);
      await expect(api.database.query(`DELETE FROM attachment WHERE id = $1`, [attachment.id])).rejects.toThrow(/never rewritten/);
      const [row] = await api.database.query<{ original_name: string }>(`SELECT original_name FROM attachment WHERE id = $1`, [attachment.id]);
      expect(row?.original_name).toBe('budget.csv');
    });
  });
});
