import { Buffer } from 'node:buffer';

/** The parser's input form: one char per byte of the UTF-8 encoding (`buf.toString('latin1')`). */
export function binaryString(text: string): string {
  return Buffer.from(text, 'utf8').toString('latin1');
}
