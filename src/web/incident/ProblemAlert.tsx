import { problemFields, problemText } from '../api/client';

/**
 * A refused write, read aloud: the problem's detail and each of its field messages (RFC 9457 `errors`)
 * that the detail does not already quote (a refused compensation's detail names its reasons).
 */
export function ProblemAlert(props: { error: unknown }) {
  const detail = problemText(props.error);
  const fields = problemFields(props.error).filter((f) => !detail.includes(f.message));
  return (
    <div class="error" role="alert">
      <p>{detail}</p>
      {fields.length > 0 && (
        <ul>
          {fields.map((f) => (
            <li key={`${f.field}:${f.message}`}>{f.message}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
