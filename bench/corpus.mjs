// Seeded corpora of realistic plans, derived from the example plan: the same bytes on every run.
// Three sizes (small ~1.5 KB, medium ~5 KB like the example, large ~20 KB), four jurisdictions,
// and about a quarter of the plans carry typical defects so that rules report findings.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse, stringify } from 'yaml';

export const GENERATOR_VERSION = 1;
export const SEED = 0x5eed2027;

/** mulberry32: a tiny, well-distributed seeded PRNG. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NAMES = [
  'Lakeside',
  'Riverbend',
  'Northgate',
  'Hillcrest',
  'Bayview',
  'Maple Grove',
  'Stonebridge',
  'Cedar Valley',
  'Fjordvik',
  'Clairmont',
  'Valea Verde',
  'Sunnyside',
];
const KINDS = [
  ['Pediatrics', 'practice'],
  ['Family Clinic', 'clinic'],
  ['Regional Hospital', 'hospital'],
  ['Dental Care', 'practice'],
  ['Physiotherapy', 'clinic'],
];
const JURISDICTIONS = [['US'], ['US'], ['US', 'US-WA'], ['SE', 'EU'], ['FR', 'EU'], ['RO', 'EU']];
const TOPICS = [
  'Flu shots are open for booking',
  'How to read a fever',
  'Meet our new nurse practitioner',
  'Sleep routines that work',
  'What to pack for a hospital stay',
  'Sun safety for toddlers',
  'Our Saturday hours',
  'Allergy season checklist',
  'Why we ask about screen time',
  'Healthy lunchbox ideas',
];
const PLATFORMS = ['instagram', 'facebook', 'linkedin', 'tiktok', 'youtube'];

const pick = (rnd, list) => list[Math.floor(rnd() * list.length)];
const int = (rnd, lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1));
const date = (rnd, year) => `${year}-${String(int(rnd, 1, 12)).padStart(2, '0')}-${String(int(rnd, 1, 28)).padStart(2, '0')}`;

function vary(base, rnd, i, size) {
  const p = structuredClone(base);
  const [kind, type] = pick(rnd, KINDS);
  p.organization.name = `${pick(rnd, NAMES)} ${kind} ${i}`;
  p.organization.type = type;
  p.organization.jurisdictions = pick(rnd, JURISDICTIONS);
  if (!p.organization.jurisdictions.includes('US')) {
    delete p.organization.covered_entity;
    delete p.compliance.hipaa;
  }
  const year = int(rnd, 2026, 2029);
  p.period = { start: `${year}-01-01`, end: `${year}-12-31` };
  for (const g of p.goals) {
    g.baseline = Math.round(g.baseline * (0.5 + rnd()) * 10) / 10;
    g.target = Math.round(g.baseline * (1.2 + rnd()) * 10) / 10;
    g.deadline = date(rnd, year);
  }
  for (const c of p.channels) c.posts_per_week = int(rnd, 1, 7);
  for (const l of p.budget.lines) l.amount = int(rnd, 10, 200) * 100;
  p.budget.total = p.budget.lines.reduce((s, l) => s + l.amount, 0);
  for (const e of p.content.calendar) e.date = date(rnd, year);
  p.engagement.response_time_hours = pick(rnd, [1, 2, 4, 8, 24]);

  if (size === 'small') {
    p.goals = p.goals.slice(0, 1);
    p.channels = p.channels.slice(0, 1);
    p.channels[0].goals = [p.goals[0].id];
    p.audiences = p.audiences.slice(0, 1);
    delete p.budget;
    delete p.measurement;
    p.content = { pillars: p.content.pillars.slice(0, 2), mix: p.content.mix };
  } else if (size === 'large') {
    for (let k = 0; k < 4; k++) {
      const g = structuredClone(p.goals[k % 2]);
      g.id = `${g.id}-${k + 2}`;
      g.statement = `${g.statement} (phase ${k + 2})`;
      p.goals.push(g);
    }
    for (let k = 0; k < 45; k++) {
      const platform = pick(
        rnd,
        p.channels.map((c) => c.platform),
      );
      p.content.calendar.push({
        date: date(rnd, year),
        channel: platform,
        topic: `${pick(rnd, TOPICS)} (${k + 1})`,
        type: pick(rnd, ['educational', 'educational', 'news', 'event', 'promotional']),
        involves_patient: false,
        alt_text: rnd() < 0.8,
        captions: rnd() < 0.7,
      });
    }
    for (let k = 0; k < 6; k++) {
      p.budget.lines.push({ ...structuredClone(p.budget.lines[k % 4]), item: `${p.budget.lines[k % 4].item} (${k + 2})`, amount: int(rnd, 10, 100) * 100 });
    }
    p.budget.total = p.budget.lines.reduce((s, l) => s + l.amount, 0);
  }

  // About a quarter of the plans carry the defects real drafts have.
  if (rnd() < 0.25) {
    const defect = int(rnd, 0, 5);
    if (defect === 0) delete p.goals[0].deadline;
    else if (defect === 1) p.engagement && (p.engagement.response_time_hours = 72);
    else if (defect === 2) p.channels.push({ platform: pick(rnd, PLATFORMS), posts_per_week: 9 });
    else if (defect === 3) p.goal = p.goals.splice(0, 1);
    else if (defect === 4) p.goals[0].target = 'lots';
    else if (defect === 5) delete p.why;
  }
  return p;
}

/** YAML text of a plan; dates are quoted so that YAML 1.1 tools (ajv-cli, Spectral) see strings too. */
function toYaml(plan, i) {
  const text = stringify(plan, { lineWidth: 100 }).replace(/^(\s*(?:- )?[a-z_]+: )(\d{4}-\d{2}-\d{2})$/gm, '$1"$2"');
  return `# Generated benchmark plan ${i} (seed ${SEED}); derived from the example plan.\n${text}`;
}

const SIZES = [
  ['small', 0.3],
  ['medium', 0.5],
  ['large', 0.2],
];

/**
 * Writes a corpus of `count` plans under `dir` (files in sub-directories of 100, named
 * *.strategy.yaml) unless an identical one is already there. Returns the list of files.
 */
export function writeCorpus(dir, count, examplePath) {
  const stamp = path.join(dir, '.stamp');
  const want = `${GENERATOR_VERSION}:${SEED}:${count}:${readFileSync(examplePath, 'utf8').length}`;
  const files = [];
  for (let i = 0; i < count; i++)
    files.push(path.join(dir, `team-${String(Math.floor(i / 100)).padStart(3, '0')}`, `plan-${String(i).padStart(5, '0')}.strategy.yaml`));
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === want) return files;
  rmSync(dir, { recursive: true, force: true });
  const base = parse(readFileSync(examplePath, 'utf8'));
  const rnd = prng(SEED);
  let _bytes = 0;
  for (let i = 0; i < count; i++) {
    const r = rnd();
    let acc = 0;
    const size = count === 1 ? 'medium' : (SIZES.find(([, share]) => (acc += share) > r)?.[0] ?? 'medium');
    const text = toYaml(vary(base, rnd, i, size), i);
    _bytes += text.length;
    mkdirSync(path.dirname(files[i]), { recursive: true });
    writeFileSync(files[i], text);
  }
  writeFileSync(stamp, want);
  return files;
}
