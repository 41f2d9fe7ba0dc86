// `strategy-lint init [FILE]`: writes a starter plan. It fills in only what the user told it
// (organisation, jurisdictions, platforms, audiences); every decision a human must make
// (targets, budget amounts, consent, owners, dates) is left as a commented TODO line.
import type { Command } from 'commander';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { planSchema } from '../schema/validate.js';
import { canonicalPlatform } from '../knowledge/platforms.js';
import { REGULATIONS } from '../knowledge/regulations.js';
import { closest, quote, stripControl } from '../util/text.js';
import type { IO } from './main.js';
import { PLAN_FILE } from '../load/files.js';

export interface InitAnswers {
  name?: string;
  type?: string;
  jurisdictions: string[];
  platforms: string[];
  /** Audience ids, each with an optional role. */
  audiences: { id: string; role?: string }[];
}

const SCHEMA_MODELINE = '# yaml-language-server: $schema=./node_modules/strategy-lint/schemas/strategy.schema.json';

function enumAt(...keys: string[]): string[] {
  let cur: any = planSchema();
  for (const k of keys) cur = k === '[]' ? cur?.items : cur?.properties?.[k];
  return (cur?.enum ?? []) as string[];
}
export const ORG_TYPES = () => enumAt('organization', 'type');
export const PLATFORMS = () => enumAt('channels', '[]', 'platform');
export const ROLES = () => enumAt('audiences', '[]', 'role');

/** A YAML scalar for a user-supplied string: always double-quoted and escaped, so nothing in it is markup. */
function str(s: string): string {
  return JSON.stringify(s);
}
const kebab = (s: string) =>
  s
    .trim()
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');

