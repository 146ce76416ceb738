/**
 * Parameters of a raw query built condition by condition: `value(x)` keeps `x` and answers its
 * placeholder (`$1`, `$2` …), so no value is ever written into the SQL text.
 */
export function queryParameters(): { values: unknown[]; value: (parameter: unknown) => string } {
  const values: unknown[] = [];
  return {
    values,
    value: (parameter) => {
      values.push(parameter);
      return `$${values.length}`;
    },
  };
}
