// Denial-of-service generators: plans (and sets of plans) built to make a linter do work that grows
// faster than its input, from the red-team pass of issue 19. Each one makes the text for a size `n`;
// `npm run bench -- --hostile` times each at several sizes and prints how the time grows, and
// test/hostile-growth.test.ts runs the small sizes and fails on growth that is clearly
// super-linear. Every generator is deterministic (no randomness): the same n, the same bytes.
//
// A generator is { name, what, args, sizes: { test, bench }, make(n) -> text }. `args` are extra
// command-line arguments for the run (e.g. a raised alias limit, so that the rule behind it is
// what is measured rather than the refusal).

const pad = (i, w = 6) => String(i).padStart(w, '0');

/**
 * A prefix for every id and key, so that repeated measurements of one size read new strings
 * (the patient-data scan and other work done once per distinct string would otherwise be cached
 * from the run before, and a small plan would look faster than it is). See `makeText`.
 */
let salt = '';
const id = (i) => salt + pad(i);

const HEAD = 'version: 1\norganization:\n  name: Hostile Clinic\n  type: clinic\n  jurisdictions: [US]\n';

/** `audiences:` with n audiences, ids a000000, a000001, ... */
function audiences(n) {
  let s = 'audiences:\n';
  for (let i = 0; i < n; i++) s += `  - id: a${id(i)}\n    description: Audience ${i}\n`;
  return s;
}

const PLATFORMS = ['instagram', 'facebook', 'linkedin', 'tiktok', 'youtube', 'x'];
const TYPES = ['educational', 'promotional', 'patient-story', 'community', 'testimonial'];

/** The example plan's shape with every list n long and cross-referenced, some references broken. */
function widePlan(n) {
  let s = 'version: 1\norganization:\n  name: Wide Clinic\n  type: hospital\n  jurisdictions: [US, US-WA, SE, EU]\n  covered_entity: true\n';
  s += 'period:\n  start: 2027-01-01\n  end: 2027-12-31\nwhy: We want parents to find us and book a visit.\n';
  s += 'governance:\n  executive_sponsor: Medical Director\n  owner: Communications Lead\n  team_fte: 1.0\n  approval_workflow: [marketing, compliance]\n';
  s += 'goals:\n';
  for (let i = 0; i < n; i++) {
    s += `  - id: g${id(i)}\n    statement: Grow bookings from channel ${i}\n    metric: ${i % 2 ? 'engagement_rate' : 'social_referred_bookings'}\n    unit: per month\n    baseline: ${i}\n    target: ${i + 10}\n    deadline: 2027-${String((i % 12) + 1).padStart(2, '0')}-28\n    owner: Owner ${i}\n    business_objective: Objective ${i}\n`;
  }
  s += 'audiences:\n';
  for (let i = 0; i < n; i++) {
    s += `  - id: a${id(i)}\n    description: Parents in district ${i}\n    role: caregiver\n    age: [${18 + (i % 40)}, ${30 + (i % 40)}]\n    interests: [sleep, vaccines]\n    active_hours: "20:00-23:00"\n    insight_sources: [survey-${i}]\n`;
  }
  s += 'channels:\n';
  for (let i = 0; i < n; i++) {
    s += `  - platform: ${PLATFORMS[i % PLATFORMS.length]}\n    handle: h${id(i)}\n    audiences: [a${id(i)}, a${id((i + 1) % n)}, a${id(n + i)}]\n    goals: [g${id(i)}, g${id(n + i)}]\n    posts_per_week: ${1 + (i % 7)}\n    formats: [reel, image, article]\n    verified: ${i % 3 ? 'true' : 'false'}\n`;
  }
  s += 'budget:\n  currency: USD\n  total: ' + 1000 * n + '\n  period: year\n  lines:\n';
  for (let i = 0; i < n; i++) {
    s += `    - item: Line ${i}\n      category: paid-media\n      channel: ${PLATFORMS[(i + 1) % PLATFORMS.length]}\n      amount: ${500 + i}\n      goals: [g${id(i)}, g${id(2 * n + i)}]\n      kpi: cost_per_booking\n      expected_return: "cost per booking under ${i} USD"\n`;
  }
  s +=
    'content:\n  pillars: [vaccines, sleep, clinicians, news]\n  voice: [warm, plain]\n  mix: {educational: 60, community: 20, promotional: 20}\n  sources_policy: Every claim links to a peer-reviewed source.\n  plain_language: true\n  repurposing: Each video becomes a reel\n  calendar:\n';
  for (let i = 0; i < n; i++) {
    const type = TYPES[i % TYPES.length];
    s += `    - date: 2027-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}\n      channel: ${PLATFORMS[i % PLATFORMS.length]}\n      topic: Topic number ${i} about sleep and vaccines\n      type: ${type}\n      involves_patient: ${type === 'patient-story' || type === 'testimonial'}\n      consent_ref: c${id(i)}\n      format: ${i % 2 ? 'video' : 'image'}\n      paid: ${i % 4 === 0}\n      copy: Book your visit ${i} today\n      alt_text: true\n`;
  }
  s +=
    'engagement:\n  listening_tools: [mentionlytics]\n  response_time_hours: 4\n  escalation: Clinical questions go to the nurse line\n  moderation_policy: Hide spam\n  crisis_plan: docs/crisis.md\n  medical_advice_disclaimer: true\n';
  s += 'measurement:\n  review_cadence: weekly\n  tools: [ga4]\n  kpis:\n';
  for (let i = 0; i < n; i++)
    s += `    - metric: ${i % 2 ? 'engagement_rate' : 'social_referred_bookings'}\n      goal: g${id(i % (2 * n))}\n      source: ga4\n`;
  s +=
    'compliance:\n  hipaa:\n    patient_content_consent: written-authorization\n    consent_form: forms/a.pdf\n    dm_policy: Move to the portal\n    review_response_policy: Never confirm\n    staff_training: annual\n    tracking_technologies: none\n  consents:\n';
  for (let i = 0; i < n; i += 2)
    s += `    - id: c${id(i)}\n      kind: hipaa-authorization\n      covers: [social-media]\n      signed: 2026-12-01\n      expires: 2028-12-31\n      revocable: true\n      standalone: true\n`;
  s += '  vendors:\n';
  for (let i = 0; i < n; i++) s += `    - name: Vendor ${i}\n      handles_phi: ${i % 2 === 0}\n      baa: ${i % 4 === 0}\n`;
  return s;
}

