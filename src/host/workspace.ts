import { readFileSync, statSync } from 'node:fs';
import { URI } from 'vscode-uri';
import type { Workspace } from '../core/service';
import { findFiles } from './files';

/** An editor buffer as the workspace sees it (the LSP's `TextDocument` fits). */
export interface OpenDocument {
  readonly uri: string;
  readonly version: number;
  getText(): string;
}

/** Files larger than this are passed over by walks and reads from disk (a draft is a few KB; a huge file would stall a references request). */
const MAX_FILE_BYTES = 2_000_000;

/**
 * The workspace on disk plus the editor's open buffers (none for the CLI). Every `files` call walks the folder: the
 * editor does not report every file created (only data files are watched), and a walk of a drafts folder is cheap
 * next to the parse of what it finds. Callers that repeat a walk often (the corpus store) remember it themselves.
 */
export class NodeWorkspace implements Workspace {
  private folderUris: string[];
  /** Which files on disk may be read (Restricted Mode: those inside the workspace); all when undefined. */
  private allowed: ((file: string) => boolean) | undefined;

  constructor(
    folderUris: readonly string[],
    private readonly open: { all(): readonly OpenDocument[]; get(uri: string): OpenDocument | undefined } = { all: () => [], get: () => undefined },
  ) {
    this.folderUris = folderUris.map(folderUri);
  }

  /** A workspace over folder paths (the CLI's working directory, tests). */
  static ofPaths(folders: readonly string[]): NodeWorkspace {
    return new NodeWorkspace(folders.map((f) => URI.file(f).toString()));
  }

  get folders(): readonly string[] {
    return this.folderUris;
  }

  /** The folder paths on disk (what file walks and relative config paths start from). */
  get folderPaths(): string[] {
    return this.folderUris.map((f) => URI.parse(f).fsPath);
  }

  setFolders(folderUris: readonly string[]): void {
    this.folderUris = folderUris.map(folderUri);
  }

  /**
   * Read only the files on disk that `allowed` accepts (by path), or all again (undefined): walks leave the others out
   * and reads of them find nothing, before anything of them is read. Open buffers are the editor's, not the disk's.
   */
  restrict(allowed: ((file: string) => boolean) | undefined): void {
    this.allowed = allowed;
  }

  /** The editor's text of a document when it is open (unsaved changes included); undefined otherwise. */
  openText(uri: string): string | undefined {
    return this.open.get(uri)?.getText();
  }

  openDocuments(): Iterable<string> {
    return this.open.all().map((d) => d.uri);
  }

  files(folder: string, name: RegExp): readonly string[] {
    const found = findFiles(URI.parse(folder).fsPath, (n, size) => name.test(n) && size <= MAX_FILE_BYTES, 8);
    const allowed = this.allowed;
    return (allowed ? found.filter(allowed) : found).map((f) => URI.file(f).toString());
  }

  read(uri: string): { text: string; version?: number } | undefined {
    const doc = this.open.get(uri);
    if (doc) return { text: doc.getText(), version: doc.version };
    if (!uri.startsWith('file:')) return undefined;
    const file = URI.parse(uri).fsPath;
    if (this.allowed && !this.allowed(file)) return undefined;
    try {
      if (statSync(file).size > MAX_FILE_BYTES) return undefined;
      return { text: readFileSync(file, 'utf8') };
    } catch {
      return undefined; // a file that is gone or unreadable holds nothing
    }
  }
}

/** A folder URI as the workspace keeps it: normalised the way `vscode-uri` prints it, without a trailing slash. */
export function folderUri(uri: string): string {
  return URI.parse(uri).toString().replace(/\/$/, '');
}
