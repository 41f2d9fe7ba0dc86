// The HTML report, checked in a real headless Chromium (found or unpacked by test/browser.ts: no
// system package needed): the numbers and findings a reader sees, nothing fetched, input shown as text.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { formatHtml } from '../src/report/html.js';
import { lintText, ruleCatalog, TOOL } from '../src/engine/lint.js';
import { SCORING_MODEL } from '../src/score/score.js';
import type { FileReport, Report } from '../src/types.js';
import { CHROMIUM_ARGS, findChromium } from './browser.js';
import { cli, EXAMPLE_PLAN, planYaml, ROOT } from './helpers.js';

const OUT = path.join(ROOT, 'test-output');
const XSS = '<img src=x onerror=alert(1)>';

function report(files: FileReport[]): Report {
  return { tool: TOOL, scoringModel: SCORING_MODEL, rules: ruleCatalog(), files };
}

/** A plan with a hostile goal id and a missing deadline, so a finding quotes the hostile text. */
const hostile = planYaml((p) => {
  p.goals[0].id = XSS;
  delete p.goals[0].deadline;
});
const good = planYaml();

function write(name: string, html: string): string {
  mkdirSync(OUT, { recursive: true });
  const file = path.join(OUT, name);
  writeFileSync(file, html);
  return file;
}

describe('HTML report (string checks)', () => {
  it('escapes every input text: paths and messages', () => {
    const r = lintText(hostile, `plans/<script>alert("p")</script>.yaml`);
    const html = formatHtml(report([r]));
    expect(html).not.toContain(XSS);
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('&lt;script&gt;alert(&quot;p&quot;)&lt;/script&gt;.yaml');
  });

  it('is self-contained: no script, no external URL, a strict CSP', () => {
    const html = formatHtml(report([lintText(good, 'plan.yaml')]));
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
    expect(html).not.toMatch(/<script|<link|<img|@import|url\(/i);
    expect(html.match(/(?:src|href)="(?!#)[^"]*"/g) ?? []).toEqual([]);
  });

  it('is written with --format html --output FILE', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'sl-html-'));
    const file = path.join(dir, 'report.html');
    const r = await cli(['--format', 'html', '--output', file, EXAMPLE_PLAN]);
    expect(r.code).toBe(0);
    const html = readFileSync(file, 'utf8');
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('Scores by category');
  });

  it('is selected with --format html', async () => {
    const r = await cli(['--format', 'html', EXAMPLE_PLAN]);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('<!doctype html>')).toBe(true);
    expect(r.stdout).toContain('lakeside-pediatrics.strategy.yaml');
  });
});

describe('HTML report in headless Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    const found = await findChromium();
    browser = await chromium.launch({ executablePath: found.path, args: CHROMIUM_ARGS });
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function open(file: string) {
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    const requests: string[] = [];
    const dialogs: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    const url = pathToFileURL(file).href;
    await page.goto(url, { waitUntil: 'load' });
    return { page, requests, dialogs, url };
  }

  it('shows the score, grade, category chart and findings, fetches nothing, runs no input', async () => {
    const r = lintText(hostile, 'plans/clinic.strategy.yaml');
    expect(r.score).not.toBeNull();
    const file = write('report-single.html', formatHtml(report([r])));
    const { page, requests, dialogs, url } = await open(file);

    expect(await page.locator('[data-testid=score]').first().innerText()).toContain(String(r.score));
    expect(await page.locator('[data-testid=grade]').first().innerText()).toBe(`Grade ${r.grade}`);
    const text = await page.locator('body').innerText();
    // The chart shows the eight categories with their scores (or n/a).
    const svgText = await page.locator('svg.chart').innerHTML();
    for (const label of ['Goals', 'Audience fit', 'Budget and ROI', 'Compliance', 'Content', 'Engagement', 'Measurement', 'Governance']) {
      expect(svgText).toContain(`>${label}<`);
    }
    const goals = r.categories.find((c) => c.id === 'goals')!;
    expect(svgText).toContain(`>${goals.score ?? 'n/a'}<`);
    // The finding, where it is, why it matters and how to fix it.
    const finding = r.findings.find((f) => f.ruleId === 'smart/time-bound')!;
    expect(finding).toBeDefined();
    // Backticked parts of a message are shown as code, without the backticks.
    expect(text).toContain(finding.message.replace(/`/g, ''));
    expect(await page.locator('.msg code', { hasText: XSS }).count()).toBeGreaterThan(0);
    expect(text).toContain(`plans/clinic.strategy.yaml:${finding.line}:${finding.column}`);
    expect(text).toContain('Why it matters');
    expect(text).toContain('How to fix it');
    // The hostile value is shown as text, never as markup.
    expect(text).toContain(XSS);
    expect(await page.locator('img').count()).toBe(0);
    expect(dialogs).toEqual([]);
    // Nothing but the page itself was requested.
    expect(requests).toEqual([url]);
    mkdirSync(OUT, { recursive: true });
    // A picture for people to look at (test-output/), not a check: Chromium can refuse a capture under load.
    await page.screenshot({ path: path.join(OUT, 'html-report.png'), fullPage: true }).catch(() => undefined);
    await page.close();
  });

  it('several files get a summary table on top, and an unparsable file shows no score', async () => {
    const a = lintText(good, 'a.strategy.yaml');
    const b = lintText('version: 1\norganization: {name: [x\n', 'b.strategy.yaml');
    const file = write('report-multi.html', formatHtml(report([a, b])));
    const { page, requests, url } = await open(file);
    const rows = await page.locator('section.summary tbody tr').allInnerTexts();
    expect(rows).toHaveLength(2);
    expect(rows[0]).toContain('a.strategy.yaml');
    expect(rows[0]).toContain(String(a.score));
    expect(rows[0]).toContain('Passed');
    expect(rows[1]).toContain('b.strategy.yaml');
    expect(rows[1]).toContain('Failed');
    expect(await page.locator('[data-testid=score]').nth(1).innerText()).toBe('No score');
    expect(requests).toEqual([url]);
    await page.screenshot({ path: path.join(OUT, 'html-report-multi.png'), fullPage: true }).catch(() => undefined);
    await page.close();
  });
});
