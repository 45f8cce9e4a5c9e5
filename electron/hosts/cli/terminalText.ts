/**
 * Library text is written by others (imported pages, documents, file names) and must never drive
 * the terminal: escape sequences could recolour, retitle or rewrite what the user sees.
 */

// ESC followed by a CSI (ESC [ … final), an OSC (ESC ] … BEL or ESC \), or any single character;
// and the 8-bit CSI/OSC introducers.
const ESCAPE_SEQUENCE =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /\u001b(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|[\s\S])|\u009b[0-?]*[ -/]*[@-~]|\u009d[^\u0007]*\u0007?/g;
// Controls other than tab and newline (C0, DEL, C1).
// eslint-disable-next-line no-control-regex -- as above
const OTHER_CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/** A line safe to print: escape sequences removed, other control characters shown as `\xHH`. */
export function terminalSafe(text: string): string {
  return text
    .replace(ESCAPE_SEQUENCE, '')
    .replace(OTHER_CONTROLS, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

/** A file name on one line: a newline in it cannot forge another output line. */
export function oneLine(name: string): string {
  return name.replace(/\r/g, '\\r').replace(/\n/g, '\\n');
}
