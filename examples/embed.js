// How a docs site embeds kubetriage: load the module, mount it into an
// element, and (optionally) use diagnose()/diagnoses() directly.
import init, { mount, diagnose, diagnoses } from "../pkg/kubetriage_web.js";

await init();
mount(document.getElementById("widget"), { lang: "en" });
window.kubetriage = { diagnose, diagnoses };
