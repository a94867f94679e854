/**
 * Splits a byte stream into lines (LF-terminated; a CR before the LF stays in
 * the line) as binary strings, in batches of one read chunk. Lines longer than
 * `maxLineBytes` are cut there and the rest of the line is discarded and
 * counted, so one unterminated gigabyte cannot exhaust memory.
 */
export interface SplitResult {
  lines: number;
  cutLines: number;
}

export async function splitLines(
  stream: AsyncIterable<unknown> | NodeJS.ReadableStream,
  maxLineBytes: number,
  onBatch: (lines: string[], finalNewline: boolean) => Promise<void>,
): Promise<SplitResult> {
  let carry: string[] = [];
  let carryLength = 0;
  let skipping = false;
  let total = 0;
  let cutLines = 0;
  for await (const chunk of stream as AsyncIterable<Buffer | string>) {
    const text = typeof chunk === 'string' ? chunk : chunk.toString('latin1');
    const batch: string[] = [];
    let from = 0;
    for (;;) {
      const nl = text.indexOf('\n', from);
      if (nl < 0) break;
      if (skipping) {
        skipping = false;
      } else {
        let piece = text.slice(from, nl);
        if (carryLength > 0) {
          carry.push(piece);
          piece = carry.join('');
          carry = [];
          carryLength = 0;
        }
        if (piece.length > maxLineBytes) {
          piece = piece.slice(0, maxLineBytes);
          cutLines++;
        }
        batch.push(piece);
      }
      from = nl + 1;
    }
    if (from < text.length && !skipping) {
      const rest = text.slice(from);
      carry.push(rest);
      carryLength += rest.length;
      if (carryLength > maxLineBytes) {
        // Keep the first maxLineBytes, drop the rest of this line as it arrives.
        const joined = carry.join('').slice(0, maxLineBytes);
        batch.push(joined);
        cutLines++;
        carry = [];
        carryLength = 0;
        skipping = true;
      }
    }
    total += batch.length;
    if (batch.length) await onBatch(batch, true);
  }
  if (carryLength > 0) {
    total++;
    await onBatch([carry.join('')], false);
  }
  return { lines: total, cutLines };
}

/**
 * Like splitLines, but hands over each read chunk's complete lines as one block of
 * text, LF-terminated as they came (CRs included), instead of one string per line:
 * the sanitizer works on the block (`Sanitizer.sanitizeText`) and writes it back in
 * one piece, so a line costs no string of its own on either side. Lines longer than
 * `maxLineBytes` are cut as splitLines cuts them. The last block has no final LF when
 * the input had none (`finalNewline` false).
 *
 * Most of a chunk is taken as it is: only the line that continues from the previous
 * chunk is joined by hand, and lines are checked one by one against `maxLineBytes`
 * only when a chunk is longer than it (then no line inside the chunk can be).
 */
export async function splitLineBlocks(
  stream: AsyncIterable<unknown> | NodeJS.ReadableStream,
  maxLineBytes: number,
  onBlock: (text: string, finalNewline: boolean) => Promise<void>,
): Promise<{ cutLines: number }> {
  let carry: string[] = [];
  let carryLength = 0;
  let skipping = false;
  let cutLines = 0;
  for await (const chunk of stream as AsyncIterable<Buffer | string>) {
    const text = typeof chunk === 'string' ? chunk : chunk.toString('latin1');
    let block = '';
    let from = 0;
    if (skipping || carryLength > 0) {
      // The first line continues the previous chunk's last one, or is the rest of a cut line.
      const nl = text.indexOf('\n');
      if (nl >= 0) {
        if (skipping) {
          skipping = false;
        } else {
          carry.push(text.slice(0, nl));
          let piece = carry.join('');
          carry = [];
          carryLength = 0;
          if (piece.length > maxLineBytes) {
            piece = piece.slice(0, maxLineBytes);
            cutLines++;
          }
          block = `${piece}\n`;
        }
        from = nl + 1;
      }
      // No LF in the chunk: all of it goes to the carry (or is skipped) below.
    }
    const lastNl = text.lastIndexOf('\n');
    if (lastNl >= from) {
      if (lastNl + 1 - from <= maxLineBytes) {
        block += text.slice(from, lastNl + 1);
      } else {
        // A small --max-line-bytes: check each line.
        const lines: string[] = [];
        for (let at = from; at <= lastNl; ) {
          const nl = text.indexOf('\n', at);
          lines.push(nl - at > maxLineBytes ? text.slice(at, at + maxLineBytes) : text.slice(at, nl));
          if (nl - at > maxLineBytes) cutLines++;
          at = nl + 1;
        }
        block += `${lines.join('\n')}\n`;
      }
      from = lastNl + 1;
    }
    if (from < text.length && !skipping) {
      const rest = text.slice(from);
      carry.push(rest);
      carryLength += rest.length;
      if (carryLength > maxLineBytes) {
        // Keep the first maxLineBytes, drop the rest of this line as it arrives.
        block += `${carry.join('').slice(0, maxLineBytes)}\n`;
        cutLines++;
        carry = [];
        carryLength = 0;
        skipping = true;
      }
    }
    if (block.length > 0) await onBlock(block, true);
  }
  if (carryLength > 0) await onBlock(carry.join(''), false);
  return { cutLines };
}
