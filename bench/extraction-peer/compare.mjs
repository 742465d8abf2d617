// Readability.js with jsdom over the same pages NewsReader's extractor reads, each page parsed from its string:
// one warm-up pass, then three timed passes over every page (a pass takes most of a minute; jsdom's memory is
// collected between passes), and the median pages/s. Usage: node --expose-gc compare.mjs <test-pages folder>
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { JSDOM, VirtualConsole } from "jsdom";
import { Readability } from "@mozilla/readability";

const folder = process.argv[2];
const pages = readdirSync(folder).sort().map((name) => readFileSync(join(folder, name, "source.html"), "utf8"));
const quiet = new VirtualConsole();

const pass = () => {
  let paragraphs = 0;
  for (const html of pages) {
    const dom = new JSDOM(html, { url: "http://fakehost/test/page.html", virtualConsole: quiet });
    const article = new Readability(dom.window.document).parse();
    paragraphs += article ? article.textContent.length : 0;
    dom.window.close();
  }
  return paragraphs;
};

const rates = [];
for (let round = 0; round < 4; round++) {
  globalThis.gc?.();
  const started = process.hrtime.bigint();
  pass();
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const rate = pages.length / seconds;
  console.log(`round ${round}${round < 1 ? " (warm-up)" : ""}: ${rate.toFixed(1)} pages/s`);
  if (round >= 1) {
    rates.push(rate);
  }
}
rates.sort((a, b) => a - b);
console.log(`Readability.js extraction: ${rates[Math.floor(rates.length / 2)].toFixed(1)} pages/s (median of ${rates.length} passes over ${pages.length} pages)`);
