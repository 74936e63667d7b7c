import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// `npm pack` ships bin/ and build/cli/; the user's npm installs only `dependencies`. So every package the
// built CLI loads must be one (build/cli/packages.json lists them; the test run's globalSetup built it).
const ROOT = resolve(__dirname, '../../..');
const pkg = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as {
  bin: Record<string, string>;
  files: string[];
  engines: { node: string };
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

describe('the dsplus package', () => {
  it('lists every npm package the built CLI imports as a dependency', () => {
    const external = JSON.parse(readFileSync(resolve(ROOT, 'build/cli/packages.json'), 'utf8')) as string[];
    expect(external).toContain('commander');
    // markmap-view's browser build is read from disk for the offline HTML export.
    for (const name of [...external, 'markmap-view']) expect(pkg.dependencies, `${name} is imported by the CLI`).toHaveProperty(name);
  });

  it('installs no build tool or pane framework for CLI users', () => {
    for (const name of ['tsx', 'esbuild', 'vite', 'react', 'react-dom', '@fluentui/react-components']) expect(pkg.dependencies).not.toHaveProperty(name);
  });

  it('ships the launcher and the build, and runs on Node 20.19+', () => {
    expect(pkg.bin).toEqual({ dsplus: 'bin/dsplus.js' });
    expect(pkg.files).toEqual(expect.arrayContaining(['bin/', 'build/cli/']));
    expect(readFileSync(resolve(ROOT, 'bin/dsplus.js'), 'utf8')).toMatch(/^#!\/usr\/bin\/env node\n/);
    expect(pkg.engines.node).toBe('>=20.19');
  });
});
