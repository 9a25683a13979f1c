import * as vscode from 'vscode';
import type MarkdownIt from 'markdown-it';
import type { LanguageClient } from 'vscode-languageclient/node';
import { COMMITMENT_REQUEST, type CommitmentParams, type CommitmentResult } from '../../src/shared/protocol';
import { taal } from './i18n';
import { PreviewCache } from './previewCache';
import { citationNotes } from './previewNotes';

/** Redraw every open Markdown preview; without the Markdown extension there is nothing to redraw, and no error. */
function refreshPreviews(): void {
  void Promise.resolve(vscode.commands.executeCommand('markdown.preview.refresh')).catch(() => undefined);
}

/** The preview's commitment texts, asked from the server through `akkoordwijzer/toezegging`. */
export function createPreviewCache(client: LanguageClient): PreviewCache {
  return new PreviewCache((key) => client.sendRequest<CommitmentResult>(COMMITMENT_REQUEST, { key } satisfies CommitmentParams), refreshPreviews);
}

/** A change of language: the labels of the notes are drawn again (the texts stay). */
export function redrawPreviews(cache: PreviewCache): void {
  if (cache.used) refreshPreviews();
}

/** The `extendMarkdownIt` VS Code's Markdown extension calls with its markdown-it (`markdown.markdownItPlugins`). */
export function previewPlugin(cache: PreviewCache): (md: MarkdownIt) => MarkdownIt {
  return (md) => citationNotes(md, { lookup: (key) => cache.lookup(key), taal });
}
