// Real flags from flag-icons (MIT). Only the flags of the bundled scenario are imported, as
// separate SVG files; an unknown code shows its letters on a neutral tile.
import { FLAG_URLS } from "./flag-urls.ts";

/** A flag, decorative by default (the seat's name is written beside it). */
export function Flag({ code, size = "md", label }: { code: string; size?: "sm" | "md" | "lg"; label?: string }) {
  const src = FLAG_URLS[code];
  if (!src)
    return (
      <span class={`flag flag-${size} flag-missing`}>
        <span aria-hidden="true">{code.toUpperCase()}</span>
        {label && <span class="visually-hidden">{label}</span>}
      </span>
    );
  return <img class={`flag flag-${size}`} src={src} alt={label ?? ""} width={32} height={24} />;
}
