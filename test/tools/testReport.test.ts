import path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module of the tools, without types
import { vitestFailures } from '../../tools/test-report.mjs';

const root = path.resolve(__dirname, '../..');

describe('the failure list CI prints above its last line', () => {
  it('names each failed test with its file and the first line of its message, and a file that did not load', () => {
    const report = {
      testResults: [
        { name: path.join(root, 'test/a.test.ts'), status: 'passed', assertionResults: [{ status: 'passed', fullName: 'x ok' }] },
        {
          name: path.join(root, 'test/b.test.ts'),
          status: 'failed',
          assertionResults: [
            { status: 'passed', fullName: 'b fine' },
            { status: 'failed', fullName: 'b breaks', failureMessages: ['AssertionError: expected 1 to be 2\n    at stack'] },
          ],
        },
        { name: path.join(root, 'test/c.test.ts'), status: 'failed', assertionResults: [], message: 'SyntaxError: nope\nmore' },
      ],
    };
    expect(vitestFailures(report)).toEqual([
      'test/b.test.ts > b breaks: AssertionError: expected 1 to be 2',
      'test/c.test.ts: SyntaxError: nope',
    ]);
    expect(vitestFailures(undefined)).toEqual([]);
  });
});
