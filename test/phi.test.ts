// privacy/phi-in-text: probable patient information is reported by place and kind, never by content.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cli, findingsOf, lint, planYaml, ROOT } from './helpers.js';
import { FORMAT_NAMES } from '../src/report/index.js';
import fc from 'fast-check';
import { hidePatientTokens, looksLikePatientData, PATTERNS, type Pattern } from '../src/util/phi.js';

const ID = 'privacy/phi-in-text';
const withTopic = (i: number, topic: string) => planYaml((p) => (p.content.calendar[i].topic = topic));
const kinds = (yaml: string) => findingsOf(lint(yaml), ID).map((f) => [f.pointer, f.severity, f.message.replace(/^.* holds what looks like /, '').replace(/ \(not repeated here\)$/, '')]);

describe('detects probable PHI, by kind and place', () => {
  const cases: [string, string, string, string][] = [
    // [topic, expected kind, severity, the text that must never be printed]
    ['Follow up with the family, DOB 03/14/2015', 'a date of birth', 'error', '03/14/2015'],
    ['Story of Liam (born on 2019-06-02) and his first steps', 'a date of birth', 'error', '2019-06-02'],
    ['Patientens födelsedatum: 12 mars 2016', 'a date of birth', 'error', '12 mars 2016'],
    ['Chart review for MRN 00482913 before filming', 'a medical record number', 'error', '00482913'],
    ['Intake note: SSN 078-05-1120', 'a social security or national identity number', 'error', '078-05-1120'],
    ['Berättelse om patient med personnummer 19121212-1212', 'a social security or national identity number', 'error', '19121212-1212'],
    ['Member ID XJH4420918 for the billing story', 'a health plan beneficiary number', 'error', 'XJH4420918'],
    ['Call the mother back at (555) 201-3344 about the photo', 'a phone number', 'warning', '201-3344'],
    ['Rappeler la maman au 06 12 34 56 78 pour la photo', 'a phone number', 'warning', '06 12 34 56 78'],
    ['Send the release to jane.doe1987@gmail.com', 'an email address', 'warning', 'jane.doe1987@gmail.com'],
    ['Film the family at home, 742 Evergreen Terrace', 'a street address', 'warning', '742 Evergreen Terrace'],
    ['Intervju hemma hos familjen på Storgatan 12', 'a street address', 'warning', 'Storgatan 12'],
    ['Emma Larsson shares how she beat leukemia', "a person's name next to a diagnosis", 'warning', 'Emma Larsson'],
    ['Noah, 7, talks about living with type 1 diabetes', "a person's name next to a diagnosis", 'warning', 'Noah'],
    ['A visit with Mrs. Alvarez after her stroke', "a person's name next to a diagnosis", 'warning', 'Alvarez'],
    ['Celebrating a 94-year-old volunteer', 'an age over 89', 'warning', '94-year-old'],
    // Swedish, French and Romanian free text
    ['Anna Berg berättar om livet med astma', "a person's name next to a diagnosis", 'warning', 'Anna Berg'],
    ['Marie Dupont raconte son diabète', "a person's name next to a diagnosis", 'warning', 'Dupont'],
    ['Témoignage de la patiente, née le 14/03/1961', 'a date of birth', 'error', '14/03/1961'],
    ['Povestea pacientei, născută la 14.03.1961', 'a date of birth', 'error', '14.03.1961'],
    ['Ring mamman på 070-123 45 67', 'a phone number', 'warning', '070-123 45 67'],
    ['Pacient cu CNP 1850314123456', 'a social security or national identity number', 'error', '1850314123456'],
  ];
  for (const [topic, kind, severity, secret] of cases) {
    it(`${kind}: ${severity}, at the field, without the text`, () => {
      const r = lint(withTopic(0, topic));
      const fs = findingsOf(r, ID);
      expect(fs.map((f) => [f.pointer, f.severity])).toContainEqual(['/content/calendar/0/topic', severity]);
      expect(fs.map((f) => f.message)).toContain(`content.calendar[0].topic holds what looks like ${kind} (not repeated here)`);
      expect(JSON.stringify(r.findings)).not.toContain(secret);
    });
  }

  it('reports several kinds in one field once each', () => {
    const found = kinds(withTopic(0, 'Patient John, DOB 03/14/2015, MRN 00482913, phone 555-201-3344'));
    expect(found).toHaveLength(3);
    expect(found).toEqual(
      expect.arrayContaining([
        ['/content/calendar/0/topic', 'error', 'a medical record number'],
        ['/content/calendar/0/topic', 'error', 'a date of birth'],
        ['/content/calendar/0/topic', 'warning', 'a phone number'],
      ]),
    );
  });

  it('scans every free-text field, in lists and in sections too', () => {
    const r = lint(planYaml((p) => {
      p.why = 'Started after Ana Popescu was diagnosed with cancer';
      p.audiences[0].interests.push('call 0722 123 456');
      p.goals[0].statement = 'Grow bookings like the one from Mr. Okoye, MRN 00482913';
    }));
    expect(findingsOf(r, ID).map((f) => f.pointer).sort()).toEqual(['/audiences/0/interests/4', '/goals/0/statement', '/why']);
  });
});

