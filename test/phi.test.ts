// privacy/phi-in-text: probable patient information is reported by place and kind, never by content.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cli, findingsOf, lint, planYaml, ROOT } from './helpers.js';
import { FORMAT_NAMES } from '../src/report/index.js';
import fc from 'fast-check';
import { parse as parseYaml } from 'yaml';
import {
  findSpans,
  hidePatientTokens,
  looksLikePatientData,
  normalise,
  PATTERNS,
  redactPatientData,
  scan,
  scanPlanText,
  yamlComments,
  type Kind,
  type Pattern,
} from '../src/util/phi.js';
import { evaluatePhi, formatPhi, PHI_HELD_OUT, PHI_LABELLED } from '../scripts/calibrate-phi.mjs';

const ID = 'privacy/phi-in-text';
// Texts go in a field that is not a post (the rule judges posts with their consent: test/rules/privacy.test.ts).
const withTopic = (_i: number, text: string) => planYaml((p) => (p.why = text));
const kinds = (yaml: string) =>
  findingsOf(lint(yaml), ID).map((f) => [f.pointer, f.severity, f.message.replace(/^.* holds what looks like /, '').replace(/ \(not repeated here\)$/, '')]);

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
      expect(fs.map((f) => [f.pointer, f.severity])).toContainEqual(['/why', severity]);
      expect(fs.map((f) => f.message)).toContain(`why holds what looks like ${kind} (not repeated here)`);
      expect(JSON.stringify(r.findings)).not.toContain(secret);
    });
  }

  it('reports several kinds in one field once each', () => {
    const found = kinds(withTopic(0, 'Patient John, DOB 03/14/2015, MRN 00482913, phone 555-201-3344'));
    expect(found).toHaveLength(4);
    expect(found).toEqual(
      expect.arrayContaining([
        ['/why', 'error', 'a medical record number'],
        ['/why', 'error', 'a date of birth'],
        ['/why', 'warning', 'a phone number'],
        ['/why', 'warning', "a patient's name"],
      ]),
    );
  });

  it('scans every free-text field, in lists and in sections too', () => {
    const r = lint(
      planYaml((p) => {
        p.why = 'Started after Ana Popescu was diagnosed with cancer';
        p.audiences[0].interests.push('call 0722 123 456');
        p.goals[0].statement = 'Grow bookings like the one from Mr. Okoye, MRN 00482913';
      }),
    );
    expect(
      findingsOf(r, ID)
        .map((f) => f.pointer)
        .sort(),
    ).toEqual(['/audiences/0/interests/4', '/goals/0/statement', '/why']);
  });
});

