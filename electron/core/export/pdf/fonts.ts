import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as fontkit from 'fontkit';
import { SANS, SERIF } from './theme';

/** A face pdfmake can load: a file in its virtual file system, and a face name inside a TTC. */
type FaceDefinition = string | [string, string];

interface FamilyFiles {
  normal: FaceDefinition;
  bold: FaceDefinition;
  italics: FaceDefinition;
  bolditalics: FaceDefinition;
}

/** Fallback families, tried in this order for a character the body fonts lack. */
export const ARABIC = 'NotoNaskhArabic';
export const HEBREW = 'NotoSerifHebrew';
export const SYMBOLS = 'NotoSansSymbols2';
export const CJK_FAMILIES = {
  sc: 'NotoSansCJKsc',
  jp: 'NotoSansCJKjp',
  kr: 'NotoSansCJKkr',
} as const;
export type CjkLanguage = keyof typeof CJK_FAMILIES;

/** Fonts committed under resources/fonts (Noto, OFL): Latin, Cyrillic, Greek, Arabic, Hebrew, symbols. */
const BUNDLED: Record<string, FamilyFiles> = {
  [SERIF]: {
    normal: 'NotoSerif-Regular.ttf',
    bold: 'NotoSerif-Bold.ttf',
    italics: 'NotoSerif-Italic.ttf',
    bolditalics: 'NotoSerif-BoldItalic.ttf',
  },
  [SANS]: {
    normal: 'NotoSans-Regular.ttf',
    bold: 'NotoSans-Bold.ttf',
    italics: 'NotoSans-Regular.ttf',
    bolditalics: 'NotoSans-Bold.ttf',
  },
  // Arabic and Hebrew have no italics; the upright faces stand in.
  [ARABIC]: {
    normal: 'NotoNaskhArabic-Regular.ttf',
    bold: 'NotoNaskhArabic-Bold.ttf',
    italics: 'NotoNaskhArabic-Regular.ttf',
    bolditalics: 'NotoNaskhArabic-Bold.ttf',
  },
  [HEBREW]: {
    normal: 'NotoSerifHebrew-Regular.ttf',
    bold: 'NotoSerifHebrew-Bold.ttf',
    italics: 'NotoSerifHebrew-Regular.ttf',
    bolditalics: 'NotoSerifHebrew-Bold.ttf',
  },
  [SYMBOLS]: {
    normal: 'NotoSansSymbols2-Regular.ttf',
    bold: 'NotoSansSymbols2-Regular.ttf',
    italics: 'NotoSansSymbols2-Regular.ttf',
    bolditalics: 'NotoSansSymbols2-Regular.ttf',
  },
};

/**
 * CJK fonts are 20 MB and more, too large to ship: they are read from the system at export time
 * (Debian/Ubuntu `fonts-noto-cjk`, Fedora `google-noto-sans-cjk-fonts`, Arch `noto-fonts-cjk`),
 * or from BRIEFWRIGHT_CJK_FONT. PDFKit embeds only the glyphs a document uses.
 */
const CJK_CANDIDATES = [
  '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/opentype/noto-cjk/NotoSansCJK-Regular.ttc',
];

export function findCjkFont(env: NodeJS.ProcessEnv = process.env): string | null {
  const candidates = [env.BRIEFWRIGHT_CJK_FONT, ...CJK_CANDIDATES].filter((p): p is string => !!p);
  return candidates.find((p) => existsSync(p)) ?? null;
}

const CJK_FILE = 'NotoSansCJK-Regular.ttc';
const CJK_BOLD_FILE = 'NotoSansCJK-Bold.ttc';

/** What the export can print with: which family draws a character, and pdfmake's font table. */
export interface FontSet {
  /** True when both body families (serif and sans) draw the character. */
  inBody(codePoint: number): boolean;
  /** The first fallback family that draws the character, or null. */
  fallbackFor(codePoint: number, cjk: CjkLanguage): string | null;
  /** Whether a CJK font was found on this system (it is read when first needed). */
  hasCjk: boolean;
  /** How wide a word sets, in ems, in the family its script uses (body, Arabic or Hebrew). */
  widthInEms(word: string): number;
  /** Fresh font definitions for pdfmake (it rewrites them while rendering). */
  definitions(): Record<string, FamilyFiles>;
  /** Files to place in pdfmake's virtual file system; the CJK ones join once a text needs them
   * (the CJK families are in `definitions()` from the start). */
  files: Map<string, Buffer>;
}

type Coverage = ((codePoint: number) => boolean) & { font: fontkit.Font };

function coverage(bytes: Buffer, postscriptName?: string): Coverage {
  const opened = fontkit.create(bytes, postscriptName);
  const font = 'fonts' in opened ? opened.fonts[0]! : opened;
  const cache = new Map<number, boolean>();
  return Object.assign(
    (cp: number) => {
      let has = cache.get(cp);
      if (has === undefined) {
        has = font.hasGlyphForCodePoint(cp);
        cache.set(cp, has);
      }
      return has;
    },
    { font },
  );
}

const emsOf = (font: fontkit.Font, text: string) =>
  font.layout(text).advanceWidth / font.unitsPerEm;

