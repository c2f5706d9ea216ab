// The flags of the bundled scenario's seats, from flag-icons (MIT), as separate SVG files. Shared
// by the DOM flags and the table scene, which draws them into its own textures.
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

/** A flag's SVG URL by code (4:3), or undefined for a code without a bundled flag. */
export const FLAG_URLS: Readonly<Record<string, string>> = { de, eu, fi, fr, gb, it, pl, ru, ua, us };
