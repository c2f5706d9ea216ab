import "@fontsource/ibm-plex-sans/400.css";
import "@fontsource/ibm-plex-sans/600.css";
import "./styles.css";
import { render } from "preact";
import { Landing } from "./landing.tsx";

const root = document.getElementById("app");
if (root) render(<Landing />, root);
