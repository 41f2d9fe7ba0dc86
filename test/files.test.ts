import { describe, expect, it } from 'vitest';
import { symlinkSync } from 'node:fs';
import path from 'node:path';
import { cli } from './helpers.js';
import { tree, example } from './fixtures/config/tree.js';
import { expandPaths } from '../src/load/files.js';

const paths = (stdout: string) => JSON.parse(stdout).files.map((f: any) => f.path);
const lintJson = (args: string[], cwd: string) => cli(['--format', 'json', ...args], { cwd });

describe('directories', () => {
  it('find the default plan names, in sorted order, skipping node_modules and other YAML', async () => {
    const root = tree({
      'z/strategy.yml': example,
      'b.strategy.yaml': example,
      'a/strategy-2027.yaml': example,
      'a/notes.yaml': 'x: 1\n',
      'node_modules/pkg/x.strategy.yaml': example,
      'A.strategy.yaml': example,
    });
    const r = await lintJson(['.'], root);
    expect(r.code).toBe(0);
    expect(paths(r.stdout)).toEqual(['A.strategy.yaml', 'a/strategy-2027.yaml', 'b.strategy.yaml', 'z/strategy.yml']);
  });

  it('explicit files come out sorted whatever the argument order, and once each', async () => {
    const root = tree({ 'b.strategy.yaml': example, 'a.strategy.yaml': example });
    const r = await lintJson(['b.strategy.yaml', 'a.strategy.yaml', './b.strategy.yaml', '.'], root);
    expect(paths(r.stdout)).toEqual(['a.strategy.yaml', 'b.strategy.yaml']);
  });

  it('a directory without plans is exit 2', async () => {
    const root = tree({ 'empty/readme.md': 'x' });
    const r = await cli(['empty'], { cwd: root });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('empty: no plan files');
  });

  it('symlink loops do not hang and a plan reached twice is linted once', async () => {
    const root = tree({ 'plans/a.strategy.yaml': example });
    symlinkSync('..', path.join(root, 'plans/loop'));
    symlinkSync('plans', path.join(root, 'alias'));
    const r = await lintJson(['.'], root);
    expect(r.code).toBe(0);
    expect(paths(r.stdout)).toEqual(['alias/a.strategy.yaml']);
  });
});

describe('globs', () => {
  it('match files (any name) and honour .gitignore', async () => {
    const root = tree({
      '.gitignore': 'build/\n',
      'plans/one.yaml': example,
      'plans/two.yaml': example,
      'build/three.yaml': example,
      'plans/sub/.gitignore': 'secret.yaml\n',
      'plans/sub/secret.yaml': example,
      'plans/sub/open.yaml': example,
    });
    const r = await lintJson(['**/*.yaml'], root);
    expect(paths(r.stdout)).toEqual(['plans/one.yaml', 'plans/sub/open.yaml', 'plans/two.yaml']);
    // A file named explicitly is linted even though git ignores it.
    expect(paths((await lintJson(['build/three.yaml'], root)).stdout)).toEqual(['build/three.yaml']);
  });

  it('a pattern that matches no file is exit 2 with a message', async () => {
    const root = tree({ 'a.strategy.yaml': example });
    const r = await cli(['plans/*.yaml', 'a.strategy.yaml'], { cwd: root });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('plans/*.yaml: the pattern matches no file');
    const ignoredOnly = tree({ '.gitignore': '*.yaml\n', 'a.yaml': example });
    const i = await cli(['*.yaml'], { cwd: ignoredOnly });
    expect(i.code).toBe(2);
    expect(i.stderr).toContain('the pattern matches only ignored files');
  });
});

describe('configuration: files and ignore', () => {
  it('`ignore` excludes files from scans; a file named explicitly is skipped with a note', async () => {
    const root = tree({
      '.strategy-lint.yaml': 'ignore: [drafts/, "*.old.strategy.yaml"]\n',
      'a.strategy.yaml': example,
      'drafts/b.strategy.yaml': example,
      'c.old.strategy.yaml': example,
    });
    expect(paths((await lintJson(['.'], root)).stdout)).toEqual(['a.strategy.yaml']);
    const r = await cli(['drafts/b.strategy.yaml'], { cwd: root });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("drafts/b.strategy.yaml: ignored by the configuration's `ignore`");
  });

  it('`files` adds patterns to directory scans; without paths the working directory is scanned when a configuration exists', async () => {
    const root = tree({
      '.strategy-lint.yaml': 'files: ["clinics/*.plan.yaml"]\n',
      'clinics/north.plan.yaml': example,
      'clinics/other.yaml': 'x: 1\n',
      'strategy.yaml': example,
    });
    const r = await lintJson([], root);
    expect(r.code).toBe(0);
    expect(paths(r.stdout)).toEqual(['clinics/north.plan.yaml', 'strategy.yaml']);
    const bare = tree({ 'strategy.yaml': example });
    const none = await cli([], { cwd: bare });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('no plan given');
  });

  it('expandPaths returns a stable list whatever the order of discovery', async () => {
    const root = tree({ 'c/strategy.yaml': example, 'a/strategy.yaml': example, 'b/x.strategy.yml': example });
    const one = await expandPaths(['c', 'a', 'b'], root);
    const two = await expandPaths(['b', 'a', 'c'], root);
    expect(one.files).toEqual(['a/strategy.yaml', 'b/x.strategy.yml', 'c/strategy.yaml']);
    expect(two.files).toEqual(one.files);
  });
});
