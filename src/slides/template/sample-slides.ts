import { outlineFromMarkdown } from '../../outline/from-markdown';
import { resolveDataUrlImages } from '../resolve-images';
import type { Deck, DeckLang, DeckSlide, TemplateKind } from '../types';
import type { LayoutMapping } from './match-layouts';
import { buildTemplateDeck } from './template-deck';
import type { TemplateInfo } from './types';

// One sample slide of every kind, laid out into the template: the template report's thumbnails show
// what each choice of layout looks like before anything is rendered.

/** A small landscape picture (48 × 32: sky, sun, hills). */
const SAMPLE_PICTURE =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAADAAAAAgCAYAAABU1PscAAACCklEQVR4nO2UPUtCYRTHj9ALlb0MEUVBLxRYUeCQTUHg1N7QGLX3BWqIqC9Qa0bQEk1RUC1C0BItRg4KRRnY66AmipaBnf8lTVPvfe69w6PgD+7lnOXc83uec4/FdfGcpgqmKiCbqoBspAr01vtppOGSuuoCBF6++sgTn6bXVB+JIk1gqvmQhhquOSoEEnhEkCKAk3e27nNUmpPwvNBNSBGYadvNjk0pME6nkXnSQorAQscqibDzvkpaVAWMIDJCj582cn/McaSOFIGK/4nBpPWMRhsvOSoEKxSPCKYEvL5NfhONDS/xWz+dtQGyN51nxwmbB42LnHwGQwKp7zj5b10UfHVzRtTT6TQsYRbdAmj+yrNM0dgDZ3/IktAlEI3dK2Pzv/kMZiRwMKhdW9Okq4awAJq/8qwoH1LDiEQo7KUb/yYlku+c6ashJPD04ibfnUuz+Qx6GvDxvxQIHnGUD2rYhhaVG1FDUwDN43T0ggbUJHCjGJlS4wharP3ksG+oSqgK4AOZTWOEUhKB4DGf/DZH2mhJFBXAqOSuSTPkSiSSb3Tj26JQxMuZOJBAjRbrAGf5FAig+WJr0gyQ6Gh3kJdHEfWNgBtw2NcLJPIEROZSJsUksgJoXmRNygYSw4OL1N3l5OxXAJtGz5osB8ZtS4qEZe1gL21kTZYDkLDMrk0oI1SpVAVkU/ECPysFPm2jowImAAAAAElFTkSuQmCC';

function sampleMarkdown(lang: DeckLang): string {
  const zh = lang === 'zh';
  return [
    zh ? '# 年度工作汇报' : '# Annual review',
    zh ? '市场部 · 2026 年' : 'Marketing · 2026',
    zh ? '## 第一部分 业绩回顾' : '## Part one: results',
    zh ? '全年目标与完成情况' : 'Targets and what we reached',
    zh ? '### 要点' : '### Highlights',
    zh
      ? '- 收入同比增长 18%\n- 新增客户 240 家\n  - 其中海外 60 家\n- 续约率 92%'
      : '- Revenue up 18% year on year\n- 240 new customers\n  - 60 of them abroad\n- 92% renewal rate',
    zh ? '### 两栏' : '### Two columns',
    (zh ? ['北京', '上海', '广州', '深圳', '杭州', '成都', '武汉', '西安'] : ['Berlin', 'Paris', 'Madrid', 'Rome', 'Vienna', 'Prague', 'Warsaw', 'Lisbon'])
      .map((c) => `- ${c}`)
      .join('\n'),
    zh ? '### 方案对比' : '### Comparison',
    zh
      ? '- 方案一\n  - 投入低\n  - 见效慢\n- 方案二\n  - 投入高\n  - 见效快'
      : '- Option A\n  - Low cost\n  - Slow results\n- Option B\n  - Higher cost\n  - Fast results',
    zh ? '### 数据' : '### Figures',
    zh
      ? '| 地区 | 收入 | 增长 |\n|---|---|---|\n| 华东 | 3.2 亿 | 21% |\n| 华南 | 2.1 亿 | 15% |'
      : '| Region | Revenue | Growth |\n|---|---|---|\n| East | 3.2 M | 21% |\n| South | 2.1 M | 15% |',
    zh ? '### 图文' : '### Picture',
    `![${zh ? '示意图' : 'Illustration'}](${SAMPLE_PICTURE})`,
    zh ? '- 图片旁的说明文字' : '- Text beside the picture',
    zh ? '### 仅图片' : '### Picture alone',
    `![${zh ? '示意图' : 'Illustration'}](${SAMPLE_PICTURE})`,
  ].join('\n\n');
}

/** A deck of sample slides in the template, and the slide that shows each kind (null when it folds into another). */
export function sampleSlides(t: TemplateInfo, mapping: LayoutMapping, lang: DeckLang): { deck: Deck; byKind: Record<TemplateKind, DeckSlide | null> } {
  const outline = outlineFromMarkdown(sampleMarkdown(lang)).value;
  const deck = buildTemplateDeck(outline, t, mapping, { lang, agenda: false, closing: true, images: resolveDataUrlImages(outline) }).value;
  const s = deck.slides;
  const find = (f: (x: DeckSlide) => boolean) => s.find(f) ?? null;
  const columns = s.filter((x) => x.layout === 'twoColumn');
  const pictures = s.filter((x) => x.layout === 'picture');
  return {
    deck,
    byKind: {
      title: find((x) => x.layout === 'title'),
      section: find((x) => x.layout === 'section'),
      bullets: find((x) => x.layout === 'bullets'),
      twoColumn: columns[0] ?? find((x) => x.layout === 'bullets' && x !== s.find((y) => y.layout === 'bullets')),
      comparison: columns[1] ?? null,
      table: find((x) => x.layout === 'table'),
      picture: pictures[0] ?? null,
      titleOnly: pictures[1] ?? null,
      closing: find((x) => x.layout === 'closing'),
    },
  };
}
