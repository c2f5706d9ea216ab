import { useEffect, useState } from "preact/hooks";
import { readServerStatus, type ServerStatus } from "./server-status.ts";

const FLOW = [
  { name: "Lobby", text: "Delegations take their seats; bots fill the empty ones." },
  { name: "Briefing", text: "Each delegation reads its private brief: objectives, points, red lines." },
  { name: "Negotiation", text: "One seat holds the pen on the working draft; the others amend, support and talk." },
  { name: "Signing vote", text: "Kyiv, Washington where the US must act, and three European capitals must sign." },
  { name: "Ratification", text: "Parliaments and the US Senate decide whether the signatures hold." },
  { name: "Stress test", text: "Moscow tests the guarantee, year by year. Guarantors honour their pledge, or not." },
  { name: "Debrief", text: "Scores against each seat's no-deal value, and the same deal across many futures." },
] as const;

const CRITERIA = [
  {
    name: "Legally binding",
    text: "A declaration binds no one. A treaty ratified by the Senate is what Kyiv means by “not another Budapest”.",
  },
  {
    name: "Militarily credible",
    text: "Only what the signatories can really send counts. A capital that declines contributes nothing.",
  },
  {
    name: "Politically sustainable",
    text: "The weakest signatory's domestic support decides whether the pledge is honoured in year three.",
  },
] as const;

/** The landing page: what Ironclad is and whether this server is ready. No Phaser here. */
export function Landing() {
  const [status, setStatus] = useState<ServerStatus | null>(null);
  useEffect(() => {
    void readServerStatus().then(setStatus);
  }, []);

  return (
    <div class="page">
      <header class="masthead">
        <a class="wordmark" href="/" aria-label="Ironclad, home">
          <svg viewBox="0 0 64 64" aria-hidden="true" class="mark">
            <path d="M32 4 8 12v18c0 15 10 25 24 30 14-5 24-15 24-30V12Z" />
            <path d="M20 30h24M32 18v28" class="mark-cross" />
          </svg>
          <span>Ironclad</span>
        </a>
        <StatusBadge status={status} />
      </header>

      <main>
        <section class="hero" aria-labelledby="hero-title">
          <p class="eyebrow">A negotiation wargame · August 2025</p>
          <h1 id="hero-title">Sign a guarantee. Then find out whether it holds.</h1>
          <p class="lede">
            Delegations from Washington, the European capitals and Kyiv sit at one table and bargain over a security
            guarantee for Ukraine outside NATO: a mutual-defence pledge, a European-led force with US support, arms for
            decades, sanctions that snap back. Then Moscow tests whatever they signed, year after year.
          </p>
        </section>

        <section class="criteria" aria-labelledby="criteria-title">
          <h2 id="criteria-title">Every guarantee is judged three ways at once</h2>
          <ul>
            {CRITERIA.map((c) => (
              <li key={c.name}>
                <h3>{c.name}</h3>
                <p>{c.text}</p>
              </li>
            ))}
          </ul>
        </section>

        <section class="flow" aria-labelledby="flow-title">
          <h2 id="flow-title">How a game runs</h2>
          <ol>
            {FLOW.map((step, i) => (
              <li key={step.name}>
                <span class="step-number" aria-hidden="true">
                  {i + 1}
                </span>
                <div>
                  <h3>{step.name}</h3>
                  <p>{step.text}</p>
                </div>
              </li>
            ))}
          </ol>
        </section>
      </main>

      <footer class="footer">
        <p>
          For classrooms, online play and professional workshops. Open source under the MIT licence; the deal model is
          public and documented.
        </p>
      </footer>
    </div>
  );
}

function StatusBadge({ status }: { status: ServerStatus | null }) {
  const text = status === null ? "Checking the server…" : status.kind === "ready" ? "Server ready" : status.message;
  const kind = status?.kind ?? "checking";
  return (
    <p class={`status status-${kind}`} role="status" aria-live="polite">
      <span class="status-dot" aria-hidden="true" />
      {text}
    </p>
  );
}
