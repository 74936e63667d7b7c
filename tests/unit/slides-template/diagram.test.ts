import { describe, expect, it } from 'vitest';
import { translate } from '../../../src/locales';
import { renderWith, unzipParts } from './helpers';
import { APPROVAL_FLOW_ZH as FLOW } from '../diagram/fixtures';

// A ```mermaid block in a deck on the user's own template: drawn as in the built-in themes (one native
// shape per box with its text, one connector per line glued to its boxes), on the template's title-only
// layout, by the template writer's own XML (src/diagram/shapes-xml.ts).

const OUTLINE = `# 报销流程改进\n\n## 现状\n\n### 当前审批流程\n\n\`\`\`mermaid\n${FLOW}\n\`\`\`\n\n### 问题\n- 审批平均耗时 6 天\n`;

describe('diagrams in template decks', () => {
  it.each(['onlyoffice-zh-CN.pptx', 'python-pptx-default.pptx'])(
    '%s: the diagram slide holds the boxes and glued connectors, its title in the layout’s title',
    async (name) => {
      const r = await renderWith(name, OUTLINE, { lang: 'zh' });
      expect(r.warnings).toEqual([]);
      const at = r.deck.slides.findIndex((s) => s.layout === 'diagram');
      expect(at).toBeGreaterThanOrEqual(0);
      const parts = await unzipParts(r.bytes);
      // Our slides follow the template's own (dropped) ones: find the slide by its title.
      const slides = await Promise.all(parts.names.filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n)).map((n) => parts.text(n)));
      const xml = slides.find((x) => x.includes('当前审批流程') && x.includes('dsp-node-0'));
      expect(xml).toBeDefined();
      expect(xml!.match(/<p:cxnSp>/g)).toHaveLength(5);
      const ids = new Map([...xml!.matchAll(/<p:cNvPr id="(\d+)" name="dsp-node-(\d+)"/g)].map((m) => [m[1], m[2]]));
      expect(ids.size).toBe(5);
      const glued = [...xml!.matchAll(/<a:(?:st|end)Cxn id="(\d+)"/g)].map((m) => m[1]);
      expect(glued).toHaveLength(10);
      expect(glued.every((id) => ids.has(id))).toBe(true);
      // Every shape id on the slide is unique.
      const all = [...xml!.matchAll(/<p:cNvPr id="(\d+)"/g)].map((m) => m[1]);
      expect(new Set(all).size).toBe(all.length);
      for (const text of ['员工提交报销单', '金额超过 5000？', '部门总监审批', '直属经理审批', '财务复核', '是', '否'])
        expect(xml).toContain(`<a:t>${text}</a:t>`);
      // The title is the layout's title placeholder.
      expect(xml).toMatch(/<p:ph type="title"[^>]*\/>[\s\S]*当前审批流程/);
    },
  );

  it('Mermaid that cannot be drawn is still shown as code, with the warning', async () => {
    const r = await renderWith('onlyoffice-zh-CN.pptx', '# T\n\n## 图\n\n```mermaid\nsequenceDiagram\n  A->>B: hi\n```\n', { lang: 'zh' });
    expect(r.deck.slides.some((s) => s.layout === 'code')).toBe(true);
    expect(r.warnings.map((w) => translate('en-US', w.key, w.params)).join('\n')).toMatch(/sequenceDiagram/);
  });
});
