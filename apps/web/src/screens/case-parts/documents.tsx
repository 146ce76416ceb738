import type { components } from '../../../../../libs/api-client/src/index.js';
import { linkStyle } from '../../components/button.js';
import { Section } from '../../components/section.js';
import { texts } from '../../texts.js';

type Attachment = components['schemas']['AttachmentResponseDto'];

/** The papers the organization sent, by kind: the one in force first, then the versions it replaced, each downloadable. */
export function Documents({ caseId, attachments }: { caseId: string; attachments: Attachment[] }) {
  const kinds = [...new Set(attachments.map((attachment) => attachment.documentKind))];
  return (
    <Section title={texts.casePage.documentsTitle} className="flex flex-col gap-2">
      {kinds.length === 0 ? (
        <p className="text-std-16N-170">{texts.casePage.noDocuments}</p>
      ) : (
        <ul className="flex flex-col gap-3">
          {kinds.map((kind) => {
            const versions = attachments.filter((attachment) => attachment.documentKind === kind).sort((a, b) => Number(a.superseded) - Number(b.superseded) || b.uploadedAt.localeCompare(a.uploadedAt));
            return (
              <li key={kind} className="text-std-16N-170">
                <p className="font-bold">{versions[0]?.documentKindJa}</p>
                <ul className="pl-4">
                  {versions.map((version) => (
                    <li key={version.id}>
                      <a href={`/cases/${caseId}/attachments/${version.id}`} download={version.originalName} className={linkStyle}>
                        {version.originalName}
                      </a>
                      （{version.uploadedOnJa}
                      {version.superseded ? `・${texts.casePage.superseded}` : ''}）
                    </li>
                  ))}
                </ul>
              </li>
            );
          })}
        </ul>
      )}
    </Section>
  );
}
