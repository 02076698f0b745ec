import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { expect } from "vitest";
import { freePort } from "../../server/db/embedded.js";

/** `node dist/server/main.js` as a child process, the way `npm start` runs it. */
export interface ServerProcess {
  child: ChildProcess;
  base: string;
  /** Everything it printed so far (stdout and stderr). */
  output(): string;
  /** Resolves with the exit code (or signal name) once it has exited. */
  exited: Promise<number | string>;
}

export async function startServerProcess(options: { cwd: string; main: string; env?: Record<string, string>; readyMs?: number }): Promise<ServerProcess> {
  expect(existsSync(options.main), "run `npm run build:server` first (npm test does)").toBe(true);
  const port = await freePort();
  const child = spawn(process.execPath, [options.main], {
    cwd: options.cwd,
    env: { ...process.env, DATABASE_URL: "", PORT: String(port), HOST: "127.0.0.1", LOG_LEVEL: "warn", ...options.env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let text = "";
  child.stdout!.on("data", (d: Buffer) => (text += d.toString()));
  child.stderr!.on("data", (d: Buffer) => (text += d.toString()));
  const exited = new Promise<number | string>((resolve) => child.on("exit", (code, signal) => resolve(code ?? signal ?? "unknown")));
  const ready = await Promise.race([
    new Promise<boolean>((resolve) => {
      const check = () => (text.includes("ready on http") ? resolve(true) : setTimeout(check, 50));
      check();
    }),
    exited.then(() => false),
    new Promise<boolean>((resolve) => setTimeout(() => resolve(false), options.readyMs ?? 60_000)),
  ]);
  if (!ready) {
    child.kill("SIGKILL");
    throw new Error(`the server did not start:\n${text}`);
  }
  return { child, base: `http://127.0.0.1:${port}`, output: () => text, exited };
}
