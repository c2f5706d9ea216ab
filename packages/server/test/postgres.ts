// The test PostgreSQL server: where it is, and whether it answers (CI must have it).
import pg from "pg";

/** The database tests use; TEST_DATABASE_URL overrides it. */
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";

/** Null when PostgreSQL answers; otherwise the printed reason to skip. Throws in CI, where it must run. */
export async function postgresMissingReason(what: string): Promise<string | null> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL, connectionTimeoutMillis: 2_000 });
  try {
    await client.connect();
    await client.end();
    return null;
  } catch (error) {
    const reason = `PostgreSQL not reachable at ${TEST_DATABASE_URL} (${String(error)}): ${what} skipped`;
    if (process.env.CI) throw new Error(`${reason}; CI must run them`);
    console.warn(reason);
    return reason;
  }
}

/** A URL for a fresh schema of its own, so parallel runs never see each other's tables. */
export function schemaUrl(schema: string): string {
  return `${TEST_DATABASE_URL}${TEST_DATABASE_URL.includes("?") ? "&" : "?"}options=-c%20search_path%3D${schema}`;
}
