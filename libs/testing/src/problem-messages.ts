/** The `message` of each problem of a refusal's body, for specs that compare them as a list of sentences. */
export function problemMessages(body: { problems?: Array<{ message: string }> }): string[] {
  return (body.problems ?? []).map((problem) => problem.message);
}
