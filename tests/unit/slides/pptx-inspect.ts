// Reads a .pptx the way a checker would: parts, content types, relationships, slides in order with
// their title, text boxes (geometry, font size, line spacing, paragraphs) and speaker notes.
import JSZip from 'jszip';

export interface BoxText {
  name: string;
  ph: string | null;
  x: number;
  y: number;
  cx: number;
  cy: number;
  insets: { l: number; r: number; t: number; b: number };
  paragraphs: Array<{ text: string; bold: boolean; sizePt: number; lineSpacingPt: number; spaceBeforePt: number; marLPt: number }>;
}

export interface SlideInfo {
  path: string;
  title: string;
  texts: BoxText[];
  notes: string;
  xml: string;
}

const EMU_PER_PT = 12700;

function decode(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

export function paragraphs(txBody: string): BoxText['paragraphs'] {
  return [...txBody.matchAll(/<a:p>([\s\S]*?)<\/a:p>/g)].map((m) => {
    const p = m[1];
    const text = decode([...p.matchAll(/<a:t>([\s\S]*?)<\/a:t>/g)].map((t) => t[1]).join(''));
    const sz = /<a:rPr[^>]*\bsz="(\d+)"/.exec(p);
    const ln = /<a:lnSpc><a:spcPts val="(\d+)"/.exec(p);
    const bef = /<a:spcBef><a:spcPts val="(\d+)"/.exec(p);
    const marL = /<a:pPr[^>]*\bmarL="(\d+)"/.exec(p);
    return {
      text,
      bold: /<a:rPr[^>]*\bb="1"/.test(p),
      sizePt: sz ? Number(sz[1]) / 100 : 18,
      lineSpacingPt: ln ? Number(ln[1]) / 100 : 0,
      spaceBeforePt: bef ? Number(bef[1]) / 100 : 0,
      marLPt: marL ? Number(marL[1]) / EMU_PER_PT : 0,
    };
  });
}

export function shapes(xml: string): BoxText[] {
  return [...xml.matchAll(/<p:sp>([\s\S]*?)<\/p:sp>/g)].flatMap((m) => {
    const sp = m[1];
    const body = /<p:txBody>([\s\S]*?)<\/p:txBody>/.exec(sp);
    const off = /<a:off x="(\d+)" y="(\d+)"\/>/.exec(sp);
    const ext = /<a:ext cx="(\d+)" cy="(\d+)"\/>/.exec(sp);
    if (!body || !off || !ext) return [];
    const bodyPr = /<a:bodyPr([^>]*)>/.exec(sp)?.[1] ?? '';
    const ins = (k: string, d: number) => Number(new RegExp(`${k}="(\\d+)"`).exec(bodyPr)?.[1] ?? d) / EMU_PER_PT;
    return [
      {
        name: /<p:cNvPr id="\d+" name="([^"]*)"/.exec(sp)?.[1] ?? '',
        ph: /<p:ph[\s\S]*?type="(\w+)"/.exec(sp)?.[1] ?? null,
        x: Number(off[1]),
        y: Number(off[2]),
        cx: Number(ext[1]),
        cy: Number(ext[2]),
        insets: { l: ins('lIns', 91440), r: ins('rIns', 91440), t: ins('tIns', 45720), b: ins('bIns', 45720) },
        paragraphs: paragraphs(body[1]),
      },
    ];
  });
}

export async function inspectPptx(bytes: Uint8Array) {
  const zip = await JSZip.loadAsync(bytes);
  const parts = Object.keys(zip.files).filter((p) => !zip.files[p].dir);
  const read = (p: string) => zip.file(p)!.async('string');
  const presentation = await read('ppt/presentation.xml');
  const presRels = await read('ppt/_rels/presentation.xml.rels');
  const relTarget = (rels: string, id: string) =>
    new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)?.[1];
  const slideIds = [...presentation.matchAll(/<p:sldId [^>]*r:id="(rId\d+)"/g)].map((m) => m[1]);
  const slides: SlideInfo[] = [];
  for (const rid of slideIds) {
    const path = 'ppt/' + relTarget(presRels, rid)!.replace(/^\.?\//, '');
    const xml = await read(path);
    const rels = await read(path.replace('slides/', 'slides/_rels/') + '.rels');
    const notesTarget = /Target="\.\.\/notesSlides\/(notesSlide\d+\.xml)"/.exec(rels)?.[1];
    let notes = '';
    if (notesTarget) {
      const nx = await read(`ppt/notesSlides/${notesTarget}`);
      const bodyPh = /<p:sp>(?:(?!<\/p:sp>)[\s\S])*?<p:ph type="body"[\s\S]*?<\/p:sp>/.exec(nx)?.[0] ?? '';
      notes = decode([...bodyPh.matchAll(/<a:t>([\s\S]*?)<\/a:t>/g)].map((t) => t[1]).join('\n')).trim();
    }
    const texts = shapes(xml);
    const title =
      texts
        .find((t) => t.ph === 'title')
        ?.paragraphs.map((p) => p.text)
        .join(' ') ?? '';
    slides.push({ path, title, texts, notes, xml });
  }
  return { zip, parts, read, slides };
}
