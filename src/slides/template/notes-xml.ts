import { escapeXml } from './xml';

// Speaker notes inside the template package. A notes page needs a notes master; templates often have
// none (python-pptx's default, most .potx files), so a plain one is added with its own theme part (a
// copy of the template's theme: the template's own theme part is never touched).

const NS_DECL =
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"';
const GROUP =
  '<p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/><a:chOff x="0" y="0"/><a:chExt cx="0" cy="0"/></a:xfrm></p:grpSpPr>';

function level(n: number): string {
  return `<a:lvl${n}pPr marL="${(n - 1) * 457200}" algn="l" defTabSz="914400" rtl="0" eaLnBrk="1" latinLnBrk="0" hangingPunct="1"><a:defRPr sz="1200" kern="1200"><a:solidFill><a:schemeClr val="tx1"/></a:solidFill><a:latin typeface="+mn-lt"/><a:ea typeface="+mn-ea"/><a:cs typeface="+mn-cs"/></a:defRPr></a:lvl${n}pPr>`;
}

/** A notes master for a page of `notesSz` (EMU): the slide picture above, the notes below. */
export function notesMasterXml(notesW: number, notesH: number, slideW: number, slideH: number): string {
  const margin = Math.round(notesW / 10);
  const imgW = notesW - 2 * margin;
  const imgH = Math.round((imgW * slideH) / slideW);
  const imgY = Math.round(notesH / 8);
  const bodyY = imgY + imgH + Math.round(notesH / 30);
  const sp = (
    id: number,
    name: string,
    ph: string,
    x: number,
    y: number,
    w: number,
    h: number,
    extra = '',
    body = '<p:txBody><a:bodyPr vert="horz" lIns="91440" tIns="45720" rIns="91440" bIns="45720" rtlCol="0"/><a:lstStyle/><a:p><a:endParaRPr lang="en-US"/></a:p></p:txBody>',
  ) =>
    `<p:sp><p:nvSpPr><p:cNvPr id="${id}" name="${name}"/><p:cNvSpPr><a:spLocks noGrp="1"${ph.includes('sldImg') ? ' noRot="1" noChangeAspect="1"' : ''}/></p:cNvSpPr><p:nvPr>${ph}</p:nvPr></p:nvSpPr><p:spPr><a:xfrm><a:off x="${x}" y="${y}"/><a:ext cx="${w}" cy="${h}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>${extra}</p:spPr>${body}</p:sp>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<p:notesMaster ${NS_DECL}><p:cSld><p:bg><p:bgRef idx="1001"><a:schemeClr val="bg1"/></p:bgRef></p:bg><p:spTree>${GROUP}` +
    sp(
      2,
      'Slide Image Placeholder 1',
      '<p:ph type="sldImg" idx="2"/>',
      margin,
      imgY,
      imgW,
      imgH,
      '<a:noFill/><a:ln w="12700"><a:solidFill><a:prstClr val="black"/></a:solidFill></a:ln>',
    ) +
    sp(3, 'Notes Placeholder 2', '<p:ph type="body" sz="quarter" idx="3"/>', margin, bodyY, imgW, notesH - bodyY - imgY / 2) +
    `</p:spTree></p:cSld><p:clrMap bg1="lt1" tx1="dk1" bg2="lt2" tx2="dk2" accent1="accent1" accent2="accent2" accent3="accent3" accent4="accent4" accent5="accent5" accent6="accent6" hlink="hlink" folHlink="folHlink"/><p:notesStyle>${[1, 2, 3, 4, 5].map(level).join('')}</p:notesStyle></p:notesMaster>`
  );
}

export function notesMasterRelsXml(themeTarget: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme" Target="${themeTarget}"/></Relationships>`;
}

/** One notes page: the slide's picture and its notes, a paragraph per line. */
export function notesSlideXml(notes: string, lang: string): string {
  const paras = notes
    .split('\n')
    .map((line) =>
      line ? `<a:p><a:r><a:rPr lang="${lang}" dirty="0"/><a:t>${escapeXml(line)}</a:t></a:r></a:p>` : `<a:p><a:endParaRPr lang="${lang}" dirty="0"/></a:p>`,
    )
    .join('');
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<p:notes ${NS_DECL}><p:cSld><p:spTree>${GROUP}` +
    '<p:sp><p:nvSpPr><p:cNvPr id="2" name="Slide Image Placeholder 1"/><p:cNvSpPr><a:spLocks noGrp="1" noRot="1" noChangeAspect="1"/></p:cNvSpPr><p:nvPr><p:ph type="sldImg"/></p:nvPr></p:nvSpPr><p:spPr/></p:sp>' +
    `<p:sp><p:nvSpPr><p:cNvPr id="3" name="Notes Placeholder 2"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr><p:ph type="body" idx="1"/></p:nvPr></p:nvSpPr><p:spPr/><p:txBody><a:bodyPr/><a:lstStyle/>${paras}</p:txBody></p:sp>` +
    '</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:notes>'
  );
}

export function notesSlideRelsXml(notesMasterTarget: string, slideTarget: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/notesMaster" Target="${notesMasterTarget}"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/slide" Target="${slideTarget}"/></Relationships>`;
}
