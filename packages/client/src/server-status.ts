/** What the landing page can tell a visitor about the server it came from. */
export type ServerStatus =
  | { kind: "ready"; store: string }
  | { kind: "degraded"; message: string }
  | { kind: "unreachable"; message: string };

type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

/** Asks /readyz; a network failure or a non-JSON answer is reported, never thrown. */
export async function readServerStatus(fetchFn: Fetch = fetch, timeoutMs = 5_000): Promise<ServerStatus> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetchFn("/readyz", { signal: controller.signal, headers: { accept: "application/json" } });
    const body = (await response.json().catch(() => null)) as { status?: string; store?: string } | null;
    if (response.ok && body?.status === "ready") return { kind: "ready", store: body.store ?? "unknown" };
    return { kind: "degraded", message: `The server answers, but its store does not (HTTP ${response.status}).` };
  } catch {
    return { kind: "unreachable", message: "The server cannot be reached. Check your connection and reload." };
  } finally {
    clearTimeout(timer);
  }
}
