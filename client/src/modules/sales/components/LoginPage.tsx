import { useState, type FormEvent } from "react";
import { useLogin } from "../hooks/useLogin.js";

/** Sign-in for sales reps and admins; the session is an HTTP-only cookie. */
export function LoginPage() {
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const { login, signingIn, error } = useLogin();
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void login(email, password);
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
        <button type="submit" disabled={signingIn}>
          {signingIn ? "Signing in…" : "Sign in"}
        </button>
        {error && <p role="alert">{error}</p>}
      </form>
    </section>
  );
}
