import { seedProgram } from '#libs/programs';
import { programAdmissionProblems } from './program-admission-problems.js';

const SUPPORT = seedProgram('協働支援'); // ichinoseki, version 1

describe('programAdmissionProblems', () => {
  it('admits a new version-1 program of the municipality administered', () => {
    expect(programAdmissionProblems(SUPPORT, { tenantCode: 'ichinoseki', pathCode: null })).toEqual([]);
  });

  it('refuses a program of another known municipality, naming municipality', () => {
    expect(programAdmissionProblems(SUPPORT, { tenantCode: 'morioka', pathCode: null })).toEqual([
      {
        field: 'municipality',
        text: {
          ja: '自治体（municipality）は、あなたが管理する盛岡市（morioka）にしてください（入力: ichinoseki）。',
          en: 'municipality must be "morioka", the municipality you administer (got "ichinoseki")',
        },
      },
    ]);
  });

  it('admits a program naming any known municipality in a tenant the seeds do not cover', () => {
    expect(programAdmissionProblems(SUPPORT, { tenantCode: 'hanamaki', pathCode: null })).toEqual([]);
  });

  it('refuses a new program that does not start at version 1', () => {
    expect(programAdmissionProblems({ ...SUPPORT, version: 2 }, { tenantCode: 'ichinoseki', pathCode: null })).toEqual([
      {
        field: 'version',
        text: {
          ja: '版の番号（version）は、新しい制度では1にしてください（入力: 2）。2からの版は、その制度の「版を作る」で加えます。',
          en: expect.stringMatching(/^version must be 1 for a new program \(got 2\)/),
        },
      },
    ]);
  });

  it('refuses a new version whose code is not the one of the path, and does not judge its number', () => {
    expect(programAdmissionProblems({ ...SUPPORT, version: 7 }, { tenantCode: 'ichinoseki', pathCode: '合意形成' })).toEqual([
      {
        field: 'code',
        text: {
          ja: '制度コード（code）は、版を加える制度のコード「合意形成」にしてください（入力: 協働支援）。',
          en: 'code must be "合意形成", the program of the path (got "協働支援")',
        },
      },
    ]);
  });
});
