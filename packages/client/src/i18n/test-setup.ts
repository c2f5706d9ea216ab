// Unit tests switch languages with setLang and read the words at once: every catalogue is loaded
// before they run (the app loads a language's catalogue when it is chosen).
import { LANGS, loadCatalogue } from "./index.ts";

await Promise.all(LANGS.map(loadCatalogue));