/** Parses and checks the answers; returns problems as messages (usage errors). */
export function checkAnswers(raw: {
  name?: string;
  type?: string;
  jurisdiction?: string;
  platforms?: string;
  audiences?: string;
}): { answers: InitAnswers } | { error: string } {
  const list = (s: string | undefined, sep = /[,\s]+/) =>
    (s ?? '')
      .split(sep)
      .map((x) => x.trim())
      .filter(Boolean);
  const types = ORG_TYPES();
  const type = raw.type?.trim() ? raw.type.trim().toLowerCase() : undefined;
  if (type && !types.includes(type)) {
    const s = closest(type, types);
    return { error: `unknown organisation type ${quote(type)}${s ? `; did you mean \`${s}\`?` : ''} (one of ${types.join(', ')})` };
  }
  const jurisdictions = list(raw.jurisdiction).map((j) => j.toUpperCase());
  for (const j of jurisdictions)
    if (!/^[A-Z]{2}(-[A-Z0-9]{1,3})?$/.test(j)) return { error: `jurisdiction ${quote(j)} is not an ISO 3166 code such as US, SE, FR, RO, US-WA or EU` };
  const platforms: string[] = [];
  const known = PLATFORMS();
  for (const p of list(raw.platforms)) {
    const v = canonicalPlatform(p, known) ?? p.toLowerCase();
    if (!known.includes(v)) {
      const s = closest(v, known);
      return { error: `unknown platform ${quote(p)}${s ? `; did you mean \`${s}\`?` : ''} (one of ${known.join(', ')})` };
    }
    if (!platforms.includes(v)) platforms.push(v);
  }
  const roles = ROLES();
  const audiences: InitAnswers['audiences'] = [];
  for (const a of list(raw.audiences, /,/)) {
    const [idPart = '', rolePart] = a.split(':');
    const id = kebab(idPart ?? '');
    if (!id) return { error: `audience ${quote(a)} needs an id such as new-parents` };
    let role: string | undefined = rolePart?.trim().toLowerCase();
    if (role && !roles.includes(role)) {
      const s = closest(role, roles);
      return { error: `unknown audience role ${quote(role)}${s ? `; did you mean \`${s}\`?` : ''} (one of ${roles.join(', ')})` };
    }
    // An audience named after a role ("patients", "clinicians") gets that role.
    role ??= roles.find((r) => id === r || id === r + 's');
    if (!audiences.some((x) => x.id === id)) audiences.push({ id, role });
  }
  const name = raw.name?.trim() ? stripControl(raw.name.trim()).replace(/[\r\n]+/g, ' ') : undefined;
  return { answers: { name, type, jurisdictions, platforms, audiences } };
}

/** The starter plan's text. Deterministic: a function of the answers only. */
export function starterPlan(a: InitAnswers): string {
  const us = a.jurisdictions.some((j) => j === 'US' || j.startsWith('US-'));
  const eu = a.jurisdictions.some((j) => REGULATIONS.euEea.codes.includes(j));
  const L: string[] = [];
  const push = (...lines: string[]) => L.push(...lines);
  push(
    SCHEMA_MODELINE,
    `# Social-media strategy${a.name ? ' for ' + a.name.replace(/[\r\n#]/g, ' ') : ''}, started with \`strategy-lint init\`.`,
    '#',
    '# Lines marked TODO are decisions only you can make: remove the "# " in front of the key,',
    '# keep the indentation, and write your value. Check the plan at any time with',
    '#   npx strategy-lint plan.strategy.yaml',
    '# and ask why a rule fired with `npx strategy-lint explain RULE`.',
    '',
    'version: 1',
    '',
    '# Who the plan is for. `jurisdictions` decides which laws are checked (US: HIPAA; EU, SE, FR, RO: GDPR).',
    'organization:',
  );
  // `organization` is required, so its name is always present (empty until the user writes it).
  push(a.name ? `  name: ${str(a.name)}` : '  name: ""  # TODO the name of your organisation');
  push(a.type ? `  type: ${a.type}` : `  # type:  # TODO one of ${ORG_TYPES().join(', ')}`);
  push(
    a.jurisdictions.length
      ? `  jurisdictions: [${a.jurisdictions.join(', ')}]`
      : '  # jurisdictions: [US]  # TODO ISO codes of the countries or regions you serve',
  );
  if (us) push('  # covered_entity: true  # TODO true if you are a HIPAA covered entity or business associate');
  push(
    '',
    '# The period the plan covers; goal deadlines and calendar dates must fall inside it.',
    'period:',
    '  # start: 2027-01-01  # TODO first day (YYYY-MM-DD)',
    '  # end: 2027-12-31    # TODO last day (YYYY-MM-DD)',
    '',
    '# Start with why: in a sentence or two, why your organisation is on social media.',
    '# why:  # TODO',
    '',
    '# Who leads and approves the work. Social media needs an executive sponsor and a dedicated owner.',
    'governance:',
    '  # executive_sponsor:  # TODO name and role of the executive who backs the programme',
    '  # owner:  # TODO the person who runs it day to day',
    '  # team_fte:  # TODO full-time equivalents working on it, e.g. 1.0',
    '  # agency: null  # or the name of your agency',
    '  # approval_workflow: [marketing, compliance]  # TODO who reviews a post before it is published',
    '',
    '# Two or three SMART goals, the most important first: specific, measurable (metric, baseline,',
    '# target), achievable, relevant (the business objective) and time-bound (deadline).',
    'goals:',
    '  - id: goal-1',
    '    # statement:  # TODO what the goal achieves, for whom',
    '    # metric:  # TODO the metric that measures it, e.g. social_referred_bookings',
    '    # unit:  # TODO e.g. bookings per month, or percent',
    '    # baseline:  # TODO the value today (a number)',
    '    # target:  # TODO the value to reach (a number)',
    '    # deadline:  # TODO the date to reach it by (YYYY-MM-DD, inside the period)',
    '    # owner:  # TODO who is accountable',
    '    # business_objective:  # TODO the business result it serves',
    '',
    '# Who you want to reach. Base each audience on data (`insight_sources`), not on guesses.',
  );
  if (a.audiences.length === 0) {
    push('audiences:', '  - id: audience-1', `    # role:  # TODO one of ${ROLES().join(', ')}`);
    audienceTodos(push);
  } else {
    push('audiences:');
    for (const au of a.audiences) {
      push(`  - id: ${au.id}`, au.role ? `    role: ${au.role}` : `    # role:  # TODO one of ${ROLES().join(', ')}`);
      audienceTodos(push, au.id);
    }
  }
  push('', '# The platforms you use: be where your audiences are, with formats that suit each platform.');
  if (a.platforms.length === 0) {
    push('channels:', `  - platform: other  # TODO one of ${PLATFORMS().join(', ')}`);
    channelTodos(push, a);
  } else {
    push('channels:');
    for (const p of a.platforms) {
      push(`  - platform: ${p}`);
      channelTodos(push, a);
    }
  }
  push(
    '',
    '# Social media is not free: every line says what it buys, for which goal, and the return you expect.',
    'budget:',
    '  # currency:  # TODO ISO 4217 code, e.g. USD, EUR, SEK',
    '  # total:  # TODO the total amount for the budget period',
    '  # period: year  # TODO month, quarter or year',
    '  # lines:',
    '  #   - item:  # TODO what the money buys',
    '  #     category: paid-media  # paid-media, tools, content-production, staff, agency, influencers, training, other',
    `  #     channel: ${a.platforms[0] ?? 'facebook'}`,
    '  #     amount:  # TODO',
    '  #     goals: [goal-1]',
    '  #     kpi:  # TODO the metric that shows the return',
    '  #     expected_return:  # TODO e.g. "cost per booking under 40 USD"',
    '',
    '# What you publish: themes, voice, how medical claims are sourced, and the editorial calendar.',
    'content:',
    '  # pillars: []  # TODO recurring themes',
    '  # voice: [warm, plain-spoken, evidence-based]',
    '  # sources_policy:  # TODO how every medical claim is sourced and checked by a clinician',
    '  # plain_language: true',
    '  # repurposing:  # TODO how one piece is adapted for each platform',
    '  # calendar:',
    `  #   - date:  # TODO YYYY-MM-DD`,
    `  #     channel: ${a.platforms[0] ?? 'facebook'}`,
    '  #     topic:  # TODO',
    '  #     type: educational  # educational, promotional, patient-story, testimonial, event, recruitment, …',
    '  #     format: image  # image, video, reel, carousel, text, link, live, story, …: decides alt text or captions',
    '  #     alt_text: true  # images need alt text; video needs captions: true',
    '  #     involves_patient: false  # a post that shows a patient needs consent_ref: the id of a record under compliance.consents',
    '',
    '# Listening and responding: how fast you answer, where clinical questions and complaints go.',
    'engagement:',
    '  # listening_tools: []  # TODO the tools you monitor mentions with',
    '  # response_time_hours:  # TODO',
    '  # escalation:  # TODO where clinical questions and complaints go',
    '  # moderation_policy:  # TODO',
    '  # crisis_plan:  # TODO a document or link',
    '  # medical_advice_disclaimer: true',
    '',
    '# How you measure: a review cadence and a KPI with its data source for each goal.',
    'measurement:',
    '  # review_cadence: weekly',
    '  # tools: []  # TODO your analytics tools',
    '  # kpis:',
    "  #   - metric:  # TODO the goal's metric",
    '  #     goal: goal-1',
    '  #     source:  # TODO where the number comes from',
    '',
    '# Privacy and law. Decide these with your compliance officer: the linter never fills them in.',
    'compliance:',
  );
  if (us || !eu) {
    push(
      '  # hipaa:',
      '  #   patient_content_consent:  # TODO none, verbal or written-authorization',
      '  #   consent_form:  # TODO path or URL of the authorization form',
      '  #   dm_policy:  # TODO what staff may and may not discuss in direct messages',
      '  #   review_response_policy:  # TODO how you answer reviews without confirming someone is a patient',
      '  #   staff_training:  # TODO none, onboarding or annual',
      '  #   tracking_technologies:  # TODO none, with-baa or without-baa',
    );
  }
  if (eu || !us) {
    push('  # gdpr:', '  #   lawful_basis_health_data:  # TODO explicit-consent or other', '  #   dpo_contact:  # TODO');
  }
  push(
    '  # consents:  # the signed consent behind each patient story (an id and what the document is; no names)',
    `  #   - id: ${us || !eu ? 'AUTH' : 'CONSENT'}-2027-001  # TODO the id calendar entries name in consent_ref`,
    `  #     kind: ${us || !eu ? 'hipaa-authorization' : 'gdpr-explicit-consent'}  # a verbal OK, a consent to treat or a privacy-notice acknowledgment is not one`,
    '  #     covers: [social-media]  # TODO social-media, website, paid-ads, print, …',
    '  #     signed:  # TODO YYYY-MM-DD',
    ...(us || !eu ? ['  #     expires:  # TODO YYYY-MM-DD or an event'] : []),
    '  #     revocable: true  # the form states the right to withdraw it',
    '  #     standalone: true  # a separate form, not a section of the admission or registration packet',
  );
  push('  # vendors:', '  #   - name:  # TODO a tool that may see patient data', '  #     handles_phi: false', '  #     baa: false');
  // A section whose fields are all still to decide is commented out whole (an empty section
  // would be null, which the schema rejects); removing "# " from each line restores it.
  for (let i = 0; i < L.length; i++) {
    if (!/^[a-z_]+:$/.test(L[i])) continue;
    let j = i + 1;
    while (j < L.length && L[j].startsWith('  ')) j++;
    const children = L.slice(i + 1, j);
    if (children.length === 0 || !children.every((l) => l.startsWith('  # '))) continue;
    L[i] = '# ' + L[i];
    for (let k = i + 1; k < j; k++) L[k] = '#   ' + L[k].slice(4);
  }
  return L.join('\n') + '\n';
}

