import "reflect-metadata";
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { readConfig } from "../config.js";
import { prepareDatabase } from "../db/boot.js";
import { createDataSource } from "../db/data-source.js";
import { startEmbeddedPostgres } from "../db/embedded.js";
import { DomainError } from "../domain/errors.js";
import { createServices } from "../services/services.js";

const USAGE = "usage: npm run user:create -- --email a@b.c [--role ADMIN|SALES] [--name 'Full Name']  (the password is asked for, or read from standard input)";

/** Reads the password: asked twice without echo on a terminal, else the first line of standard input. */
async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) {
    const rl = createInterface({ input: process.stdin });
    for await (const line of rl) {
      rl.close();
      return line;
    }
    return "";
  }
  const ask = (prompt: string) =>
    new Promise<string>((resolve) => {
      const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
      const output = rl as unknown as { _writeToOutput: (s: string) => void };
      rl.question(prompt, (answer) => {
        rl.close();
        process.stdout.write("\n");
        resolve(answer);
      });
      output._writeToOutput = (s: string) => {
        if (s.startsWith(prompt)) process.stdout.write(prompt);
      };
    });
  const first = await ask("Password: ");
  const second = await ask("Again: ");
  if (first !== second) throw new Error("The two passwords differ");
  return first;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { email: { type: "string" }, role: { type: "string", default: "SALES" }, name: { type: "string" }, help: { type: "boolean" } },
  });
  if (values.help || !values.email) {
    console.log(USAGE);
    process.exit(values.help ? 0 : 2);
  }
  const config = readConfig();
  const embedded = config.databaseUrl
    ? null
    : await startEmbeddedPostgres({ dataDir: config.dataDir, database: "tierwise", joinRunning: true });
  const dataSource = createDataSource({ url: config.databaseUrl ?? embedded!.url, poolSize: 2 });
  try {
    const password = await readPassword();
    await dataSource.initialize();
    await prepareDatabase(dataSource, { seedDemo: config.seedDemo });
    const user = await createServices(dataSource).auth.createUser(
      { email: values.email, role: values.role!.toUpperCase(), name: values.name ?? values.email.split("@")[0], password },
      null,
    );
    console.log(`created ${user.role} user ${user.email}`);
  } catch (err) {
    console.error(err instanceof DomainError || err instanceof Error ? `error: ${err.message}` : err);
    process.exitCode = 1;
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await embedded?.stop();
  }
}

void main();
