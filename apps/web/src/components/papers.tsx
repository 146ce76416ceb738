import { useState } from 'react';
import type { components } from '../../../../libs/api-client/src/index.js';
import { api, unwrap } from '../api/client.js';
import { texts } from '../texts.js';
import { secondaryButton } from './button.js';
import { Refusal } from './refusal.js';

type Attachment = components['schemas']['AttachmentResponseDto'];
type DocumentKind = Attachment['documentKind'];
export type RequiredDocument = components['schemas']['DocumentDto'];

/** The version of a kind of paper the case holds now (older versions are superseded, still kept). */
export const currentOf = (attachments: readonly Attachment[], kind: DocumentKind) => attachments.find((attachment) => attachment.documentKind === kind && !attachment.superseded);
export const missingOf = (documents: readonly RequiredDocument[], attachments: readonly Attachment[]) => documents.filter((document) => !currentOf(attachments, document.kind));

interface PapersProps {
  caseId: string;
  documents: readonly RequiredDocument[];
  attachments: readonly Attachment[];
  onUploaded(attachment: Attachment): void;
}

/** One upload per required paper; a new file replaces the held one as its next version. */
export function Papers({ caseId, documents, attachments, onUploaded }: PapersProps) {
  return (
    <ul className="flex flex-col gap-4">
      {documents.map((document) => (
        <Paper key={document.kind} caseId={caseId} kind={document.kind} name={document.ja} held={currentOf(attachments, document.kind)} onUploaded={onUploaded} />
      ))}
    </ul>
  );
}

function Paper({ caseId, kind, name, held, onUploaded }: { caseId: string; kind: DocumentKind; name: string; held: Attachment | undefined; onUploaded(attachment: Attachment): void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const upload = async (file: File | undefined) => {
    if (!file) return;
    setBusy(true);
    setError(null);
    try {
      const body = { documentKind: kind, file: file as unknown as string, ...(held && { supersedes: held.id }) };
      // The schema calls the file a string (binary); the browser writes the multipart from a FormData.
      const multipart = (parts: typeof body) => {
        const form = new FormData();
        for (const [field, value] of Object.entries(parts)) form.set(field, value as string | Blob);
        return form;
      };
      onUploaded(await unwrap(api.POST('/cases/{id}/attachments', { params: { path: { id: caseId } }, body, bodySerializer: multipart })));
    } catch (refused) {
      setError(refused);
    } finally {
      setBusy(false);
    }
  };
  const inputId = `paper-${kind}`;
  // The browser's own file button speaks its UI language (often English): the input is kept for
  // keyboard and screen readers, hidden, and its label is the visible Japanese button.
  return (
    <li className="flex flex-col gap-2 rounded-8 border border-solid-gray-420 p-4">
      <p id={`${inputId}-name`} className="text-std-17B-170">
        {name}
        <span className="ml-2 text-dns-14N-130 text-red-800">{texts.required}</span>
      </p>
      {held && <p className="text-std-16N-170 text-green-900">{texts.application.held(held.originalName)}</p>}
      <input
        id={inputId}
        type="file"
        accept="application/pdf,image/jpeg,image/png,.docx,.xlsx,.csv"
        disabled={busy}
        aria-labelledby={`${inputId}-name ${inputId}-button`}
        onChange={(event) => upload(event.target.files?.[0])}
        className="peer sr-only"
      />
      <label id={`${inputId}-button`} htmlFor={inputId} className={`${secondaryButton} w-fit cursor-pointer peer-focus-visible:outline-4 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-black`}>
        {held ? texts.application.replace : texts.application.choose}
      </label>
      {busy && <p role="status">{texts.application.uploading}</p>}
      <Refusal error={error} />
    </li>
  );
}