export const GENERATORS = [
  {
    name: 'wide-plan',
    what: 'every list of the example plan n long (goals, audiences, channels, budget lines, calendar, consents, KPIs, vendors), all cross-referenced (no rule may be worse than O(n log n))',
    args: [],
    sizes: { test: [25, 400], bench: [250, 500, 1000, 2000] },
    make: widePlan,
  },
  {
    name: 'reached-aliases',
    what: 'n audiences, one channel listing them all, 99 aliases of that list (audience/reached was audiences x channels x references)',
    // Within the alias limit by count before issue 19; its size (99 x n nodes) is now over the
    // default limit, so the limit is raised to measure the rules rather than the refusal.
    args: ['--max-aliases', '100000000'],
    sizes: { test: [125, 2000], bench: [500, 1000, 2000, 4000] },
    make(n) {
      let s = HEAD + audiences(n) + 'channels:\n  - platform: instagram\n    audiences: &all\n';
      for (let i = 0; i < n; i++) s += `      - a${id(i)}\n`;
      for (let k = 1; k < 100; k++) s += `  - platform: facebook\n    handle: h${id(k)}\n    audiences: *all\n`;
      return s;
    },
  },
  {
    name: 'audiences-x-channels',
    what: 'n audiences and n channels, each channel reaching one audience (audience/reached and the channel rules were audiences x channels)',
    args: [],
    sizes: { test: [500, 8000], bench: [2500, 5000, 10000, 20000] },
    make(n) {
      let s = HEAD + audiences(n) + 'channels:\n';
      for (let i = 0; i < n; i++) s += `  - platform: instagram\n    handle: h${id(i)}\n    audiences: [a${id(i)}]\n`;
      return s;
    },
  },
  {
    name: 'long-pointers',
    what: 'a key of 16,400 characters holding a mapping of n keys: every pointer under it is longer than 16,383 characters (V8 hashes such strings by length only)',
    args: [],
    sizes: { test: [250, 4000], bench: [1000, 2000, 4000, 8000] },
    make(n) {
      let s = HEAD + `${'k'.repeat(16_400)}:\n`;
      for (let i = 0; i < n; i++) s += `  x${id(i)}: ${i}\n`;
      return s;
    },
  },
  {
    name: 'suppression-comments',
    what: 'n consecutive `# strategy-lint-disable-next-line` comments before one key (each looked ahead over all the others)',
    args: [],
    sizes: { test: [500, 8000], bench: [2000, 4000, 8000, 16000] },
    make(n) {
      let s = HEAD;
      for (let i = 0; i < n; i++) s += `# strategy-lint-disable-next-line schema/unknown-key -- reason ${id(i)}\n`;
      return s + 'unknown_key: 1\n';
    },
  },
  {
    name: 'suppressed-keys',
    what: 'n unknown keys, each silenced by its own `disable-next-line` comment (every finding was matched against every comment)',
    args: [],
    sizes: { test: [500, 8000], bench: [2000, 4000, 8000, 16000] },
    make(n) {
      let s = HEAD;
      for (let i = 0; i < n; i++) s += `# strategy-lint-disable-next-line schema/unknown-key -- reason ${id(i)}\nunknown_${id(i)}: 1\n`;
      return s;
    },
  },
  {
    name: 'flat-anchor',
    what: 'a flat mapping of n keys with one anchor (the fast parser hands it to yaml, whose duplicate-key check is O(n^2))',
    args: [],
    sizes: { test: [500, 8000], bench: [10000, 20000, 40000, 80000] },
    make(n) {
      let s = HEAD + 'why: &w text\n';
      for (let i = 0; i < n; i++) s += `k${id(i)}: ${i}\n`;
      return s;
    },
  },
  {
    name: 'fix-dry-run',
    what: '`--fix-dry-run` on n audiences and n channels whose references differ in case (the fixer indexed ids per reference, and always took the slow parser)',
    args: ['--fix-dry-run'],
    sizes: { test: [125, 2000], bench: [1000, 2000, 4000, 8000] },
    make(n) {
      let s = HEAD + 'audiences:\n';
      for (let i = 0; i < n; i++) s += `  - id: Aud_${id(i)}\n`;
      s += 'channels:\n';
      for (let i = 0; i < n; i++) s += `  - platform: Insta\n    handle: h${id(i)}\n    audiences: [aud-${id(i)}]\n`;
      return s;
    },
  },
  {
    name: 'fix-dry-run-clean',
    what: '`--fix-dry-run` on a plan of n audiences with nothing to fix (the fast parser decides that)',
    args: ['--fix-dry-run'],
    sizes: { test: [4000, 64000], bench: [10000, 20000, 40000, 80000] },
    make(n) {
      let s = HEAD + audiences(n) + 'channels:\n';
      for (let i = 0; i < n; i += 10) s += `  - platform: instagram\n    handle: h${id(i)}\n    audiences: [a${id(i)}]\n`;
      return s;
    },
  },
];

