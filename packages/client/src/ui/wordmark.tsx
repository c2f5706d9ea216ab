import { t } from "../i18n/index.ts";

/** The Ironclad shield and name, linking home. */
export function Wordmark({ compact = false }: { compact?: boolean }) {
  return (
    <a class={`wordmark${compact ? " wordmark-compact" : ""}`} href="/" aria-label={t("app.home")}>
      <svg viewBox="0 0 64 64" aria-hidden="true" class="mark">
        <path d="M32 4 8 12v18c0 15 10 25 24 30 14-5 24-15 24-30V12Z" />
        <path d="M20 30h24M32 18v28" class="mark-cross" />
      </svg>
      <span>Ironclad</span>
    </a>
  );
}
