import { fieldText, problemSentence, readProblem } from '../api/problem';

/**
 * A refused write, read aloud in plain words (api/problem.ts `plainText`): the problem's sentence and
 * each field message (RFC 9457 `errors`) it does not already say; never a path, a JSON path or an id.
 */
export function ProblemAlert(props: { error: unknown }) {
  const problem = readProblem(props.error);
  const sentence = problemSentence(problem);
  const fields = [...new Set(problem.errors.map(fieldText))].filter((m) => !sentence.includes(m));
  return (
    <div class="error" role="alert">
      <p>{sentence}</p>
      {fields.length > 0 && (
        <ul>
          {fields.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