/**
 * The age range a starter plan proposes for an audience, from what its id says (`seniors-65`,
 * `teens`, `new-parents`, `18-24`), so that uncommenting the line never gives seniors [25, 40].
 * Words in the five languages of the plans; anything else gets adults, [18, 65].
 */
export function ageHint(id: string): [number, number] {
  const range = /(?:^|\D)(\d{1,2})-(\d{1,3})(?:\D|$)/.exec(id);
  if (range && +range[1] < +range[2]) return [+range[1], Math.min(120, +range[2])];
  const n = /(?:^|\D)(\d{2})(?:\+|plus)?(?:\D|$)/.exec(id);
  if (n && +n[1] >= 13) return [+n[1], Math.min(120, +n[1] >= 60 ? 100 : +n[1] + 20)];
  if (
    /senior|elder|older|retire|pension|äldre|aldre|seniorer|pensionär|aîné|aine|retraité|retraite|vârstnic|varstnic|pensionar|mayores|jubilad|tercera-edad/.test(
      id,
    )
  )
    return [65, 100];
  if (/teen|adolescen|ungdom|tonår|jeune|tânăr|tanar|joven|jóvenes/.test(id)) return [13, 19];
  if (/student|studerande|étudiant|etudiant|student|estudiante/.test(id)) return [18, 30];
  if (/parent|mother|father|mom|dad|föräld|mamma|pappa|parents|mère|père|părinț|parint|mam[aă]|tat[aă]|padres|madre|padre/.test(id)) return [25, 45];
  return [18, 65];
}

