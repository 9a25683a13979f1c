/**
 * Plain text in Markdown: a placeholder such as ‘<datum>’ would be read as an HTML tag, and the renderer (an editor's
 * hover, GitHub) drops it; escaped outside code spans (`…`), where a backslash would show.
 */
export function markdownProse(text: string): string {
  return text.split(/(`[^`]*`)/).map((piece, i) => (i % 2 === 0 ? piece.replace(/</g, '\\<') : piece)).join('');
}
