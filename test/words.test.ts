// The word lists of the text heuristics (src/knowledge/words.ts): matching on folded words with
// negation, country names in five languages, and a knowledge file that adds terms.
import { describe, expect, it } from 'vitest';
import { canonicalJurisdiction, findInClauses, fold, languagesOf, WORDS } from '../src/knowledge/words.js';
import { validateKnowledge } from '../src/knowledge/load.js';
import { DEFAULT_KNOWLEDGE } from '../src/knowledge/platforms.js';
import { defaultConfig } from '../src/config/config.js';
import { lintText } from '../src/engine/lint.js';

describe('matching words', () => {
  it('folds case, accents and punctuation, so each language is read as typed, with or without diacritics', () => {
    expect(fold('Ștergem mesajele; Lab-Result, l’enfant')).toBe('stergem mesajele lab result l enfant');
    const hits = (text: string) => findInClauses(text, WORDS.moderationHide, WORDS.negators).map((h) => [h.term, h.negated]);
    expect(hits('Stergem spam-ul')).toEqual([['șterge*', false]]);
    expect(hits('Ștergem spam-ul')).toEqual([['șterge*', false]]);
  });

  it('marks a term negated by a negator before it in its clause, or right after it (Swedish word order)', () => {
    const negated = (text: string) => findInClauses(text, WORDS.moderationHide, WORDS.negators).map((h) => h.negated);
    expect(negated('We never delete criticism')).toEqual([true]);
    expect(negated('Delete spam; we do not delete criticism')).toEqual([false, true]);
    expect(negated('Vi raderar aldrig kritik')).toEqual([true]);
    expect(negated('Nous ne supprimons jamais les critiques')).toEqual([true]);
    expect(negated('Nunca borramos las críticas')).toEqual([true]);
  });

  it('tells the languages a text is written in, and none for a language it does not know', () => {
    expect(languagesOf('Answer DMs fast and book them in')).toEqual(['en']);
    expect(languagesOf('Vi svarar på alla frågor')).toContain('sv');
    expect(languagesOf('Antworten schnell, freundlich')).toEqual([]);
  });
});

describe('country names and codes written another way', () => {
  it('maps names in five languages, three-letter codes and subdivisions to the ISO 3166 code', () => {
    const table: [string, string | undefined][] = [
      ['USA', 'US'],
      ['U.S.', 'US'],
      ['Estados Unidos', 'US'],
      ['États-Unis', 'US'],
      ['Sverige', 'SE'],
      ['Suède', 'SE'],
      ['România', 'RO'],
      ['España', 'ES'],
      ['Union européenne', 'EU'],
      ['USA-WA', 'US-WA'],
      ['us_wa', 'US-WA'],
      ['Narnia', undefined],
    ];
    for (const [v, code] of table) expect(canonicalJurisdiction(v), v).toBe(code);
  });

  it("the schema finding for `jurisdictions: [USA]` says to write US (issue 18: values in the user's language)", () => {
    const r = lintText('version: 1\norganization: {name: X, jurisdictions: [USA, Sverige]}\n', 'plan.yaml');
    const invalid = r.findings.filter((f) => f.ruleId === 'schema/invalid');
    expect(invalid.map((f) => [f.pointer, f.suggestion])).toEqual([
      ['/organization/jurisdictions/0', 'US'],
      ['/organization/jurisdictions/1', 'SE'],
    ]);
    expect(invalid[0].message).toContain('write `US`');
  });
});

describe('a knowledge file adds terms to the word lists', () => {
  const plan = [
    'version: 1',
    'organization: {name: Clínica, jurisdictions: [ES]}',
    'governance:',
    '  approval_workflow: [mercadeo, oficina-de-pacientes]',
    'content:',
    '  calendar:',
    '    - {date: 2027-01-20, channel: instagram, type: patient-story, involves_patient: true, consent_ref: CONS-1}',
    '',
  ].join('\n');
  const approval = (knowledge = DEFAULT_KNOWLEDGE) => {
    const config = defaultConfig();
    config.knowledge = knowledge;
    return lintText(plan, 'plan.yaml', { config }).findings.filter((f) => f.ruleId === 'governance/compliance-approval');
  };

  it('an approval role the built-in lists do not know is reported; once a knowledge file names it, it counts', () => {
    expect(approval()).toHaveLength(1);
    const extended = validateKnowledge({ ...DEFAULT_KNOWLEDGE, words: { complianceRoles: { es: ['oficina de pacientes'] } } }, 'k.yaml');
    expect(approval(extended)).toEqual([]);
  });

  it('an unknown list or language in `words` is refused with a suggestion', () => {
    expect(() => validateKnowledge({ ...DEFAULT_KNOWLEDGE, words: { complianceRole: { es: ['x'] } } }, 'k.yaml')).toThrow(/did you mean "complianceRoles"/);
    expect(() => validateKnowledge({ ...DEFAULT_KNOWLEDGE, words: { complianceRoles: { de: ['x'] } } }, 'k.yaml')).toThrow(/unknown key "de"/);
    expect(() => validateKnowledge({ ...DEFAULT_KNOWLEDGE, words: { complianceRoles: { es: [''] } } }, 'k.yaml')).toThrow(/non-empty strings/);
  });
});
