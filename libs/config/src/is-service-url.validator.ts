import { ValidateBy, type ValidationOptions } from 'class-validator';

/** A URL whose scheme is one of `protocols` and which names a host. */
export function IsServiceUrl(protocols: readonly string[], validationOptions?: ValidationOptions): PropertyDecorator {
  const example = `${protocols[0]}://host:port`;
  return ValidateBy(
    {
      name: 'isServiceUrl',
      constraints: [protocols],
      validator: {
        validate: (value: unknown) => isServiceUrl(value, protocols),
        defaultMessage: (args) =>
          `${args?.property} must be a URL starting with ${protocols.map((p) => `${p}://`).join(' or ')} (for example ${example})`,
      },
    },
    validationOptions,
  );
}

function isServiceUrl(value: unknown, protocols: readonly string[]): boolean {
  if (typeof value !== 'string') return false;
  try {
    const url = new URL(value);
    return protocols.includes(url.protocol.replace(/:$/, '')) && url.hostname.length > 0;
  } catch {
    return false;
  }
}
