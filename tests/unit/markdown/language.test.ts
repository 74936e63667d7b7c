import { describe, expect, it } from 'vitest';
import { detectLanguage, detectLocale, languageOf, localeOf } from '../../../src/markdown';

describe('detectLanguage: one rule (Han characters ≥ Latin words → Chinese)', () => {
  it.each([
    ['我们使用 Kubernetes 和 PostgreSQL 部署 microservices，并通过 GitHub Actions 做 CI/CD。', 'zh'],
    ['本季度 GMV 增长 12%，DAU 达到 3.5M，主要来自 iOS 和 Android 的新版本。', 'zh'],
    ['用 Python 写 API', 'zh'],
    ['# 项目周报\n\n- 完成 React 18 升级\n- 修复 Safari 下的 CSS bug\n- 评审 API design doc', 'zh'],
    ['Meeting with 张伟 and 李娜 about the Q3 budget review and the hiring plan for next quarter.', 'en'],
    ['The paper by Wang Wei (王伟) compares transformer models on long documents and finds that retrieval helps.', 'en'],
    ['# Demo 演示\n\nThis project shows how to build a small add-in for Word, Excel and PowerPoint with TypeScript.', 'en'],
  ] as const)('%s → %s', (text, lang) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  it('falls back when there is nothing to judge, and maps to the UI locales', () => {
    expect(detectLanguage('12345 — !!!')).toBe('en');
    expect(detectLanguage('', 'zh')).toBe('zh');
    expect(detectLocale('今天开会讨论预算')).toBe('zh-CN');
    expect(detectLocale('2026-11-29', 'zh-CN')).toBe('zh-CN');
    expect(localeOf('en')).toBe('en-US');
    expect(languageOf('zh-CN')).toBe('zh');
  });
});
