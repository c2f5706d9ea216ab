// The scenario command line: `npm run scenario -- validate <file>`.
// Exit codes: 0 valid, 1 invalid (every problem listed), 2 cannot run (usage, missing file, bad JSON).
import { readFileSync } from "node:fs";
import { extname, resolve } from "node:path";
import { describeScenario, formatProblems, parseScenario } from "../src/scenario-load.ts";

const USAGE = `usage: npm run scenario -- validate <file.json|file.yaml>

  validate <file>   check a scenario file against the schema (docs/scenario.schema.json)
                    and the cross-field rules; prints a one-line summary, or every problem.

exit codes: 0 valid, 1 invalid, 2 usage error or unreadable file`;

/** Runs the CLI with the given arguments; returns the exit code. */
async function main(args: readonly string[]): Promise<number> {
  const [command, file, ...rest] = args;
  if (command === "help" || command === "--help" || command === "-h") {
    console.log(USAGE);
    return 0;
  }
  if (command !== "validate" || file === undefined || rest.length > 0) {
    console.error(
      command === undefined ? "scenario: no command given." : `scenario: cannot understand "${args.join(" ")}".`,
    );
    console.error(USAGE);
    return 2;
  }
  let text: string;
  try {
    // `npm run` moves to the repository root; INIT_CWD is where the user typed the command.
    text = readFileSync(resolve(process.env.INIT_CWD ?? process.cwd(), file), "utf8");
  } catch (error) {
    const code = (error as { code?: string }).code;
    console.error(
      code === "ENOENT"
        ? `scenario: no such file: ${file}`
        : `scenario: cannot read ${file}: ${(error as Error).message}`,
    );
    return 2;
  }
  const data = await parseText(file, text);
  if (!data.ok) {
    console.error(`scenario: ${file} is not valid ${data.format}: ${data.message}`);
    return 2;
  }
  const result = parseScenario(data.value);
  if (result.ok) {
    console.log(`ok ${describeScenario(result.scenario)}`);
    return 0;
  }
  const n = result.problems.length;
  console.error(`invalid ${file}: ${n} problem${n === 1 ? "" : "s"}`);
  console.error(
    formatProblems(result.problems)
      .split("\n")
      .map((line) => `  ${line}`)
      .join("\n"),
  );
  return 1;
}

type Parsed = { ok: true; value: unknown } | { ok: false; format: string; message: string };

async function parseText(file: string, text: string): Promise<Parsed> {
  const ext = extname(file).toLowerCase();
  if (ext === ".yaml" || ext === ".yml") {
    let yaml: { parse(text: string): unknown };
    try {
      // Optional: YAML works where the `yaml` package happens to be installed; JSON always works.
      yaml = (await import("yaml")) as { parse(text: string): unknown };
    } catch {
      return {
        ok: false,
        format: "YAML",
        message: "YAML support needs the `yaml` package, which is not installed; use JSON",
      };
    }
    try {
      return { ok: true, value: yaml.parse(text) };
    } catch (error) {
      return { ok: false, format: "YAML", message: (error as Error).message };
    }
  }
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, format: "JSON", message: (error as Error).message };
  }
}

process.exitCode = await main(process.argv.slice(2));
