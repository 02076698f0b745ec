/** A failure said in words (never a raw GraphQL message); nothing when there is none. */
export function ErrorAlert({ message, id }: { message: string | null | undefined; id?: string }) {
  if (!message) return null;
  return (
    <p role="alert" id={id} className="field-error">
      {message}
    </p>
  );
}
