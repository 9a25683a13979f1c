/**
 * What the core may ask about the files around a draft, without touching a file system: the host implements it over
 * the disk and the editor's open buffers (`src/host/workspace.ts`), tests over a map (`workspaceOf`). Modelled on the
 * workspace of vscode-markdown-languageservice: the core decides what to look for, the workspace only lists and reads.
 * Everything is named by URI (`file:///…`), as the editor names documents.
 */
export interface Workspace {
  /** The workspace folders (URIs, without a trailing slash); empty for files opened on their own. */
  readonly folders: readonly string[];
  /** Documents open in the editor (URIs); their text may differ from the disk. */
  openDocuments(): Iterable<string>;
  /** Files below `folder` whose name matches `name`, in a stable order (dependency and build folders are skipped). */
  files(folder: string, name: RegExp): readonly string[];
  /** A document's current text (the open buffer wins over the disk), with its version when it is open. */
  read(uri: string): { text: string; version?: number } | undefined;
}

/** A Markdown document by its name. */
export const MARKDOWN_FILE = /\.(?:md|markdown)$/i;
/** A corpus file (`*.akkoord.yaml`) by its name. */
export const CORPUS_FILE_PATTERN = /\.akkoord\.ya?ml$/i;
/** The workspace configuration file: the nearest one above a document applies to it. */
export const CONFIG_FILE_NAME = '.akkoordwijzer.yaml';

/** The Markdown documents of the workspace: open buffers first, then the files of every folder, each once. */
export function markdownDocuments(workspace: Workspace): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  const take = (uri: string) => {
    if (seen.has(uri) || !MARKDOWN_FILE.test(uri)) return;
    seen.add(uri);
    out.push(uri);
  };
  for (const uri of workspace.openDocuments()) take(uri);
  for (const folder of workspace.folders) for (const uri of workspace.files(folder, MARKDOWN_FILE)) take(uri);
  return out;
}

/** The URI of the folder that holds `uri`: `file:///a/b/c.md` → `file:///a/b`, `file:///a` → `file://` (the root). */
export function parentOf(uri: string): string | undefined {
  // The root (`file://`) has no parent.
  if (/^[a-z][\w+.-]*:\/*$/i.test(uri)) return undefined;
  const slash = uri.lastIndexOf('/');
  return slash < 0 ? undefined : uri.slice(0, slash);
}

/** The workspace folder that holds `uri` (the innermost, when folders nest); undefined for a file outside them all. */
export function folderOf(workspace: Workspace, uri: string): string | undefined {
  let best: string | undefined;
  for (const folder of workspace.folders) {
    if ((uri === folder || uri.startsWith(`${folder}/`)) && (!best || folder.length > best.length)) best = folder;
  }
  return best;
}

/**
 * The configuration files that apply to a document, nearest first: `.akkoordwijzer.yaml` in its own folder, then in
 * each folder above it up to its workspace folder (a file outside every workspace folder looks up to the root, as
 * linters on the command line do). A nearer file overrides a farther one, setting by setting.
 */
export function configFilesFor(workspace: Workspace, documentUri: string): string[] {
  const stop = folderOf(workspace, documentUri);
  const out: string[] = [];
  for (let dir = parentOf(documentUri); dir !== undefined; dir = parentOf(dir)) {
    const candidate = `${dir}/${CONFIG_FILE_NAME}`;
    if (workspace.read(candidate) !== undefined) out.push(candidate);
    if (dir === stop) break;
  }
  return out;
}

/** A workspace over fixed texts (URI → text): for tests and for checking documents on their own. */
export function workspaceOf(documents: Readonly<Record<string, string>>, folders: readonly string[] = [], open: readonly string[] = []): Workspace {
  return {
    folders,
    openDocuments: () => open,
    files: (folder, name) =>
      Object.keys(documents)
        .filter((uri) => uri.startsWith(`${folder}/`) && name.test(uri.slice(uri.lastIndexOf('/') + 1)))
        .sort(),
    read: (uri) => (uri in documents ? { text: documents[uri]!, ...(open.includes(uri) ? { version: 1 } : {}) } : undefined),
  };
}
