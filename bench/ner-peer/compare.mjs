// Runs compromise (npm, MIT) on the text of CoNLL-2003 eng.testa and scores its people, places and organisations
// against the gold PER, LOC and ORG entities, exactly as NewsReader's predictions (a `ner-eval --output` file) are
// scored here: entity level, exact token span and type. Also times compromise's extraction, steady state.
// Usage: node compare.mjs <eng.testa> <newsreader-predictions>
import { readFileSync } from "node:fs";
import nlp from "compromise";

const [goldPath, oursPath] = process.argv.slice(2);
const types = ["PER", "LOC", "ORG"];

// Documents of sentences of { text, gold, ours } tokens; gold converted from IOB1 to BIO.
function read(path, oursLines) {
  const documents = [];
  let sentence = [];
  let document = [];
  const lines = readFileSync(path, "utf8").split("\n");
  const flush = () => { if (sentence.length) { document.push(sentence); sentence = []; } };
  lines.forEach((line, i) => {
    const cols = line.trim().split(/\s+/);
    if (!line.trim()) return flush();
    if (cols[0] === "-DOCSTART-") { flush(); if (document.length) documents.push(document); document = []; return; }
    const tag = cols[cols.length - 1];
    const previous = sentence.length ? sentence[sentence.length - 1].gold : "O";
    const bio = tag.startsWith("I-") && previous.slice(2) !== tag.slice(2) ? "B-" + tag.slice(2) : tag;
    const ours = oursLines ? oursLines[i].trim().split(/\s+/).pop() : "O";
    sentence.push({ text: cols[0], gold: bio, ours });
  });
  flush();
  if (document.length) documents.push(document);
  return documents;
}

function spans(tags) {
  const out = [];
  let start = -1, type = null;
  tags.concat(["O"]).forEach((t, i) => {
    if (type && t === "I-" + type) return;
    if (type) { out.push(`${start}:${i}:${type}`); type = null; }
    if (t !== "O") { start = i; type = t.slice(2); }
  });
  return out.filter((s) => types.includes(s.split(":")[2]));
}

function score(pairs) {
  let found = 0, gold = 0, correct = 0;
  for (const [g, p] of pairs) {
    const gs = new Set(g);
    found += p.length; gold += g.length; correct += p.filter((s) => gs.has(s)).length;
  }
  const precision = correct / found, recall = correct / gold;
  return { precision, recall, f1: (2 * precision * recall) / (precision + recall) };
}

// compromise over one document: sentences joined by newlines, tokens by spaces; matches mapped back to tokens.
function compromiseSpans(document) {
  const offsets = [];
  let text = "";
  document.forEach((sentence, s) => {
    sentence.forEach((token, t) => {
      if (t > 0) text += " ";
      offsets.push({ s, t, start: text.length, end: text.length + token.text.length });
      text += token.text;
    });
    text += "\n";
  });
  const doc = nlp(text);
  const found = document.map(() => []);
  for (const [type, view] of [["PER", doc.people()], ["LOC", doc.places()], ["ORG", doc.organizations()]]) {
    for (const match of view.json({ offset: true })) {
      const from = match.offset.start, to = from + match.offset.length;
      const covered = offsets.filter((o) => o.start >= from && o.end <= to);
      if (covered.length && covered.every((o) => o.s === covered[0].s)) {
        found[covered[0].s].push(`${covered[0].t}:${covered[covered.length - 1].t + 1}:${type}`);
      }
    }
  }
  return found;
}

const documents = read(goldPath, readFileSync(oursPath, "utf8").split("\n"));
const tokens = documents.flat(2).length;
const sentences = documents.flat();
const ours = score(sentences.map((s) => [spans(s.map((t) => t.gold)), spans(s.map((t) => t.ours))]));

const theirs = [];
let elapsed = 0;
for (let round = 0; round < 3; round++) {
  const start = process.hrtime.bigint();
  const predicted = documents.map(compromiseSpans);
  elapsed = Number(process.hrtime.bigint() - start) / 1e9;
  if (round === 0) documents.forEach((d, i) => d.forEach((s, j) => theirs.push([spans(s.map((t) => t.gold)), predicted[i][j]])));
}
const peer = score(theirs);

const pct = (x) => (x * 100).toFixed(2);
console.log(`PER+LOC+ORG on eng.testa (${tokens.toLocaleString("en")} tokens), entity level, exact span and type:`);
console.log(`  NewsReader  P ${pct(ours.precision)}  R ${pct(ours.recall)}  F1 ${pct(ours.f1)}`);
console.log(`  compromise  P ${pct(peer.precision)}  R ${pct(peer.recall)}  F1 ${pct(peer.f1)}`);
console.log(`compromise speed (steady state, 3rd pass): ${Math.round(tokens / elapsed).toLocaleString("en")} tokens/s`);
