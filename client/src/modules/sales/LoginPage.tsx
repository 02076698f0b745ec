import { useMutation } from "@apollo/client/react";
import { useState, type FormEvent } from "react";
import { errorMessage, LOGIN, ME } from "./graphql.js";

/** Sign-in for sales reps and admins; the session is an HTTP-only cookie. */
export function LoginPage() {
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [login, { loading, error }] = useMutation(LOGIN, { refetchQueries: [{ query: ME }], awaitRefetchQueries: true });
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void login({ variables: { email, password } }).catch(() => undefined);
  };
  return (
    <section className="narrow">
      <h1>Sign in</h1>
      <form className="card stack" onSubmit={onSubmit}>
        <label>
          Email
          <input type="email" autoComplete="username" value={email} onChange={(e) => setEmail(e.target.value)} required />
        </label>
        <label>
          Password
          <input type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} required />
        </label>
        <button type="submit" disabled={loading}>
          {loading ? "Signing in…" : "Sign in"}
        </button>
        {error && <p role="alert">{errorMessage(error)}</p>}
      </form>
    </section>
  );
}
