// `--format html`: one self-contained page for people who do not read terminal output
// (a medical director, a compliance officer). Inline CSS and an inline SVG chart; no script,
// no font, no image, nothing fetched (the CSP forbids it). Every text from the input is escaped.
import { oneLine, stripControl } from '../util/text.js';
import { blockedText, FIXABLE_MARK, fixableText, gateText, type FormatOptions } from './index.js';
import { CATEGORIES, REPORT_CATEGORIES, type FileReport, type Finding, type FindingCategory, type Report } from '../types.js';

/** Escapes text for HTML element content and attribute values; removes control characters. */
export function esc(s: unknown): string {
  // `##[` is written `#&#35;[`: the same text in a browser, and no legacy workflow command if the page is printed in a CI log.
  return stripControl(String(s ?? ''))
    .replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!)
    .replace(/##\[/g, '#&#35;[');
}

/** Escaped text in which `backticked` parts (field names and quoted plan values) are shown as code. */
function prose(s: unknown): string {
  return esc(s).replace(/`([^`\n]+)`/g, '<code>$1</code>');
}

const CATEGORY_LABEL: Record<FindingCategory, string> = {
  format: 'File format',
  goals: 'Goals',
  'audience-fit': 'Audience fit',
  'budget-roi': 'Budget and ROI',
  compliance: 'Compliance',
  content: 'Content',
  engagement: 'Engagement',
  measurement: 'Measurement',
  governance: 'Governance',
};
const SEVERITY_LABEL = { critical: 'Critical', error: 'Error', warning: 'Warning', info: 'Info' } as const;

const CSS = `
:root{--ink:#1d2330;--muted:#5b6472;--line:#dde1e7;--bg:#f6f7f9;--ok:#1a7f37;--warn:#9a6700;--bad:#cf222e;--info:#0969da}
*{box-sizing:border-box}body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;color:var(--ink);background:var(--bg)}
main{max-width:960px;margin:0 auto;padding:24px}
h1{font-size:1.6rem;margin:0 0 4px}h2{font-size:1.3rem;margin:0 0 12px;word-break:break-all}h3{font-size:1.1rem;margin:20px 0 8px}
.sub{color:var(--muted);margin:0 0 20px}
section.file,section.summary{background:#fff;border:1px solid var(--line);border-radius:8px;padding:20px;margin:0 0 24px}
.head{display:flex;flex-wrap:wrap;gap:24px;align-items:center}
.score{font-size:3rem;font-weight:700;line-height:1}.score small{font-size:1rem;color:var(--muted);font-weight:400}
.grade{font-size:1.4rem;font-weight:700;border-radius:8px;padding:6px 14px;color:#fff}
.g-A,.g-B{background:var(--ok)}.g-C,.g-D{background:var(--warn)}.g-F,.g-none{background:var(--bad)}
.status{font-weight:600}.passed{color:var(--ok)}.failed{color:var(--bad)}
table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:6px 8px;border-bottom:1px solid var(--line);vertical-align:top}
td.num,th.num{text-align:right}
.chart{max-width:100%;height:auto}
ul.findings{list-style:none;margin:0;padding:0}
li.finding{border-left:4px solid var(--line);padding:8px 12px;margin:0 0 10px;background:#fbfbfc}
li.critical{border-color:var(--bad);border-left-width:8px}li.error{border-color:var(--bad)}li.warning{border-color:var(--warn)}li.info{border-color:var(--info)}
.sev{display:inline-block;font-size:.8rem;font-weight:700;text-transform:uppercase;border-radius:4px;padding:1px 6px;margin-right:6px;color:#fff}
.sev.critical{background:#82071e}.sev.error{background:var(--bad)}.blocked{color:#82071e;font-weight:700}.sev.warning{background:var(--warn)}.sev.info{background:var(--info)}
.msg{font-weight:600}.where,.rule{color:var(--muted);font-size:.9rem}code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.9em;word-break:break-all}
dl{margin:6px 0 0}dt{font-weight:600;font-size:.9rem}dd{margin:0 0 6px}
.none{color:var(--ok)}.fixable{display:inline-block;font-size:.8rem;border:1px solid var(--ok);color:var(--ok);border-radius:4px;padding:0 6px}
footer{color:var(--muted);font-size:.85rem;text-align:center;padding:0 0 24px}
@media print{body{background:#fff}section.file,section.summary{border:none;padding:0}}
`;

function severityCounts(f: FileReport) {
  const n = { critical: 0, error: 0, warning: 0, info: 0 };
  for (const x of f.findings) n[x.severity]++;
  return n;
}

function chart(file: FileReport): string {
  const rowH = 30;
  const labelW = 150;
  const barW = 300;
  const h = CATEGORIES.length * rowH + 10;
  const rows = CATEGORIES.map((id, i) => {
    const c = file.categories.find((x) => x.id === id);
    const y = 5 + i * rowH;
    const label = `<text x="0" y="${y + 19}" class="cl">${esc(CATEGORY_LABEL[id])}</text>`;
    const track = `<rect x="${labelW}" y="${y + 5}" width="${barW}" height="18" rx="3" fill="#eef0f3"/>`;
    if (!c || c.score === null) {
      return `${label}${track}<text x="${labelW + barW + 10}" y="${y + 19}" fill="#5b6472">n/a</text>`;
    }
    const color = c.score >= 90 ? '#1a7f37' : c.score >= 70 ? '#9a6700' : '#cf222e';
    const w = Math.round((barW * Math.max(0, Math.min(100, c.score))) / 100);
    return `${label}${track}<rect x="${labelW}" y="${y + 5}" width="${w}" height="18" rx="3" fill="${color}"/><text x="${labelW + barW + 10}" y="${y + 19}" font-weight="700">${c.score}</text>`;
  }).join('');
  const desc = CATEGORIES.map((id) => {
    const c = file.categories.find((x) => x.id === id);
    return `${CATEGORY_LABEL[id]}: ${c?.score ?? 'n/a'}`;
  }).join(', ');
  return `<svg class="chart" role="img" aria-label="${esc('Category scores: ' + desc)}" viewBox="0 0 ${labelW + barW + 50} ${h}" width="${labelW + barW + 50}" height="${h}" xmlns="http://www.w3.org/2000/svg"><title>${esc('Category scores out of 100: ' + desc)}</title><style>text{font:14px system-ui,sans-serif;fill:#1d2330}</style>${rows}</svg>`;
}

function findingItem(f: Finding, path: string, why: Map<string, string>): string {
  const rationale = why.get(f.ruleId);
  return `<li class="finding ${f.severity}">
<div><span class="sev ${f.severity}">${SEVERITY_LABEL[f.severity]}</span><span class="msg">${prose(f.message)}</span></div>
<div class="where">Where: <code>${esc(`${path}:${f.line}:${f.column}`)}</code>${f.cost > 0 ? ` · cost ${esc(f.cost)} points` : ''}</div>
<dl>${rationale ? `<dt>Why it matters</dt><dd>${prose(rationale)}</dd>` : ''}${f.hint ? `<dt>How to fix it</dt><dd>${prose(f.hint)}${f.fixable ? ` <span class="fixable">${esc(FIXABLE_MARK)}</span>` : ''}</dd>` : f.fixable ? `<dt>How to fix it</dt><dd><span class="fixable">${esc(FIXABLE_MARK)}</span></dd>` : ''}</dl>
<div class="rule">Rule <code>${esc(f.ruleId)}</code> · docs: <code>${esc(f.docs)}</code></div>
</li>`;
}

function fileSection(file: FileReport, index: number, why: Map<string, string>): string {
  const n = severityCounts(file);
  const grade = file.grade ?? 'none';
  const head =
    file.score === null
      ? `<div class="score" data-testid="score">No score</div><p>The file could not be read as a plan; fix the problems below first.</p>`
      : `<div class="score" data-testid="score">${file.score}<small> / 100</small></div><div class="grade g-${esc(grade)}" data-testid="grade">Grade ${esc(grade)}</div>`;
  const groups = new Map<FindingCategory, Finding[]>();
  for (const f of file.findings) groups.set(f.category, [...(groups.get(f.category) ?? []), f]);
  const body = REPORT_CATEGORIES.filter((k) => groups.has(k))
    .map((k) => {
      const list = groups.get(k)!;
      const title = CATEGORY_LABEL[k];
      return `<h3>${esc(title)} <small>(${list.length})</small></h3><ul class="findings">${list.map((f) => findingItem(f, oneLine(file.path), why)).join('')}</ul>`;
    })
    .join('');
  const skipped = file.rules.filter((r) => r.status === 'skipped');
  return `<section class="file" id="file-${index + 1}" aria-labelledby="file-${index + 1}-title">
<h2 id="file-${index + 1}-title">${esc(oneLine(file.path))}</h2>
<div class="head">${head}<div class="status ${file.passed ? 'passed' : 'failed'}">${file.passed ? 'Passed' : 'Failed'}</div>
<div>${n.critical ? `${n.critical} critical · ` : ''}${n.error} error${n.error === 1 ? '' : 's'} · ${n.warning} warning${n.warning === 1 ? '' : 's'} · ${n.info} note${n.info === 1 ? '' : 's'}</div></div>
${blockedText(file) ? `<p class="blocked" data-testid="blocked">${esc(blockedText(file)!)}</p>` : ''}${file.passed ? '' : `<p class="gate" data-testid="gate">${esc(gateText(file))}</p>`}
${file.score === null ? '' : `<h3>Scores by category</h3>${chart(file)}`}
<h3>Findings</h3>${file.findings.length === 0 ? '<p class="none">No findings: nothing to fix.</p>' : body}
${skipped.length ? `<p class="where">${skipped.length} rule${skipped.length === 1 ? '' : 's'} did not apply to this plan: ${skipped.map((r) => `<code>${esc(r.ruleId)}</code> (${esc(r.reason ?? '')})`).join(', ')}.</p>` : ''}
</section>`;
}

function summary(files: FileReport[]): string {
  const rows = files
    .map((f, i) => {
      const n = severityCounts(f);
      return `<tr><td><a href="#file-${i + 1}">${esc(oneLine(f.path))}</a></td><td class="num">${f.score ?? '—'}</td><td>${esc(f.grade ?? '—')}</td><td class="${f.passed ? 'passed' : 'failed'}">${f.passed ? 'Passed' : 'Failed'}</td><td class="num">${n.error}</td><td class="num">${n.warning}</td><td class="num">${n.info}</td></tr>`;
    })
    .join('');
  return `<section class="summary"><h2>Summary</h2><table><thead><tr><th>File</th><th class="num">Score</th><th>Grade</th><th>Result</th><th class="num">Errors</th><th class="num">Warnings</th><th class="num">Notes</th></tr></thead><tbody>${rows}</tbody></table></section>`;
}

export function formatHtml(report: Report, _options?: FormatOptions): string {
  const why = new Map(report.rules.map((r) => [r.id, r.rationale]));
  const failed = report.files.filter((f) => !f.passed).length;
  const fixable = report.files.reduce((n, f) => n + f.findings.filter((x) => x.fixable).length, 0);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>Social-media strategy review: ${esc(report.files.length === 1 ? oneLine(report.files[0].path) : `${report.files.length} plans`)}</title>
<style>${CSS}</style>
</head>
<body>
<main>
<h1>Social-media strategy review</h1>
<p class="sub">${report.files.length} plan${report.files.length === 1 ? '' : 's'} checked by ${esc(report.tool.name)} ${esc(report.tool.version)} (scoring model ${esc(report.scoringModel)}): ${failed ? `${failed} failed` : 'all passed'}. Scores are out of 100; grade A is 90 or more, B 80, C 70, D 60.${fixable ? ` ${prose(fixableText(fixable))}.` : ''}</p>
${report.files.length > 1 ? summary(report.files) : ''}
${report.files.map((f, i) => fileSection(f, i, why)).join('\n')}
</main>
<footer>Generated by ${esc(report.tool.name)}. Each finding names its rule; <code>strategy-lint explain RULE</code> explains it.</footer>
</body>
</html>
`;
}
