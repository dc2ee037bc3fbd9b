// Accessibility audit with axe-core, in the light and the dark theme.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { serve, launch, open } from "./harness.mjs";

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
let server;
let browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

for (const colorScheme of ["light", "dark"]) {
  test(`no serious or critical axe violations (${colorScheme})`, async () => {
    const { page, context } = await open(browser, server.url, { colorScheme });
    await page.click('[data-example="Arc agents"]');
    await page.waitForSelector("[data-diagnosis-id]");
    // Evaluated through the DevTools protocol, which the page's CSP does not govern.
    await page.evaluate(axeSource);
    const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ["violations"] }));
    const bad = result.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${v.id}: ${v.help} (${v.nodes.length} nodes, e.g. ${v.nodes[0]?.target})`);
    assert.deepEqual(bad, []);
    await context.close();
  });
}