describe('no false positives', () => {
  it('the example plans have none (staff names, paths, consent ids, dates, amounts)', () => {
    for (const file of ['lakeside-pediatrics.strategy.yaml', 'vardcentral-sweden.strategy.yaml', 'patient-stories-without-consent.strategy.yaml', 'pharma-launch.strategy.yaml']) {
      expect(findingsOf(lint(readFileSync(path.join(ROOT, 'examples', file), 'utf8')), ID), file).toEqual([]);
    }
  });

  const clean = [
    'Dr. Amara Okafor explains the 2-month vaccine visit',
    'Living With Type 1 Diabetes: Tips From Our Nurse Educators',
    'We vaccinated a record number of 1500 children this winter',
    'Budget of 1 200 000 SEK approved on 2027-01-20',
    'Consent AUTH-2027-004 is on file; see forms/social-media-authorization.pdf',
    'Write to info@lakeside.example or press@lakeside.example',
    'Världsdiabetesdagen: så tar du hand om dina fötter',
    'Saturday Clinic hours for asthma check-ups',
    'Nu kan du boka influensavaccination',
    'Our clinic turns 100: 100 ans de soins à Lyon',
  ];
  for (const topic of clean) {
    it(`leaves alone: ${topic}`, () => expect(findingsOf(lint(withTopic(0, topic)), ID)).toEqual([]));
  }

  it("allows the organisation's own contacts in contact fields, but not ID numbers there", () => {
    const ok = lint(planYaml((p) => {
      p.engagement.escalation = 'Clinical questions go to the nurse line, (555) 201-3344, or nurses@lakeside.example';
      p.compliance.gdpr = { dpo_contact: 'Jane Roe, +1 555 201 9999, jane.roe@lakeside.example' };
    }));
    expect(findingsOf(ok, ID)).toEqual([]);
    const bad = lint(planYaml((p) => (p.engagement.escalation = 'Escalate MRN 00482913 to the nurse line')));
    expect(kinds(planYaml((p) => (p.engagement.escalation = 'Escalate MRN 00482913 to the nurse line')))).toEqual([['/engagement/escalation', 'error', 'a medical record number']]);
    expect(bad.passed).toBe(false);
  });
});

describe('never prints the matched text, in any output format', () => {
  const secrets = ['201-3344', '03/14/2015', '00482913', '078-05-1120', 'jane.doe1987', 'Evergreen', 'Larsson', 'XJH4420918'];
  const plan = planYaml((p) => {
    p.content.calendar[0].topic = 'Follow up with the family, DOB 03/14/2015, MRN 00482913, phone (555) 201-3344';
    p.content.calendar[2].topic = 'Emma Larsson shares how she beat leukemia';
    p.why = 'Intake note: SSN 078-05-1120, email jane.doe1987@gmail.com, 742 Evergreen Terrace, member id XJH4420918';
  });
  const dir = mkdtempSync(path.join(tmpdir(), 'sl-phi-'));
  const file = path.join(dir, 'phi.strategy.yaml');
  writeFileSync(file, plan);

  it('the fixture really holds the secrets and is flagged', () => {
    for (const s of secrets) expect(plan).toContain(s);
    expect(findingsOf(lint(plan), ID).length).toBeGreaterThanOrEqual(6);
  });

  for (const format of ['stylish', 'json', ...FORMAT_NAMES.filter((f) => f !== 'stylish' && f !== 'json')]) {
    it(`--format ${format}`, async () => {
      const { code, stdout, stderr } = await cli(format === 'stylish' ? [file] : ['--format', format, file]);
      expect(code).toBe(1); // the DOB, MRN and SSN are errors: the file fails
      expect(stdout).toMatch(/a date of birth|privacy\/phi-in-text|phi-in-text/);
      for (const s of secrets) {
        expect(stdout, `${format} prints ${s}`).not.toContain(s);
        expect(stderr).not.toContain(s);
      }
    });
  }

  it('the JSON names the pointer and the kind of each finding', async () => {
    const { stdout } = await cli(['--format', 'json', file]);
    const phi = JSON.parse(stdout).files[0].findings.filter((f: any) => f.ruleId === ID);
    expect(phi.map((f: any) => f.pointer)).toEqual(expect.arrayContaining(['/why', '/content/calendar/0/topic', '/content/calendar/2/topic']));
    expect(phi.map((f: any) => f.message).join('\n')).toContain('content.calendar[0].topic holds what looks like a date of birth (not repeated here)');
  });

  it('the source kept for code frames is redacted where PHI was found', () => {
    const r = lint(plan);
    expect(r.source).toContain('topic: ‹redacted: probable patient information›');
    for (const s of secrets) expect(r.source).not.toContain(s);
  });
});

