import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Localized, Taal } from '../../core/service';
import { fetchKamerDocument, OPENDATA_URL, OpenDataError, parseDocumentNummer, type KamerDocument } from '../../shared/opendata';
import { describeDocument, formatBytes, OPENDATA_TEXT } from '../../shared/opendataText';
import { loadNodeFetch } from '../../host/bundles';
import { failureReason, writeWhole } from '../../host/files';
import type { CommandArgs } from '../args';
import type { CliContext } from '../io';
import { FETCH } from '../messages';

/** Another service root than the Tweede Kamer's: for the tests (a server on the loopback interface) and for mirrors. */
export const OPENDATA_URL_VARIABLE = 'AKKOORDWIJZER_OPENDATA_URL';

/** The open data's service root: `--opendata-url`, else `AKKOORDWIJZER_OPENDATA_URL`, else the Tweede Kamer's. */
export function openDataUrl(args: Pick<CommandArgs, 'opendataUrl'>): string {
  return args.opendataUrl || process.env[OPENDATA_URL_VARIABLE] || OPENDATA_URL;
}

/**
 * One call to the open data with the node fetch (proxy from `--proxy`, else the environment): an `OpenDataError`
 * (offline, proxy, certificate, timeout, …) is said in the user's language and gives `undefined`; the connections
 * are closed either way. Shared by `corpus fetch` and `toezeggingen fetch`.
 */
export async function withOpenData<T>(
  args: Pick<CommandArgs, 'proxy'>,
  ctx: CliContext,
  taal: Taal,
  call: (net: ReturnType<ReturnType<typeof loadNodeFetch>['createNodeFetch']>) => Promise<T>,
): Promise<T | undefined> {
  // Loaded here, not at start-up: the HTTP client is most of the bundle's weight and only the fetch commands need it.
  const { createNodeFetch } = loadNodeFetch();
  const net = createNodeFetch(args.proxy !== undefined ? { proxy: args.proxy } : {});
  try {
    return await call(net);
  } catch (e) {
    if (!(e instanceof OpenDataError)) throw e;
    ctx.say(e.text, taal);
    return undefined;
  } finally {
    await net.close();
  }
}

/**
 * `corpus fetch NUMMER [--out FILE] [--proxy URL] [--timeout SECONDS]`: the document from the Tweede Kamer's open
 * data, saved as a file. Standard output gets the saved path only (so a script can hand it on); what happens, the
 * progress and how to import the file go to standard error. Exit 0 when saved, 2 when fetching or saving fails.
 */
export async function fetchDocument(args: CommandArgs, ctx: CliContext): Promise<number> {
  const taal = args.taal ?? 'nl';
  const nummer = args.operands[0]!;
  // A number that cannot be one is said at once, before anything says it is being asked for ("foo opvragen …", a reviewer).
  const parsed = parseDocumentNummer(nummer);
  if (parsed === undefined) {
    ctx.say(OPENDATA_TEXT.badNumber(nummer.trim()), taal);
    return 2;
  }
  const baseUrl = openDataUrl(args);
  const document: KamerDocument | undefined = await withOpenData(args, ctx, taal, (net) => {
    ctx.say(FETCH.asking(parsed, new URL(baseUrl).host, net.proxyFor(baseUrl)), taal);
    return fetchKamerDocument(nummer, {
      fetch: net.fetch,
      baseUrl,
      proxyFor: net.proxyFor,
      ...(args.timeoutSeconds !== undefined ? { timeoutMs: args.timeoutSeconds * 1000 } : {}),
      onMetadata: (metadata) => ctx.say(describeDocument(metadata), taal),
      onProgress: progressPrinter((text) => ctx.say(text, taal)),
    });
  });
  if (!document) return 2;
  return save(document, args.out, ctx, taal);
}

/** Write the file whole or not at all (a temporary file renamed into place), then say where it is and what next. */
function save(document: KamerDocument, out: string | undefined, ctx: CliContext, taal: Taal): number {
  let target = ctx.resolve(out ?? document.metadata.fileName);
  if (existsSync(target) && statSync(target).isDirectory()) target = path.join(target, document.metadata.fileName);
  const shown = shownPath(ctx.cwd, target);
  const failed = writeWhole({ file: target, data: document.bytes });
  if (failed) {
    ctx.say(FETCH.cannotSave(shown, failureReason(failed)), taal);
    return 2;
  }
  ctx.out(`${shown}\n`);
  ctx.say(FETCH.saved(shown), taal);
  ctx.say(FETCH.importHint(/\s/.test(shown) ? `"${shown}"` : shown), taal);
  return 0;
}

/** Relative to the working directory when the file lies below it, else absolute. */
function shownPath(cwd: string, file: string): string {
  const relative = path.relative(cwd, file);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
}

/** Progress lines at every tenth of a known size, or at every megabyte of an unknown one; never the same line twice. */
function progressPrinter(say: (text: Localized) => void): (received: number, total?: number) => void {
  let lastStep = -1;
  return (received, total) => {
    const known = total !== undefined && total > 0;
    const step = known ? Math.floor((Math.min(received, total) / total) * 10) : Math.floor(received / 1_000_000);
    if (step === lastStep || received === 0) return;
    lastStep = step;
    say(FETCH.progress(formatBytes(received), known ? formatBytes(total) : undefined, known ? Math.floor((Math.min(received, total) / total) * 100) : undefined));
  };
}
