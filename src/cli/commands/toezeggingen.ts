import path from 'node:path';
import type { Taal } from '../../core/service';
import { readExistingRegister, registerId, unknownMinistry, writeRegister } from '../../host/kamerToezeggingen';
import { fetchKamerToezeggingen, givenFilters, type KamerToezeggingenAnswer } from '../../shared/kamerToezeggingen';
import type { CommandArgs } from '../args';
import type { CliContext } from '../io';
import { TOEZEGGINGEN } from '../messages';
import { openDataUrl, withOpenData } from './fetch';

/** The file written when `--out` names none. */
const DEFAULT_FILE = 'toezeggingen.akkoord.yaml';

/**
 * `toezeggingen fetch [--ministerie M] [--commissie C] [--sinds JJJJ-MM-DD] [--out FILE] [--id ID]`: the Kamer's
 * register of toezeggingen as a corpus file. When `--out` already is such a file, only what changed since its latest
 * change is asked for and merged in (ids stay). Standard output gets the file's path; what happens goes to standard
 * error. Exit 0 when written, 2 when fetching or writing fails.
 */
export async function fetchToezeggingen(args: CommandArgs, ctx: CliContext): Promise<number> {
  const taal: Taal = args.taal ?? 'nl';
  const baseUrl = openDataUrl(args);
  // A ministry's register in a file of its own by default, named as its id: a second ministry's fetch refreshed the
  // first one's file, its entries and id kept (a check of the fixes).
  const id = args.id ?? registerId(args.ministerie);
  const target = ctx.resolve(args.out ?? (id === 'toezeggingen' ? DEFAULT_FILE : `${id}.akkoord.yaml`));
  const { existing, problem } = readExistingRegister(target);
  if (problem) {
    ctx.say(problem, taal);
    return 2;
  }
  const answer: KamerToezeggingenAnswer | undefined = await withOpenData(args, ctx, taal, (net) => {
    ctx.say(TOEZEGGINGEN.asking(new URL(baseUrl).host, existing?.changedSince, net.proxyFor(baseUrl)), taal);
    return fetchKamerToezeggingen(
      { ...(args.sinds ? { sinds: args.sinds } : {}), ...(existing?.changedSince ? { gewijzigdSinds: existing.changedSince } : {}) },
      {
        fetch: net.fetch,
        baseUrl,
        proxyFor: net.proxyFor,
        ...(args.timeoutSeconds !== undefined ? { timeoutMs: args.timeoutSeconds * 1000 } : {}),
        onPage: (records, page) => ctx.say(TOEZEGGINGEN.page(records, page), taal),
      },
    );
  });
  if (!answer) return 2;
  if (answer.skipped > 0) ctx.say(TOEZEGGINGEN.skipped(answer.skipped), taal);
  const request = { url: baseUrl, id, ...givenFilters(args) };
  const { built, failed } = writeRegister(target, answer, request, existing);
  const shown = path.relative(ctx.cwd, target) || target;
  if (failed) {
    ctx.say(TOEZEGGINGEN.cannotSave(shown, failed), taal);
    return 2;
  }
  ctx.out(`${shown}\n`);
  ctx.say(TOEZEGGINGEN.written(shown, built.count, built.added, built.changed, built.removed), taal);
  const known = unknownMinistry(args.ministerie, built.count);
  if (known) ctx.say(TOEZEGGINGEN.unknownMinistry(args.ministerie!, known), taal);
  return 0;
}