/**
 * Files for the SARIF memory case: `count` plans, each with many findings (an unknown key per line
 * and a plan that fails most rules). Returns [name, text] pairs.
 */
export function manyFindingPlans(count, findingsPerFile = 200) {
  let body = HEAD;
  for (let i = 0; i < findingsPerFile; i++) body += `unknown_${pad(i, 4)}: ${i}\n`;
  const out = [];
  for (let i = 0; i < count; i++) out.push([`p${pad(i)}.strategy.yaml`, body]);
  return out;
}

/** How time grows with the size, from the smallest to the largest: time ~ n^exponent; per doubling 2 = linear, 4 = quadratic. */
/** The text of generator `g` at size n; `repetition` > 0 gives the same structure with new ids and keys. */
export function makeText(g, n, repetition = 0) {
  salt = repetition > 0 ? `r${repetition}x` : '';
  try {
    return g.make(n);
  } finally {
    salt = '';
  }
}

export function perDoubling(sizes, times) {
  const a = sizes[0];
  const b = sizes[sizes.length - 1];
  const ta = times[0];
  const tb = times[times.length - 1];
  // time ~ n^k  =>  k = log(tb/ta) / log(b/a); per doubling the time grows by 2^k.
  const k = Math.log(tb / ta) / Math.log(b / a);
  return { exponent: k, perDoubling: 2 ** k };
}

/**
 * CPU time (user + system, milliseconds) of the CLI on generator `g` at size n: the best of `reps`
 * runs, each on a new text (see makeText), after one warm-up run, with a full garbage collection
 * before each. `run` is the CLI's run(argv, io) (src/cli/main.ts, or dist/strategy-lint.mjs); the
 * plans are written to `dir`. CPU time, not wall time: on a shared machine other processes stretch
 * wall time, while the CPU time a run needs stays put (within a few percent between runs).
 */
export async function measure(run, g, n, reps, dir) {
  const { writeFileSync, rmSync } = await import('node:fs');
  const path = await import('node:path');
  const v8 = await import('node:v8');
  const vm = await import('node:vm');
  v8.setFlagsFromString('--expose-gc');
  const gc = vm.runInNewContext('gc');
  const io = { stdout: () => {}, stderr: () => {}, cwd: dir, env: {}, isTTY: false, stderrIsTTY: false };
  let best = Infinity;
  let wall = Infinity;
  let bytes = 0;
  let exitCode;
  for (let r = 0; r <= reps; r++) {
    const text = makeText(g, n, r);
    bytes = Buffer.byteLength(text);
    const file = path.join(dir, `hostile-${g.name}-${n}-${r}.strategy.yaml`);
    writeFileSync(file, text);
    gc();
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    exitCode = await run([file, ...g.args], io);
    const t = performance.now() - t0;
    const c = process.cpuUsage(c0);
    rmSync(file, { force: true });
    if (r === 0) continue; // warm-up
    best = Math.min(best, (c.user + c.system) / 1000);
    wall = Math.min(wall, t);
  }
  return { n, bytes, cpuMs: best, wallMs: wall, exitCode };
}