function audienceTodos(push: (...l: string[]) => void, id = ''): void {
  const [lo, hi] = ageHint(id);
  push(
    '    # description:  # TODO who they are, where they live',
    `    # age: [${lo}, ${hi}]  # TODO the age range`,
    '    # interests: []  # TODO what they care about',
    '    # active_hours: "19:00-22:00"  # TODO when they are online',
    '    # insight_sources: []  # TODO where this picture comes from (analytics, surveys)',
  );
}

function channelTodos(push: (...l: string[]) => void, a: InitAnswers): void {
  push(
    '    # handle:  # TODO your account name',
    `    # audiences: [${a.audiences.map((x) => x.id).join(', ') || 'audience-1'}]  # TODO the audiences this channel reaches`,
    '    # goals: [goal-1]  # TODO the goals it serves',
    '    # posts_per_week:  # TODO',
    '    # formats: [image, short-video]  # TODO',
    '    # verified: true',
  );
}

export function registerInit(program: Command, io: IO, setCode: (c: number) => void): void {
  program
    .command('init')
    .description('write a starter plan with comments (asks a few questions on a terminal)')
    .argument('[file]', 'file to write', 'plan.strategy.yaml')
    .option('-y, --yes', 'do not ask; use the flags and defaults')
    .option('--force', 'overwrite an existing file')
    .option('--name <name>', 'organisation name')
    .option('--type <type>', `organisation type: ${ORG_TYPES().join(', ')}`)
    .option('--jurisdiction <codes>', 'ISO 3166 codes, comma-separated (e.g. US or SE,EU)')
    .option('--platforms <list>', 'platforms, comma-separated (e.g. facebook,instagram)')
    .option('--audiences <list>', 'audience ids, comma-separated, each optionally id:role (e.g. new-parents:caregiver)')
    .action(
      async (
        file: string,
        opts: { yes?: boolean; force?: boolean; name?: string; type?: string; jurisdiction?: string; platforms?: string; audiences?: string },
      ) => {
        const target = path.resolve(io.cwd, file);
        const shown = stripControl(file);
        if (!opts.force && (await exists(target))) {
          io.stderr(`strategy-lint: ${shown} already exists; use --force to overwrite it\n`);
          setCode(2);
          return;
        }
        let raw = { ...opts };
        const interactive = !opts.yes && io.isTTY && Boolean(process.stdin.isTTY);
        if (interactive) {
          const answers = await ask(raw);
          if (!answers) {
            io.stderr('strategy-lint: init cancelled; nothing was written\n');
            setCode(2);
            return;
          }
          raw = { ...raw, ...answers };
        }
        const checked = checkAnswers(raw);
        if ('error' in checked) {
          io.stderr(`strategy-lint: ${checked.error}\n`);
          setCode(2);
          return;
        }
        try {
          await fs.writeFile(target, starterPlan(checked.answers), { flag: opts.force ? 'w' : 'wx' });
        } catch (e) {
          const code = (e as NodeJS.ErrnoException).code;
          io.stderr(
            `strategy-lint: cannot write ${shown}${code === 'EEXIST' ? ': it already exists; use --force to overwrite it' : code ? ` (${code})` : ''}\n`,
          );
          setCode(2);
          return;
        }
        // A name the directory scan and the pre-commit hook do not pick up is linted only when named.
        const base = path.basename(target);
        if (!PLAN_FILE.test(base)) {
          const better = /\.ya?ml$/i.test(base) ? base.replace(/\.(ya?ml)$/i, '.strategy.$1') : `${base}.strategy.yaml`;
          io.stderr(
            `strategy-lint: warning: ${stripControl(base)} is not a name strategy-lint looks for: \`strategy-lint <dir>\` and the pre-commit hook ` +
              `lint *.strategy.yaml and strategy*.yaml only, so they will skip it. Rename it ${stripControl(better)}, or list it under \`files:\` in .strategy-lint.yaml.\n`,
          );
        }
        io.stdout(
          `Wrote ${shown}. Next:\n` +
            `  1. fill in the lines marked TODO (decisions only you can make);\n` +
            `  2. run \`strategy-lint ${shown}\` and fix what it reports;\n` +
            `  3. \`strategy-lint explain RULE\` tells you why a rule fired.\n`,
        );
        setCode(0);
      },
    );
}

