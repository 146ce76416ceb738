import { useId } from 'react';
import { texts } from '../../texts.js';

/**
 * 担当地域 of an officer, chosen from the areas (地区) the municipality's organizations are in, as
 * cases are matched to officers by their organization's area: a choice cannot be misspelt.
 */
export function LiaisonAreaChoices({ areas, chosen, onChange, error }: { areas: readonly string[]; chosen: readonly string[]; onChange(next: string[]): void; error?: string }) {
  const words = texts.admin.users;
  const helpId = useId();
  const errorId = useId();
  return (
    <fieldset aria-describedby={[helpId, error && errorId].filter(Boolean).join(' ')} className="flex flex-col gap-1">
      <legend className="text-std-17B-170">{words.liaisonAreas}</legend>
      <p id={helpId} className="text-dns-16N-130 text-solid-gray-700">
        {areas.length > 0 ? words.areasHelp : words.noAreas}
      </p>
      <div className="flex flex-wrap gap-x-6">
        {areas.map((area) => (
          <label key={area} className="flex min-h-12 items-center gap-3 text-std-16N-170">
            <input
              type="checkbox"
              checked={chosen.includes(area)}
              onChange={(changed) => onChange(changed.target.checked ? [...chosen, area] : chosen.filter((each) => each !== area))}
              className="size-6 shrink-0"
            />
            {area}
          </label>
        ))}
      </div>
      {error && (
        <p id={errorId} className="text-dns-16N-130 text-red-800">
          {error}
        </p>
      )}
    </fieldset>
  );
}
