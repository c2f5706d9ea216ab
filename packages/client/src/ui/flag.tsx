// Real flags from flag-icons (MIT). Only the flags of the bundled scenario are imported, as
// separate SVG files; an unknown code shows its letters on a neutral tile.
import de from "flag-icons/flags/4x3/de.svg?url";
import eu from "flag-icons/flags/4x3/eu.svg?url";
import fi from "flag-icons/flags/4x3/fi.svg?url";
import fr from "flag-icons/flags/4x3/fr.svg?url";
import gb from "flag-icons/flags/4x3/gb.svg?url";
import it from "flag-icons/flags/4x3/it.svg?url";
import pl from "flag-icons/flags/4x3/pl.svg?url";
import ru from "flag-icons/flags/4x3/ru.svg?url";
import ua from "flag-icons/flags/4x3/ua.svg?url";
import us from "flag-icons/flags/4x3/us.svg?url";

const FLAGS: Record<string, string> = { de, eu, fi, fr, gb, it, pl, ru, ua, us };

/** A flag, decorative by default (the seat's name is written beside it). */
export function Flag({ code, size = "md", label }: { code: string; size?: "sm" | "md" | "lg"; label?: string }) {
  const src = FLAGS[code];
  if (!src)
    return (
      <span class={`flag flag-${size} flag-missing`}>
        <span aria-hidden="true">{code.toUpperCase()}</span>
        {label && <span class="visually-hidden">{label}</span>}
      </span>
    );
  return <img class={`flag flag-${size}`} src={src} alt={label ?? ""} width={32} height={24} />;
}
