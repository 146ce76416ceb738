import type { DocumentKind, Program } from '#libs/programs';
import type { ApiTestClient } from './api-test-app.js';

/** A small PDF its first bytes and trailer make a PDF, as the upload's content check wants. */
export const SAMPLE_PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n', 'latin1');

/**
 * Attaches one PDF of each kind to the case, as the applicant (or an officer) does before a
 * filing: SUBMIT, RESUBMIT, REQUEST_CHANGE and SUBMIT_REPORT are checked against the papers
 * the case holds, never against a list the client sends.
 */
export async function attachPapers(client: ApiTestClient, caseId: string, kinds: readonly DocumentKind[]): Promise<void> {
  for (const documentKind of kinds) {
    const response = await client.upload(`/cases/${caseId}/attachments`, { documentKind }, { name: `${documentKind}.pdf`, type: 'application/pdf', content: SAMPLE_PDF });
    if (response.status !== 201) throw new Error(`attaching ${documentKind} to ${caseId} answered ${response.status}: ${response.text}`);
  }
}

/** The papers a program asks for at a step: 申請, 変更 or 実績報告. */
export const papersFor = (program: Program, phase: 'application' | 'change' | 'report'): DocumentKind[] => [...program.requiredDocuments[phase]];