/** The regional face for a CJK character: kana are Japanese, Hangul Korean, Han per paragraph. */
function cjkFace(cp: number, paragraphLanguage: CjkLanguage): CjkLanguage {
  const ch = String.fromCodePoint(cp);
  if (/[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(ch)) return 'jp';
  if (/\p{Script=Hangul}/u.test(ch)) return 'kr';
  return /\p{Script=Han}/u.test(ch) ? paragraphLanguage : 'sc';
}

/** Blocks where CJK characters live; elsewhere the CJK font is only a last resort. */
const CJK_BLOCKS: [number, number][] = [
  [0x1100, 0x11ff],
  [0x2e80, 0x303f],
  [0x3040, 0x9fff],
  [0xa960, 0xa97f],
  [0xac00, 0xd7ff],
  [0xf900, 0xfaff],
  [0xfe10, 0xfe1f],
  [0xfe30, 0xfe4f],
  [0xff00, 0xffef],
  [0x1f200, 0x1f2ff],
  [0x20000, 0x3ffff],
];
const inCjkBlock = (cp: number) => CJK_BLOCKS.some(([from, to]) => cp >= from && cp <= to);

/**
 * Loads the bundled fonts from `resourcesDir`. A CJK font found on the system (`cjkPath`) is read
 * only when a character needs it: it is 40 MB, a quarter of a second to read, and most notes have
 * no Chinese, Japanese or Korean in them.
 */
export function loadFontSet(resourcesDir: string, cjkPath: string | null = findCjkFont()): FontSet {
  const files = new Map<string, Buffer>();
  for (const family of Object.values(BUNDLED))
    for (const file of Object.values(family) as string[])
      if (!files.has(file)) files.set(file, readFileSync(join(resourcesDir, 'fonts', file)));

  const serif = coverage(files.get('NotoSerif-Regular.ttf')!);
  const sans = coverage(files.get('NotoSans-Regular.ttf')!);
  const fallbacks: [string, Coverage][] = [
    [ARABIC, coverage(files.get('NotoNaskhArabic-Regular.ttf')!)],
    [HEBREW, coverage(files.get('NotoSerifHebrew-Regular.ttf')!)],
  ];
  const symbols = coverage(files.get('NotoSansSymbols2-Regular.ttf')!);

  // The families are declared up front; their files join `files` when a character needs them.
  const cjkDefinitions: Record<string, FamilyFiles> = {};
  const boldPath = cjkPath?.replace(/-Regular\.ttc$/, '-Bold.ttc');
  const hasBold = !!cjkPath && boldPath !== cjkPath && existsSync(boldPath!);
  if (cjkPath)
    for (const family of Object.values(CJK_FAMILIES)) {
      const normal: FaceDefinition = [CJK_FILE, `${family}-Regular`];
      const bold: FaceDefinition = hasBold ? [CJK_BOLD_FILE, `${family}-Bold`] : normal;
      cjkDefinitions[family] = { normal, bold, italics: normal, bolditalics: bold };
    }
  let cjk: Coverage | null = null;
  const cjkCovers = (cp: number): boolean => {
    if (!cjkPath) return false;
    if (!cjk) {
      const regular = readFileSync(cjkPath);
      files.set(CJK_FILE, regular);
      if (hasBold) files.set(CJK_BOLD_FILE, readFileSync(boldPath!));
      cjk = coverage(regular, `${CJK_FAMILIES.sc}-Regular`);
    }
    return cjk(cp);
  };

  return {
    inBody: (cp) => serif(cp) && sans(cp),
    fallbackFor(cp, lang) {
      for (const [family, covers] of fallbacks) if (covers(cp)) return family;
      // One collection covers Chinese, Japanese and Korean; the face picks regional glyph forms.
      const cjkBlock = inCjkBlock(cp);
      if (cjkBlock && cjkCovers(cp)) return CJK_FAMILIES[cjkFace(cp, lang)];
      if (symbols(cp)) return SYMBOLS;
      if (serif(cp)) return SERIF;
      if (sans(cp)) return SANS;
      if (!cjkBlock && cjkCovers(cp)) return CJK_FAMILIES[cjkFace(cp, lang)];
      return null;
    },
    hasCjk: cjkPath !== null,
    widthInEms(word) {
      if (/\p{Script=Arabic}/u.test(word)) return emsOf(fallbacks[0]![1].font, word);
      if (/\p{Script=Hebrew}/u.test(word)) return emsOf(fallbacks[1]![1].font, word);
      return emsOf(serif.font, word);
    },
    definitions() {
      const copy = (f: FamilyFiles): FamilyFiles => {
        const face = (d: FaceDefinition): FaceDefinition => (Array.isArray(d) ? [d[0], d[1]] : d);
        return {
          normal: face(f.normal),
          bold: face(f.bold),
          italics: face(f.italics),
          bolditalics: face(f.bolditalics),
        };
      };
      return Object.fromEntries(
        Object.entries({ ...BUNDLED, ...cjkDefinitions }).map(([k, v]) => [k, copy(v)]),
      );
    },
    files,
  };
}
