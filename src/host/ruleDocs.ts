import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { RULE_IDS, ruleDocUrl } from '../core/service';
import { packageRoot } from './data';

const hrefs = new Map<string, string>();

/** The page of a rule as the package ships it (`docs/rules/ID.md`); undefined for an unknown id or a missing file. */
export function ruleDocFile(id: string, root = packageRoot()): string | undefined {
  if (!RULE_IDS.includes(id)) return undefined;
  const file = path.join(root, 'docs', 'rules', `${id}.md`);
  return existsSync(file) ? file : undefined;
}

/**
 * Where a diagnostic's rule link (`codeDescription.href`) points: the shipped page as a `file:` URI, which every editor
 * opens locally without a network (drafts are confidential; the docs are in the package). The online page only when
 * the package lacks the file.
 */
export function ruleDocHref(id: string): string {
  let href = hrefs.get(id);
  if (href === undefined) {
    const file = ruleDocFile(id);
    href = file ? pathToFileURL(file).href : ruleDocUrl(id);
    hrefs.set(id, href);
  }
  return href;
}
