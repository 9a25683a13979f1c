import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../src/core/features/codeActions';
import type { Fix } from '../../src/core/service';
import { parseProblems } from '../support/fixChecks';

/** `parseProblems` itself: the check the fix invariants rest on must see a fix that breaks the parse around it. */
const insert = (at: number, newText: string): Fix => ({ title: 't', isPreferred: false, edits: [{ start: at, end: at, newText }] }) as unknown as Fix;
const problems = (text: string, fix: Fix) => parseProblems(text, fix, applyEdits(text, fix.edits).text);

describe('a fix that changes the parse outside its edits', () => {
  const text = 'De Kamer,\n\nconstaterende dat het regent;\n\nverzoekt de regering iets te doen,\n\nen gaat over tot de orde van de dag.\n';
  const at = text.indexOf('verzoekt');

  it('is caught when the text it puts before a paragraph runs into it', () => {
    expect(problems(text, insert(at, 'overwegende dat het zo is;\n'))).toEqual([`the paragraph at ${at}-${text.indexOf(',\n\nen gaat') + 1} no longer parses as before`]);
  });

  it('is caught when it opens a code block that swallows what follows', () => {
    expect(problems(text, insert(at, '```\n\n')).length).toBeGreaterThan(0);
  });

  it('passes a new paragraph of its own, and a number written into a paragraph', () => {
    expect(problems(text, insert(at, 'overwegende dat het zo is;\n\n'))).toEqual([]);
    expect(problems(text, insert(at, '1. '))).toEqual([]);
  });
});
