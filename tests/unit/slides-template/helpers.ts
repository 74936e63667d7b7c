import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import JSZip from 'jszip';
import { readTemplate, type LoadedTemplate } from '../../../src/slides/template/read-template';
import { templateSlides, type TemplateSlidesResult } from '../../../src/slides/template/template-slides';
import type { TemplateKind } from '../../../src/slides/types';
import { PRACTICE_ZH } from '../slides/fixtures';

// The real templates under tests/fixtures/real/templates (sources in tests/fixtures/real/SOURCES.md).

export const TEMPLATE_DIR = resolve('tests/fixtures/real/templates');

export const TEMPLATES = [
  'python-pptx-default.pptx',
  'onlyoffice-zh-CN.pptx',
  'onlyoffice-zh-TW.pptx',
  'apachecon-performance.pptx',
  'poi-themes.pptx',
  'automizer-slide-masters.pptx',
  'automizer-additional-master.pptx',
  'aptia-untyped-layouts.pptx',
  'poi-59273.potx',
  'poi-simple-macro.pptm',
] as const;

export function templateBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(TEMPLATE_DIR, name)));
}

export function loadFixture(name: string): Promise<LoadedTemplate> {
  return readTemplate(templateBytes(name), name);
}

export async function renderWith(
  name: string,
  markdown: string,
  opts: { overrides?: Partial<Record<TemplateKind, string>>; keep?: boolean; lang?: 'zh' | 'en' } = {},
): Promise<TemplateSlidesResult & { template: LoadedTemplate }> {
  const template = await loadFixture(name);
  const r = await templateSlides({ markdown, template, overrides: opts.overrides, keepExampleSlides: opts.keep, deck: { lang: opts.lang } });
  return { ...r, template };
}

/** The parts of a package, decompressed, by name. */
export async function unzipParts(
  bytes: Uint8Array,
): Promise<{ zip: JSZip; names: string[]; text: (p: string) => Promise<string>; bytes: (p: string) => Promise<Uint8Array> }> {
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files).filter((n) => !zip.files[n].dir);
  return { zip, names, text: (p) => zip.file(p)!.async('string'), bytes: (p) => zip.file(p)!.async('uint8array') };
}

/** An outline with one slide of every kind (Chinese), a picture from a data URL, notes, a long list. */
export function mixedOutline(png: string): string {
  return `# 人工智能在教育中的应用

面向中学教师的入门介绍

## 背景

面向课堂的现状

### 为什么现在谈 AI

- 大模型能力快速提升，**DeepSeek** 等开源模型降低了使用门槛
- 学生已经在使用 AI 完成作业
  - 写作辅助
  - 解题讲解

备注：开场先问大家有没有用过 AI。

### 优缺点对比

- 优点
  - 个性化辅导
  - 即时反馈
- 缺点
  - 可能出现幻觉
  - 学生依赖

### 十个城市

${['北京', '上海', '广州', '深圳', '杭州', '成都', '武汉', '西安', '南京', '重庆'].map((c) => `- ${c}`).join('\n')}

${PRACTICE_ZH}
### 图文

![实验课](${png})

- 学生分组完成实验
- 教师巡视并答疑

### 图片

![校园示意图](${png})

## 谢谢

欢迎提问与交流
`;
}