describe('no false positives', () => {
  it('the example plans have none (staff names, paths, consent ids, dates, amounts)', () => {
    for (const file of [
      'lakeside-pediatrics.strategy.yaml',
      'vardcentral-sweden.strategy.yaml',
      'patient-stories-without-consent.strategy.yaml',
      'pharma-launch.strategy.yaml',
    ]) {
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
    const ok = lint(
      planYaml((p) => {
        p.engagement.escalation = 'Clinical questions go to the nurse line, (555) 201-3344, or nurses@lakeside.example';
        p.compliance.gdpr = { dpo_contact: 'Jane Roe, +1 555 201 9999, jane.roe@lakeside.example' };
      }),
    );
    expect(findingsOf(ok, ID)).toEqual([]);
    const bad = lint(planYaml((p) => (p.engagement.escalation = 'Escalate MRN 00482913 to the nurse line')));
    expect(kinds(planYaml((p) => (p.engagement.escalation = 'Escalate MRN 00482913 to the nurse line')))).toEqual([
      ['/engagement/escalation', 'error', 'a medical record number'],
    ]);
    expect(bad.passed).toBe(false);
  });
});

describe('never prints the matched text, in any output format', () => {
  const secrets = ['201-3344', '03/14/2015', '00482913', '078-05-1120', 'jane.doe1987', 'Evergreen', 'Larsson', 'XJH4420918'];
  const plan = planYaml((p) => {
    p.content.calendar[0].topic = 'Follow up with the family, DOB 03/14/2015, MRN 00482913, phone (555) 201-3344';
    p.goals[0].statement = 'Emma Larsson shares how she beat leukemia';
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
    expect(phi.map((f: any) => f.pointer)).toEqual(expect.arrayContaining(['/why', '/content/calendar/0/topic', '/goals/0/statement']));
    expect(phi.map((f: any) => f.message).join('\n')).toMatch(/content\.calendar\[0\]\.topic holds what looks like a date of birth.* \(not repeated here\)/);
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
    'DOB',
    'd.o.b.',
    'born on',
    'född den',
    'née le',
    'né le',
    'date de naissance',
    'data nașterii',
    'născută la',
    'nacida el',
    'f. nac.',
    'geboren am',
    'geb.',
    'Geburtsdatum',
    'admitted',
    'discharged',
    'died',
    'inlagd',
    'utskriven',
    'hospitalisée le',
    'internată pe',
    'data internării',
    'ingresado el',
    'dado de alta',
    'aufgenommen am',
    'verstorben',
    'aged',
    'âgée de',
    'în vârstă de',
    'turns ',
    'fyller ',
    'cumple',
    ' ans',
    ' años',
    ' de ani',
    ' Jahre',
    ' Jahre alt',
    '-jährige',
    'th birthday',
    'J.K., ',
    'E. L. (',
    'room',
    'bed',
    'chambre',
    'salonul',
    'patul',
    'habitación',
    'Zimmer',
    'patient',
    'Mr. ',
    '92',
    '104',
    '-year-old',
    ' years old',
    ' år gammal',
    '-åriga',
    'Main',
    'Oak Hill',
    '742 Oak Hill ',
    'Street',
    'St.',
    'Ave',
    'Road',
    'Way',
    'Storgatan',
    'Kungsvägen',
    'rue',
    'avenue',
    'Allée',
    'de la',
    '14 rue ',
    '12 bis, avenue ',
    'bis',
    'strada',
    'str.',
    'Calea',
    'Victoriei',
    'nr.',
    'Calle',
    'Mayor',
    'C/ ',
    'Hauptstraße',
    'Goetheweg',
    '12',
    '3',
    '1987',
    '03/14/2015',
    '19610417',
    '17-Apr-1961',
    '17. April 1961',
    '17 de abril de 1961',
    'April 17th, 1961',
    '14 mars 2015',
    'March 3, 2015',
    ' ',
    ' ',
    ', ',
    ': ',
    '-',
    '\n',
    'a',
    'É',
    'ſ',
    'K',
    '(',
    ')',
    // Whole matches, so that every hinted pattern is exercised (the last test below).
    'Storgatan 12',
    'strada Victoriei nr. 12',
    '12 Oak Hill Street',
    '14 rue de la Paix',
    'Calle Mayor 12',
    'Hauptstraße 12',
    'room 12',
    'turns 92',
    'admitted 03/14/2015',
    'J.K., 92',
  ];
  const text = fc.array(fc.constantFrom(...pieces), { maxLength: 14 }).map((a) => a.join(''));

  /** Whether a pattern finds something in the text, as `scan` decides it (label, value, test). */
  const hits = (p: Pattern, t: string) =>
    [...t.matchAll(new RegExp(p.re.source, p.re.flags))].some((m) => {
      const end = m.index! + m[0].length;
      const v = p.value ? p.value.exec(t.slice(end, end + 80)) : undefined;
      if (p.value && !v) return false;
      return !p.test || p.test(t.slice(m.index!, end + (v?.[0].length ?? 0)), t.slice(Math.max(0, m.index! - 24), m.index!));
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
    for (const p of PATTERNS.filter((x) => x.hint))
      expect(
        samples.some((t) => hits(p, t)),
        `${p.kind} ${p.re.source.slice(0, 40)}`,
      ).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// The detector itself (issue 19 item 2, issue 14 item 4): normalisation, forms, languages, spans.

describe('the detector normalises before matching (issue 19)', () => {
  const ZW = '\u200b';
  const full = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d))).replace(/@/g, '\uff20');
  const cases: [string, Kind][] = [
    [`SSN 123${ZW}-45-6789`, 'ssn'],
    [`SSN ${full('123-45-6789')}`, 'ssn'],
    ['SSN 123\u00ad45\u00ad6789', 'ssn'], // soft hyphens
    ['SSN 123\u201145\u20116789', 'ssn'], // non-breaking hyphens
    ['SSN 123\u221245\u22126789', 'ssn'], // minus signs
    ['SSN 123\u2060-45\u2063-6789', 'ssn'], // word joiner, invisible separator
    ['SSN \u0661\u0662\u0663-\u0664\u0665-\u0666\u0667\u0668\u0669', 'ssn'], // Arabic-Indic digits
    ['phone 555-201-3344 ext. 12', 'phone'],
    ['tel 555/201 3344', 'phone'],
    [`ring ${full('070-123 45 67')}`, 'phone'],
    ['mail jane.doe[at]gmail.com', 'email'],
    ['jane.doe(at)gmail(dot)com', 'email'],
    [`jane.doe${full('@')}gmail.com`, 'email'],
    ['born 17-Apr-1961', 'date'],
    ['DOB April 17th, 1961', 'date'],
    ['D.O.B: 1961-04-17', 'date'],
    ['DOB 19610417', 'date'],
    ['geboren am 17. April 1961', 'date'],
    ['nacido el 17 de abril de 1961', 'date'],
    ['MRN-00482913', 'medical-record-number'],
    ['MRN=00482913', 'medical-record-number'],
    ['M.R.N. 00482913', 'medical-record-number'],
    ['chart: 00482913', 'medical-record-number'],
    ['hospital number 00482913', 'medical-record-number'],
  ];
  for (const [text, kind] of cases) {
    it(`${JSON.stringify(text)} is ${kind}, and redacting it leaves none of its digits`, () => {
      expect(scan(text).map((h) => h.kind)).toContain(kind);
      const shown = redactPatientData(text);
      expect(shown).toContain('‹hidden›');
      expect(normalise(shown).text.replace(/[^0-9]/g, '')).not.toMatch(/\d{3}/);
    });
  }

  it('maps spans back onto the original text (invisible characters and full-width forms included)', () => {
    const text = `Call ${full('555-201-3344')} or SSN 123${ZW}-45-6789 today`;
    const spans = findSpans(text);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual([full('555-201-3344'), `123${ZW}-45-6789`]);
    expect(redactPatientData(text)).toBe('Call ‹hidden› or SSN ‹hidden› today');
  });

  it('printable ASCII is not copied (the fast path)', () => {
    expect(normalise('Plain text 123').from).toBeNull();
    expect(normalise('Vårdcentralen i Umeå').from).toBeNull(); // composed letters are already NFKC
    expect(normalise('Jose\u0301').text).toBe('José');
  });
});

describe('the forms of issue 14 and the false alarms it lists', () => {
  const kindsOf = (t: string) =>
    scan(t)
      .map((h) => h.kind)
      .sort();
  it('a birthday greeting naming "our patient Mr. …" with his age', () => {
    expect(kindsOf('Happy birthday to our patient Mr. Jensen, who turns 95 today')).toEqual(['age-over-89', 'name']);
  });
  it('initials next to an age over 89, an admission date and a room number', () => {
    expect(kindsOf('J.K., 92, admitted 2027-03-02, room 412')).toEqual(['age-over-89', 'event-date', 'room-number']);
  });
  it('names with accents, decomposed accents and other scripts next to a diagnosis', () => {
    for (const t of [
      'Zoë Martin diagnosed with melanoma',
      'Jose\u0301 Garci\u0301a tiene diabetes',
      'Γιάννης Παπαδόπουλος, cancer survivor',
      'пациент Иван рассказывает о диабете',
    ]) {
      expect(scan(t).length, t).toBeGreaterThan(0);
    }
  });
  it('a diagnosis with no person named is not patient information', () => {
    for (const t of [
      'a lymphoma patient shares her story',
      'Healthy Kids talk about asthma',
      'Nike Run Club raises money for cancer research',
      "Michael J. Fox Foundation for Parkinson's Research",
      "St. Jude Children's Research Hospital fights cancer",
      'Octubre Rosa: prevención del cáncer de mama',
    ]) {
      expect(scan(t), t).toEqual([]);
    }
  });
  it('codes, versions, an ISBN and references are not phones or IP addresses', () => {
    for (const t of [
      'campaign code SPRING-2027-0412',
      'version 2.14.3.1',
      'v1.2.3.4 of the app',
      'release 10.0.19041.1234',
      'ISBN 978-3-16-148410-0',
      'Ref. 2027/00123',
      'invoice 2027-0412-0001',
      'Our clinic turns 100: 100 ans de soins à Lyon',
      'Seniors aged 90 and over',
    ]) {
      expect(scan(t), t).toEqual([]);
    }
  });
  it('an all-capitals sentence and a surname-first name', () => {
    expect(kindsOf('JOHN DOE HAS DIABETES')).toEqual(['name-diagnosis']);
    expect(kindsOf('Doe, John: diabetes')).toEqual(['name-diagnosis']);
  });
});

describe('precision and recall on the labelled set (npm run calibrate prints the same figures)', () => {
  const dev = evaluatePhi(findSpans, PHI_LABELLED);
  const held = evaluatePhi(findSpans, PHI_HELD_OUT);
  it('the set has at least 500 short texts, positive and negative, in six languages, with the false alarms of the issues', () => {
    const items = parseYaml(readFileSync(PHI_LABELLED, 'utf8')) as { lang: string; phi: boolean; text: string }[];
    expect(items.length).toBeGreaterThanOrEqual(500);
    expect(new Set(items.filter((i) => i.phi).map((i) => i.lang))).toEqual(new Set(['en', 'sv', 'fr', 'ro', 'es', 'de', 'other', 'plan']));
    const negatives = new Set(items.filter((i) => !i.phi).map((i) => i.text));
    for (const t of [
      'Healthy Kids talk about asthma',
      'Nike Run Club raises money for cancer research',
      'a lymphoma patient shares her story',
      'ISBN 978-3-16-148410-0',
      'version 2.14.3.1',
      'campaign code SPRING-2027-0412',
    ])
      expect(negatives).toContain(t);
    expect(items.every((i) => i.text.length <= 200)).toBe(true);
  });
  it('precision and recall are at least 0.9 each, on the tuning set and on the held-out texts', () => {
    expect(dev.precision).toBeGreaterThanOrEqual(0.9);
    expect(dev.recall).toBeGreaterThanOrEqual(0.9);
    expect(held.positives + held.negatives).toBeGreaterThanOrEqual(100);
    expect(held.precision).toBeGreaterThanOrEqual(0.9);
    expect(held.recall).toBeGreaterThanOrEqual(0.9);
  });
  it('the report names what was missed without real data (every text is invented)', () => {
    expect(formatPhi(held)).toMatch(/precision \d\.\d{3}\s+recall \d\.\d{3}/);
  });
});

describe('walking a plan: every string and key, comments, and a limit that says so', () => {
  it('scans keys too, and hides a key that is patient information in the pointer shown', () => {
    const r = scanPlanText({ content: { 'Ola Nordmann was diagnosed with lymphoma': 'x', notes: 'SSN 987-65-4320' } });
    expect(r.hits.map((h) => [h.kind, h.shown, h.inKey])).toEqual([
      ['name-diagnosis', '/content/~hidden', true],
      ['ssn', '/content/notes', false],
    ]);
    expect(r.hits[0].pointer).toBe('/content/Ola Nordmann was diagnosed with lymphoma');
    expect(r.skipped).toBe(0);
  });
  it('reports how many strings it left when the limit is reached, instead of stopping silently', () => {
    const data = { list: Array.from({ length: 30 }, (_, i) => `text ${i}`).concat(['SSN 987-65-4320']) };
    const r = scanPlanText(data, { maxStrings: 20 });
    expect(r.strings).toBe(20);
    expect(r.skipped).toBe(11);
    expect(r.hits).toEqual([]);
    expect(scanPlanText(data).hits.map((h) => h.pointer)).toEqual(['/list/30']);
  });
  it('finds the comments of YAML text, with their line and column, and not a # inside a value', () => {
    const text = 'why: "a # in quotes" # call 555-201-3344\n# SSN 987-65-4320 on intake\nurl: x#y\n';
    expect(yamlComments(text)).toEqual([
      { line: 1, column: 22, text: ' call 555-201-3344' },
      { line: 2, column: 1, text: ' SSN 987-65-4320 on intake' },
    ]);
  });
  it('a pointer made of a name-and-diagnosis key is hidden like a value', () => {
    expect(hidePatientTokens('/content/Ola Nordmann was diagnosed with lymphoma/0')).toBe('/content/~hidden/0');
    expect(hidePatientTokens('/content/Healthy Kids talk about asthma')).toBe('/content/Healthy Kids talk about asthma');
  });
});

describe('privacy/phi-in-text reads every string, key and comment of the plan (issue 19)', () => {
  const found = (yaml: string) => findingsOf(lint(yaml), ID).map((f) => [f.pointer, f.line, f.message.replace(/ \(not repeated here\)$/, '')]);
  it('a comment holding an identifier is reported at the comment, without its text', () => {
    const yaml = planYaml().replace(/^why:/m, '# intake: SSN 987-65-4320, call 555-201-3344\nwhy:');
    const line = yaml.split('\n').findIndex((l) => l.startsWith('# intake')) + 1;
    const r = lint(yaml);
    expect(found(yaml)).toEqual([
      ['', line, 'a comment holds what looks like a phone number'],
      ['', line, 'a comment holds what looks like a social security or national identity number'],
    ]);
    expect(JSON.stringify(r.findings)).not.toContain('987-65-4320');
    expect(r.source).not.toContain('987-65-4320');
  });
  it('a key that is patient information is reported, and shown as ~hidden', () => {
    const r = lint(planYaml((p) => (p.content['Ola Nordmann was diagnosed with lymphoma'] = 'x')));
    const f = findingsOf(r, ID);
    expect(f.map((x) => [x.pointer, x.message])).toEqual([
      ['/content/~hidden', "a key under content holds what looks like a person's name next to a diagnosis (not repeated here)"],
    ]);
    expect(JSON.stringify(r.findings)).not.toContain('Nordmann');
  });
  it("fields that were never scanned (consent_ref, owner, name, dpo_contact) are scanned now; contact fields allow the organisation's own contacts", () => {
    const r = lint(
      planYaml((p) => {
        p.content.calendar[0].consent_ref = 'SSN 987-65-4320';
        p.governance.owner = 'Jordan Reyes, DOB 03/09/1958';
        p.compliance.gdpr = { dpo_contact: 'Jane Roe, +1 555 201 9999, jane.roe@lakeside.example' };
      }),
    );
    expect(
      findingsOf(r, ID)
        .map((f) => f.pointer)
        .sort(),
    ).toEqual(['/content/calendar/0/consent_ref', '/governance/owner']);
  });
  it('strings under a key that is patient information are scanned too (they were skipped)', () => {
    const r = lint(planYaml((p) => (p.content['987-65-4320'] = { note: 'call 555-201-3344' })));
    expect(
      findingsOf(r, ID)
        .map((f) => f.pointer)
        .sort(),
    ).toEqual(['/content/~hidden', '/content/~hidden/note']);
  });
});
