/*
 * Commitment texts for the Markdown preview, kept in the client. Pure (the server is reached through `ask`, the
 * previews through `redraw`), so its timing is tested without VS Code.
 */
import type { CommitmentResult } from '../../src/shared/protocol';
import type { CitedCommitment, NoteSource } from './previewNotes';

/** What a note shows of the server's answer; a quoter's topic label is no chapter of the document. */
export function toCited(result: NonNullable<CommitmentResult>): CitedCommitment {
  return {
    text: result.text,
    title: result.agreementTitle,
    ...(result.chapter && !result.chapterIsTheme ? { chapter: result.chapter } : {}),
    ...(result.section ? { section: result.section } : {}),
    ...(result.page !== undefined ? { page: result.page } : {}),
  };
}

const same = (a: NoteSource | undefined, b: NoteSource) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Rendering is synchronous and the texts live in the server: a key not seen yet answers "loading" and is asked for;
 * when the answers of a render are in, the previews are drawn again, once. When the corpora change, every key is asked
 * again while the notes keep showing the old words, and the previews are redrawn only if a note changed.
 */
export class PreviewCache {
  private readonly known = new Map<string, NoteSource>();
  /** Answers to questions asked before the last invalidation belong to corpora no longer loaded. */
  private generation = 0;
  private pending = 0;
  private changed = false;

  constructor(
    private readonly ask: (key: string) => Promise<CommitmentResult>,
    private readonly redraw: () => void,
  ) {}

  /** The note's source for a key, asking the server the first time. */
  lookup(key: string): NoteSource {
    const known = this.known.get(key);
    if (known) return known;
    const loading: NoteSource = { status: 'loading' };
    this.known.set(key, loading);
    void this.fetch(key);
    return loading;
  }

  /** The corpora changed: ask again for every key the previews showed. */
  invalidate(): void {
    this.generation++;
    for (const key of this.known.keys()) void this.fetch(key);
  }

  /** Whether any preview has shown a note (a change of language only needs a redraw then). */
  get used(): boolean {
    return this.known.size > 0;
  }

  private async fetch(key: string): Promise<void> {
    const generation = this.generation;
    this.pending++;
    try {
      const result = await this.ask(key);
      if (generation !== this.generation) return;
      const next: NoteSource = result ? { status: 'found', commitment: toCited(result) } : { status: 'unknown' };
      if (!same(this.known.get(key), next)) this.changed = true;
      this.known.set(key, next);
    } catch {
      // No server (starting or restarting): the next render asks again; no redraw, so a failing server is no loop.
      if (generation === this.generation && this.known.get(key)?.status === 'loading') this.known.delete(key);
    } finally {
      this.pending--;
      if (this.pending === 0 && this.changed) {
        this.changed = false;
        this.redraw();
      }
    }
  }
}
