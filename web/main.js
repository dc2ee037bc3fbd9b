// Boots the standalone page: loads the wasm module (same origin) and mounts
// the app. No other script, no other request.
import init, { mount } from "../pkg/kubetriage_web.js";

await init();
mount(document.getElementById("app"));
// Lets tests and benchmarks see when the page became usable.
performance.mark("kubetriage-ready");
