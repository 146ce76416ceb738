import { useRef } from 'react';
import { secondaryButton } from '../../components/button.js';
import { Field } from '../../components/field.js';
import { texts } from '../../texts.js';
import type { ApprovalStepDraft } from './program-rules-draft.js';
import { controlId } from './program-rules-problems.js';

interface ApprovalRouteFieldsProps {
  steps: ApprovalStepDraft[];
  onChange(steps: ApprovalStepDraft[]): void;
  errorOf(control: string): string | undefined;
}

/**
 * 専決 as rows of an upper amount and the title of who decides up to it, in ascending order.
 * The last row has no upper amount (it decides everything above the others), so a row is
 * added before it, and at least one row stays.
 */
export function ApprovalRouteFields({ steps, onChange, errorOf }: ApprovalRouteFieldsProps) {
  const words = texts.admin.programs;
  const addButton = useRef<HTMLButtonElement>(null);
  const setStep = (index: number, change: Partial<ApprovalStepDraft>) => onChange(steps.map((step, at) => (at === index ? { ...step, ...change } : step)));
  const last = steps.length - 1;
  return (
    <>
      <p className="text-std-16N-170">{words.routeLead}</p>
      <ol className="flex flex-col gap-3">
        {steps.map((step, index) => (
          <li key={index}>
            <fieldset className="flex flex-col gap-3 rounded-8 border border-solid-gray-420 p-4">
              <legend className="px-1 text-std-16B-170">{words.step(index + 1)}</legend>
              {index === last ? (
                <p className="text-std-16N-170">{words.lastUpTo}</p>
              ) : (
                <Field
                  id={controlId(`approvalRoute[${index}].upTo`)}
                  label={words.upTo}
                  help={words.upToHelp}
                  required
                  inputMode="numeric"
                  autoComplete="off"
                  value={step.upTo}
                  onChange={(changed) => setStep(index, { upTo: changed.target.value })}
                  error={errorOf(`approvalRoute[${index}].upTo`)}
                />
              )}
              <Field
                id={controlId(`approvalRoute[${index}].approverTitle`)}
                label={words.approverTitle}
                required
                value={step.approverTitle}
                onChange={(changed) => setStep(index, { approverTitle: changed.target.value })}
                error={errorOf(`approvalRoute[${index}].approverTitle`)}
              />
              {steps.length > 1 && (
                <p>
                  <button
                    type="button"
                    className={secondaryButton}
                    onClick={() => {
                      onChange(steps.filter((_, at) => at !== index));
                      addButton.current?.focus();
                    }}
                  >
                    {words.removeStep(index + 1)}
                  </button>
                </p>
              )}
            </fieldset>
          </li>
        ))}
      </ol>
      <p>
        <button
          ref={addButton}
          type="button"
          className={secondaryButton}
          onClick={() => {
            onChange([...steps.slice(0, last), { upTo: '', approverTitle: '' }, ...steps.slice(last)]);
            // Once drawn, the new row's amount is where the person goes on.
            requestAnimationFrame(() => document.getElementById(controlId(`approvalRoute[${last}].upTo`))?.focus());
          }}
        >
          {words.addStep}
        </button>
      </p>
    </>
  );
}
