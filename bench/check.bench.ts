/*
 * A re-check of a whole 50 KB draft per keystroke, next to two baselines measured in the same run on the same text:
 * a full unified + remark-parse + remark-gfm parse (what a Markdown tool pays before any rule runs) and markdownlint
 * with all its default rules (what a Markdown linter costs per keystroke). Reported as ratios; never asserted. A
 * re-check: nothing of the previous version is reused, but the process's memos by sentence hold every sentence the
 * keystroke did not change (a reviewer of the benchmarks; the whole check of new text, at process level, is
 * `bench/scaling.bench.ts`). The three measures take turns each round, so a change in the machine's load falls on all.
 *
 * Usage: npm run bench:check [-- --size 50000 --rounds 40]
 */
import { lint } from 'markdownlint/sync';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { createEvalService } from '../test/eval/evaluate';
import { reportFigure } from './report';

const arg = (name: string, dflt: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
};
const SIZE = arg('size', 50_000);
const ROUNDS = arg('rounds', process.env.BENCH_QUICK === '1' ? 5 : 40);

/** A realistic long draft: a motie with many overwegingen (quotes, citations, vague terms), then Kamervragen text. */
function draft(size: number): string {
  const overwegingen = [
    'constaterende dat het kabinet in het coalitieakkoord heeft afgesproken: ‘We richten een Nederlandse Digitale Dienst op: compact, deskundig en met doorzettingsmacht.’ [@ca2026:nederlandse-digitale-dienst];',
    'constaterende dat ministeries hun eigen IT-projecten aansturen en dat centrale regie tot nu toe geen einde heeft gemaakt aan de versnippering;',
    'overwegende dat het kabinet inzet op het verminderen van de afhankelijkheid van externe IT-leveranciers;',
    'overwegende dat de Autoriteit Consument en Markt de call-in-bevoegdheid nog niet heeft gekregen;',
    'constaterende dat de externe inhuur bij het Rijk nog altijd ruim boven de Roemernorm ligt;',
    'overwegende dat stikstofreductie in de landbouw vóór 2030 waar mogelijk moet worden versneld;',
  ];
  let text = '---\nsoort: motie\ndatum: 2026-03-12\n---\n\n# Motie van het lid De Vries over de digitale overheid\n\nDe Kamer,\n\ngehoord de beraadslaging,\n\n';
  let i = 0;
  while (text.length < size - 400) text += `${overwegingen[i++ % overwegingen.length]!.replace(/;$/, ` (${i});`)}\n\n`;
  return `${text}verzoekt de regering de Nederlandse Digitale Dienst de regie te geven over alle IT-projecten van het Rijk boven de € 5 miljoen,\n\nen gaat over tot de orde van de dag.\n\nDe Vries\n`;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function time(rounds: number, f: (round: number) => void): number[] {
  const out: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const t = performance.now();
    f(r);
    out.push(performance.now() - t);
  }
  return out;
}

const text = draft(SIZE);
/** The text after keystroke `r`: one character changed somewhere in the middle, as a user types. */
const edited = (r: number) => {
  const at = Math.floor(text.length / 2) + ((r * 97) % 5000);
  return text.slice(0, at) + (r % 2 ? 'e' : 'a') + text.slice(at + 1);
};

const { service } = createEvalService();
const build = time(1, () => service.engine());
service.analyze({ uri: 'bench:warm', version: 0, text });
const processor = unified().use(remarkParse).use(remarkGfm).freeze();
for (let r = 0; r < 5; r++) {
  processor.parse(edited(r));
  lint({ strings: { d: edited(r) } });
}

// The re-check: the URI forgotten first, so nothing of the previous version is reused (bench:typing measures that).
const ours: number[] = [];
const remark: number[] = [];
const markdownlint: number[] = [];
for (let r = 0; r < ROUNDS; r++) {
  ours.push(...time(1, () => (service.forget('bench:draft'), service.analyze({ uri: 'bench:draft', version: r + 1, text: edited(r) }))));
  remark.push(...time(1, () => processor.parse(edited(r))));
  markdownlint.push(...time(1, () => lint({ strings: { d: edited(r) } })));
}
const findings = service.findings({ uri: 'bench:draft', version: ROUNDS, text: edited(ROUNDS - 1) }).length;

const m = { ours: median(ours), remark: median(remark), markdownlint: median(markdownlint) };
console.log(`Akkoordwijzer: de hele controle per toetsaanslag, ${(text.length / 1000).toFixed(0)} kB, ${ROUNDS} rondes (mediaan)`);
console.log(`  corpusindex opbouwen (eenmalig per corpusversie)   ${build[0]!.toFixed(0)} ms`);
console.log(`  Akkoordwijzer, alle regels (${findings} bevindingen)      ${m.ours.toFixed(1)} ms`);
console.log(`  unified + remark-parse + remark-gfm, alleen parsen  ${m.remark.toFixed(1)} ms`);
console.log(`  markdownlint, alle standaardregels                  ${m.markdownlint.toFixed(1)} ms`);
console.log(`  verhouding Akkoordwijzer / remark-gfm-parse         ${(m.ours / m.remark).toFixed(2)}`);
console.log(`  verhouding Akkoordwijzer / markdownlint             ${(m.ours / m.markdownlint).toFixed(2)}`);
console.log(`  heap na afloop                                      ${(process.memoryUsage().heapUsed / 1e6).toFixed(0)} MB`);
reportFigure({ name: `re-check per keystroke, ${(text.length / 1000).toFixed(0)} kB, memos warm (median)`, value: m.ours, unit: 'ms', baseline: m.markdownlint, baselineName: 'markdownlint' });
