/*
 * The extreme drafts of the reliability issue, at a scale (1: full size), shared by the benchmark against markdownlint
 * (bench/extremes.bench.ts) and the hostile-input tests (test/unit/hostile.property.test.ts).
 */

/** Repeat `unit` until the text is `bytes` long (cut at the end). */
function repeatTo(unit: string, bytes: number): string {
  return unit.repeat(Math.ceil(bytes / unit.length)).slice(0, bytes);
}

const VRAGEN_HEAD = 'Vragen van het lid De Vries (D66) aan de minister van Binnenlandse Zaken over de digitale overheid (ingezonden 1 maart 2026).\n\n';
const SENTENCE = 'verzoekt de regering de regie te nemen over de digitale dienst en de Kamer daarover te informeren ';

/**
 * The extreme drafts, by name; `overBudget`: above the default work budget (only its note is expected); `kind`: what a
 * draft within the budget is read as, and `parts`: more parts than this.
 */
export function extremes(scale = 1): Array<{ name: string; text: string; overBudget: boolean; kind?: 'motie' | 'kamervragen'; parts?: number }> {
  const n = (x: number) => Math.round(x * scale);
  const motieHead = '---\nsoort: motie\ndatum: 2026-03-12\n---\nMotie van het lid De Vries over de digitale overheid\n\nDe Kamer,\n\ngehoord de beraadslaging,\n\n';
  const motieTail = 'verzoekt de regering de Kamer voor de zomer te informeren,\n\nen gaat over tot de orde van de dag.\n\nDe Vries\n';
  return [
    { name: `one line of ${(4.8 * scale).toFixed(2)} MB`, text: repeatTo(SENTENCE, n(4_800_000)) + '\n', overBudget: scale === 1 },
    { name: `${n(100_000)} short lines`, text: Array.from({ length: n(100_000) }, (_, i) => `regel ${i} met regie`).join('\n') + '\n', overBudget: scale === 1 },
    { name: `${n(3_000)} nested list items`, text: Array.from({ length: n(3_000) }, (_, i) => `${'  '.repeat(i)}- punt ${i}`).join('\n') + '\n', overBudget: scale === 1 },
    { name: `${n(10_000)} nested blockquotes`, text: Array.from({ length: n(10_000) }, (_, i) => `${'>'.repeat(i + 1)} citaat ${i}`).join('\n') + '\n', overBudget: scale === 1 },
    { name: `motie with ${n(25_000)} overwegingen`, text: motieHead + Array.from({ length: n(25_000) }, (_, i) => `constaterende dat punt ${i} telt;\n\n`).join('') + motieTail, overBudget: false, kind: 'motie', parts: n(25_000) },
    // One question of 0.9 MB full of "u" and never a question mark: a pattern that tried every "u" to the end of the
    // line (kind detection, before 2026-12-05) took minutes; the verb-form rule reads every "Kun u" in it.
    { name: `Kamervragen with ${n(80_000)} × ‘Kun u dit,’ and no question mark`, text: `${VRAGEN_HEAD}1. ${'Kun u dit, '.repeat(n(80_000))}klaar.\n`, overBudget: false, kind: 'kamervragen', parts: 0 },
    // Front matter whose title holds a colon and then 900,000 spaces: the rule `front-matter` read its value with a pattern
    // that tried the run of spaces from each of them (minutes, before 2026-12-08; a reviewer).
    { name: `front matter with a run of ${n(900_000)} spaces in a broken title`, text: `---\nsoort: motie\ntitel: a: b${' '.repeat(n(900_000))}y #${' '.repeat(n(10_000))}c\n---\nMotie van het lid De Vries over de digitale overheid\n\nDe Kamer,\n\ngehoord de beraadslaging,\n\n${motieTail}`, overBudget: false, kind: 'motie', parts: 0 },
    // A front-matter date with 900,000 spaces in it: the rule `datum` read the line with a pattern like the one above.
    { name: `front matter with a date holding ${n(900_000)} spaces`, text: `---\nsoort: motie\ndatum: 2026-02-30${' '.repeat(n(900_000))}x${' '.repeat(n(10_000))}\n---\nMotie van het lid De Vries over de digitale overheid\n\nDe Kamer,\n\ngehoord de beraadslaging,\n\n${motieTail}`, overBudget: false, kind: 'motie', parts: 0 },
    // One dictum of 8,000 effort wordings: every vague word read its clause from the part's start (10–17 s before
    // 2026-12-05).
    {
      name: `motie whose dictum holds ${n(8_000)} effort wordings`,
      text: `${motieHead}verzoekt de regering ${'iets te doen en zich in te zetten voor y '.repeat(n(8_000))}klaar,\n\n${motieTail}`,
      overBudget: false,
      kind: 'motie',
      parts: 0,
    },
    // One dictum of 25,000 hedges and vague powers: each hedge looked for a time in its clause (2,000 characters either
    // side) before asking whether the clause held a number at all (a new user's paste of 1.3 MB: 3.9 s, before 2026-12-07).
    {
      name: `motie whose dictum holds ${n(25_000)} hedges`,
      text: `${motieHead}verzoekt de regering ${'waar mogelijk regie te nemen en '.repeat(n(25_000))}klaar,\n\n${motieTail}`,
      overBudget: false,
      kind: 'motie',
      parts: 0,
    },
    // A run of single letters and one of numbers, which herhaald-woord leaves alone: counting each run's copies from
    // every one of its words before asking whether the word counts took 19 s for 20,000 (a reviewer, 2026-12-07).
    {
      name: `motie whose dictum holds runs of ${n(20_000)} × ‘a’ and ‘7’`,
      text: `${motieHead}verzoekt de regering ${'a '.repeat(n(20_000))}en ${'7 '.repeat(n(20_000))}te helpen,\n\n${motieTail}`,
      overBudget: false,
      kind: 'motie',
      parts: 0,
    },
    // A header whose addressee runs on into a run of spaces: the addressee pattern was cubic in the run (a reviewer:
    // 4,000 spaces 15 s, before 2026-12-05).
    {
      name: `Kamervragen whose addressee runs on into ${n(40_000)} spaces`,
      text: `Vragen van het lid De Vries (D66) aan de minister van Financiën${' '.repeat(n(40_000))}x over y (ingezonden 1 maart 2026).\n\n1. Wat is X?\n`,
      overBudget: false,
      kind: 'kamervragen',
      parts: 0,
    },
    // Runs of spaces between words the word checks read as side by side ("er voor", "het het", "Kun u"): a pattern
    // for the gap that backtracked over the run took 43 s for these (before 2026-12-05).
    {
      name: `Kamervragen with runs of ${n(160_000)} spaces between words`,
      text: `${VRAGEN_HEAD}1. Wat is er voor${' '.repeat(n(160_000))}, en hoe het het${' '.repeat(n(160_000))}? Kun${' '.repeat(n(160_000))}u dit?\n`,
      overBudget: false,
      kind: 'kamervragen',
      parts: 0,
    },
    // Lower-case geographic adjectives on one line without a line break: each looked back for the start of its word
    // run to the start of the line (a reviewer: 80,000 of them 12.6 s, before 2026-12-05).
    { name: `Kamervragen with ${n(80_000)} × ‘europese,’ on one line`, text: `${VRAGEN_HEAD}1. ${'europese, '.repeat(n(80_000))}klaar?\n`, overBudget: false, kind: 'kamervragen', parts: 0 },
    // Patterns that read a run from each of its characters to its end (time squared in the run), or split it in every
    // way (exponential), found by a ReDoS check of the patterns (recheck) on 2026-12-06; the times are the CLI's before.
    // A footnote label read to the next ']' over every '[^' of a line: 30,000 of them 15 s.
    { name: `Kamervragen with ${n(100_000)} × ‘[^’ on one line`, text: `${VRAGEN_HEAD}1. Wat is ${'[^'.repeat(n(100_000))} dit?\n`, overBudget: false, kind: 'kamervragen', parts: 0 },
    // The end of a sentence read from each mark of a run: 50,000 '!' 9.5 s.
    { name: `Kamervragen with a run of ${n(250_000)} ‘!’`, text: `${VRAGEN_HEAD}1. Wat is dit${'!'.repeat(n(250_000))}0 en dat?\n`, overBudget: false, kind: 'kamervragen', parts: 0 },
    // A reference's optional spaces splitting a run of tabs in every way: 50,000 after 'kamerstuk' 8 s, after 'Handelingen' 4.5 s.
    {
      name: `motie with ‘kamerstuk’ and ‘Handelingen’ before runs of ${n(250_000)} tabs`,
      text: `${motieHead}constaterende dat kamerstuk${'\t'.repeat(n(250_000))}s en Handelingen nr. 1${'\t'.repeat(n(250_000))}s zo zijn;\n\n${motieTail}`,
      overBudget: false,
      kind: 'motie',
      parts: 0,
    },
    // A citation group's first '@' chosen in every way: a '[' before 30,000 × '@' 3.8 s.
    // A signature line read for its separators from every position: 250,000 spaces took over two minutes (a reviewer).
    { name: `motie signed by a line of ${n(250_000)} spaces`, text: `${motieHead}${motieTail}Kathmann${' '.repeat(n(250_000))}b\n`, overBudget: false, kind: 'motie', parts: 0 },
    { name: `motie signed by a line of ${n(250_000)} × ‘(’`, text: `${motieHead}${motieTail}Kathmann ${'('.repeat(n(250_000))}\n`, overBudget: false, kind: 'motie', parts: 0 },
    { name: `motie with ‘[’ before ${n(250_000)} × ‘@’`, text: `${motieHead}constaterende dat [${'@ '.repeat(n(250_000))}zo is;\n\n${motieTail}`, overBudget: false, kind: 'motie', parts: 0 },
    // Lines that open an answer or the notes, and a front matter value, then a run of tabs or spaces that two patterns
    // side by side split in every way: 50,000 2.0 s, 2.9 s and 2.2 s.
    {
      name: `Kamervragen whose ‘Antwoord’ and ‘Noten’ lines run on into ${n(400_000)} tabs`,
      text: `${VRAGEN_HEAD}1. Wat is X?\n\nAntwoord${'\t'.repeat(n(400_000))}x\n\n2. En Y?\n\nNoten${'\t'.repeat(n(400_000))}x\n`,
      overBudget: false,
      kind: 'kamervragen',
      parts: 0,
    },
    { name: `motie whose front matter value ends in ${n(400_000)} spaces and a character`, text: `---\nsoort: motie${' '.repeat(n(400_000))}x \n---\n${motieHead.slice(motieHead.indexOf('Motie'))}constaterende dat het zo is;\n\n${motieTail}`, overBudget: false, kind: 'motie', parts: 0 },
    // A line that opens like the aanhef, then a run of tabs: the spaces before and after its optional comma split the run
    // in every way (55,000: 0.9 s).
    { name: `Kamervragen with a line ‘De Kamer’ and ${n(500_000)} tabs`, text: `${VRAGEN_HEAD}1. Wat is X?\n\nDe Kamer${'\t'.repeat(n(500_000))}Kamer\n`, overBudget: false, kind: 'kamervragen', parts: 0 },
    // Trailing footnote marks split in every way: 30 superscripts and a stray bracket after an overweging 34 s, each
    // one more doubling it.
    { name: 'motie whose overweging ends in 60 superscripts and a stray bracket', text: `${motieHead}constaterende dat het zo is${'¹'.repeat(60)}x]\n\n${motieTail}`, overBudget: false, kind: 'motie', parts: 0 },
    // A reviewer of the twenty-fifth session: the misspelt slot's and aanhef's look at a line trimmed its end by a
    // pattern (33 s, 31 s); the open citation group's key was given back character by character (10 s, 5 s).
    {
      name: `motie without its slot whose dictum's last paragraph is ${n(125_000)} × ‘ .’`,
      text: `${motieHead}verzoekt de regering X te doen,\n\nzie${' .'.repeat(n(125_000))} x\n`,
      overBudget: false,
      kind: 'motie',
      parts: 0,
    },
    { name: `motie whose first line is ${n(125_000)} × ‘ .’, without ‘De Kamer,’`, text: `zie${' .'.repeat(n(125_000))} x\n\ngehoord de beraadslaging,\n\n${motieTail}`, overBudget: false, kind: 'motie', parts: 0 },
    { name: `motie citing a key of ${n(250_000)} letters`, text: `${motieHead}constaterende dat het zo is [@${'a'.repeat(n(250_000))}];\n\n${motieTail}`, overBudget: false, kind: 'motie', parts: 0 },
    { name: `motie citing ‘ca2026:’ and ${n(125_000)} × ‘a-’`, text: `${motieHead}constaterende dat het zo is [@ca2026:${'a-'.repeat(n(125_000))}a];\n\n${motieTail}`, overBudget: false, kind: 'motie', parts: 0 },
  ];
}