describe('other rules never repeat patient information either', () => {
  // Values in fields the PHI rule does not scan (enums, dates, keys, budget items) reach other
  // rules' messages and the code frames of errors: those print a placeholder instead.
  const secrets = ['123-45-6789', '010-4477', '03/14/1988', 'jane.doe@example.com'];
  const plan = planYaml((p) => {
    p.budget.lines[0].item = 'Promo for Jane Doe SSN 123-45-6789';
    delete p.budget.lines[0].kpi;
    p.organization.type = 'call (555) 010-4477';
    p.period.start = 'DOB 03/14/1988';
    p.measurement.review_cadence = 'jane.doe@example.com';
    p.content['123-45-6789'] = 'x';
  });
  const dir = mkdtempSync(path.join(tmpdir(), 'sl-phi-other-'));
  const file = path.join(dir, 'other.strategy.yaml');
  writeFileSync(file, plan);

  for (const format of FORMAT_NAMES) {
    it(`--format ${format}`, async () => {
      const { stdout, stderr } = await cli(['--format', format, file]);
      expect(stdout).toContain('looks like patient information');
      for (const s of secrets) {
        expect(stdout, `${format} prints ${s}`).not.toContain(s);
        expect(stderr).not.toContain(s);
      }
    });
  }
});

describe('PHI scan shortcuts (they skip work, never a finding)', () => {
  // Strings built from the patterns' own keywords, digits and separators, so that matches are common.
  const pieces = [
    'DOB', 'd.o.b.', 'born on', 'född den', 'née le', 'date de naissance', 'data nașterii', 'născută la', 'aged', 'âgée de', 'în vârstă de',
    '92', '104', '-year-old', ' years old', ' år gammal', '-åriga', 'Main', 'Oak Hill', 'Street', 'St.', 'Ave', 'Road', 'Way', 'Storgatan',
    'Kungsvägen', 'rue', 'avenue', 'Allée', 'de la', 'bis', 'strada', 'str.', 'Calea', 'Victoriei', 'nr.', '12', '3', '1987', '03/14/2015',
    '14 mars 2015', 'March 3, 2015', ' ', ' ', ', ', ': ', '-', '\n', 'a', 'É', 'ſ', 'K',
  ];
  const text = fc.array(fc.constantFrom(...pieces), { maxLength: 14 }).map((a) => a.join(''));

  /** Whether a pattern finds something in the text, as `scan` decides it (label, value, test). */
  const hits = (p: Pattern, t: string) =>
    [...t.matchAll(new RegExp(p.re.source, p.re.flags))].some((m) => {
      const end = m.index! + m[0].length;
      const v = p.value ? p.value.exec(t.slice(end, end + 80)) : undefined;
      if (p.value && !v) return false;
      return !p.test || p.test(t.slice(m.index!, end + (v?.[0].length ?? 0)));
    });

  it('a pattern finds something only in texts with a digit and with its hint', () => {
    fc.assert(
      fc.property(text, (t) => {
        for (const p of PATTERNS) {
          if (!hits(p, t)) continue;
          expect(/[0-9]/.test(t), `${p.kind} ${p.re} matched ${JSON.stringify(t)} without a digit`).toBe(true);
          if (p.hint) expect(p.hint.test(t), `${p.kind}: hint ${p.hint} misses ${JSON.stringify(t)}`).toBe(true);
        }
      }),
      { seed: 20261123, numRuns: 3000 },
    );
  });

  it('a pointer of lower-case keys and list indexes is never hidden, and none of its tokens looks like patient data', () => {
    // hidePatientTokens returns such pointers without looking at their tokens: this is why it may.
    const token = fc.oneof(
      fc.stringMatching(/^[a-z_]{1,24}$/),
      fc.integer({ min: 0, max: 999_999 }).map(String),
      fc.constantFrom('diabetes', 'cancer', 'patient', 'patient_emma', 'dob', 'mrn', 'ssn', 'born_on', 'mrs_berg', 'street', 'gravid'),
    );
    fc.assert(
      fc.property(fc.array(token, { minLength: 1, maxLength: 6 }), (tokens) => {
        const ptr = '/' + tokens.join('/');
        expect(hidePatientTokens(ptr)).toBe(ptr);
        for (const t of tokens) if (!/^\d+$/.test(t)) expect(looksLikePatientData(t), t).toBe(false);
      }),
      { seed: 20261123, numRuns: 2000 },
    );
    expect(hidePatientTokens('/content/123-45-6789')).toBe('/content/~hidden');
    expect(hidePatientTokens('/goals/0/target')).toBe('/goals/0/target');
  });

  it('every hinted pattern is exercised by the generator (the property above is not vacuous)', () => {
    const samples = fc.sample(text, { seed: 7, numRuns: 20000 });
    for (const p of PATTERNS.filter((x) => x.hint)) expect(samples.some((t) => hits(p, t)), `${p.kind} ${p.re.source.slice(0, 40)}`).toBe(true);
  });
});