async function exists(p: string): Promise<boolean> {
  try {
    await fs.lstat(p);
    return true;
  } catch {
    return false;
  }
}

/** Asks the questions the flags did not answer (terminal only). Undefined when cancelled (Ctrl+C). */
export async function ask(
  given: { name?: string; type?: string; jurisdiction?: string; platforms?: string; audiences?: string },
  input: NodeJS.ReadableStream = process.stdin,
  output: NodeJS.WritableStream = process.stdout,
) {
  const { createInterface } = await import('node:readline');
  const rl = createInterface({ input, output, terminal: (input as { isTTY?: boolean }).isTTY === true });
  let cancelled = false;
  rl.on('SIGINT', () => {
    cancelled = true;
    rl.close();
  });
  // Lines typed ahead are buffered; end of input (Ctrl+D) leaves the remaining answers at their defaults.
  const buffered: string[] = [];
  let ended = false;
  let wake: (() => void) | undefined;
  rl.on('line', (l) => {
    buffered.push(l);
    wake?.();
  });
  rl.on('close', () => {
    ended = true;
    wake?.();
  });
  const nextLine = async (): Promise<string | undefined> => {
    while (buffered.length === 0 && !ended) await new Promise<void>((resolve) => (wake = resolve));
    return buffered.shift();
  };
  // Asks until the answer is valid (an empty answer leaves the value to decide later).
  const q = async (question: string, current: string | undefined, field: keyof typeof given) => {
    if (current !== undefined) return current;
    for (;;) {
      if (cancelled || (ended && buffered.length === 0)) return undefined;
      output.write(question);
      const answer = (await nextLine())?.trim() || undefined;
      const checked = answer === undefined ? undefined : checkAnswers({ [field]: answer });
      if (!checked || !('error' in checked)) return answer;
      output.write(`  ${checked.error}\n`);
    }
  };
  try {
    const answers = {
      name: await q('Organisation name: ', given.name, 'name'),
      type: await q(`Organisation type (${ORG_TYPES().join(', ')}): `, given.type, 'type'),
      jurisdiction: await q('Country or region, ISO code(s) (e.g. US, SE, EU): ', given.jurisdiction, 'jurisdiction'),
      platforms: await q(`Platforms, comma-separated (${PLATFORMS().join(', ')}): `, given.platforms, 'platforms'),
      audiences: await q('Audiences, comma-separated ids, optionally id:role (e.g. new-parents:caregiver, referrers:referrer): ', given.audiences, 'audiences'),
    };
    return cancelled ? undefined : answers;
  } finally {
    rl.close();
  }
}
