/**
 * Line breaking for Chinese text by measured width. A Chinese line may break between any two
 * characters, with two simple rules (a subset of GB/T 15834 and JIS X 4051 禁则):
 * - closing punctuation never starts a line: it stays with the character before it;
 * - opening punctuation never ends a line: it goes with the character after it.
 * Runs of Latin letters and digits (case numbers, phone numbers, ID numbers) are kept whole
 * unless a run alone is wider than the line. Spaces are break opportunities and vanish at a break.
 */

/** Never at the start of a line. */
export const NO_LINE_START = new Set([...'，。；：、）》」』】〕〉！？…—’”,.;:!?)]}%·～％']);
/** Never at the end of a line. */
export const NO_LINE_END = new Set([...'（《「『【〔〈“‘([{']);

const WORD_CHAR = /[A-Za-z0-9_@#&*+\-=/\\.:]/;

type Token = { text: string; space: boolean };

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let pendingOpen = '';
  for (const ch of text) {
    const last = tokens.at(-1);
    if (ch === ' ' || ch === '\u3000' || ch === '\t') {
      if (pendingOpen) {
        tokens.push({ text: pendingOpen, space: false });
        pendingOpen = '';
      }
      tokens.push({ text: ch === '\t' ? ' ' : ch, space: true });
      continue;
    }
    if (NO_LINE_START.has(ch) && last && !last.space && !pendingOpen) {
      last.text += ch;
      continue;
    }
    if (NO_LINE_END.has(ch)) {
      pendingOpen += ch;
      continue;
    }
    const isWord = WORD_CHAR.test(ch);
    if (isWord && !pendingOpen && last && !last.space && isWordToken(last.text)) {
      last.text += ch;
      continue;
    }
    tokens.push({ text: pendingOpen + ch, space: false });
    pendingOpen = '';
  }
  if (pendingOpen) tokens.push({ text: pendingOpen, space: false });
  return tokens;
}

function isWordToken(text: string): boolean {
  const lastChar = [...text].at(-1) ?? '';
  return WORD_CHAR.test(lastChar);
}

export type Measurer = (text: string) => number;

/**
 * Breaks `text` into lines no wider than `width` (the first line `width - indent`). Hard line
 * breaks ("\n") are kept. Always returns at least one line; a line is never wider than the measure
 * unless a single character is (impossible at the sizes the templates use).
 */
export function wrapText(text: string, width: number, measure: Measurer, indent = 0): string[] {
  const lines: string[] = [];
  const paragraphs = text.split('\n');
  paragraphs.forEach((paragraph, p) => {
    const firstIndent = p === 0 ? indent : 0;
    lines.push(...wrapParagraph(paragraph, width, measure, firstIndent));
  });
  return lines;
}

function wrapParagraph(text: string, width: number, measure: Measurer, indent: number): string[] {
  const lines: string[] = [];
  let line = '';
  let lineWidth = 0;
  let available = width - indent;
  const flush = () => {
    lines.push(line.trimEnd());
    line = '';
    lineWidth = 0;
    available = width;
  };
  for (const token of tokenize(text)) {
    if (token.space) {
      if (line === '') continue;
      const w = measure(token.text);
      if (lineWidth + w > available) flush();
      else {
        line += token.text;
        lineWidth += w;
      }
      continue;
    }
    const w = measure(token.text);
    if (lineWidth + w <= available) {
      line += token.text;
      lineWidth += w;
      continue;
    }
    if (line !== '') flush();
    if (w <= available) {
      line = token.text;
      lineWidth = w;
      continue;
    }
    // A token wider than a whole line (a very long number): break it by characters.
    for (const ch of token.text) {
      const cw = measure(ch);
      if (lineWidth + cw > available && line !== '') flush();
      line += ch;
      lineWidth += cw;
    }
  }
  if (line !== '' || lines.length === 0) lines.push(line.trimEnd());
  return lines;
}
