// The endorsement/ rules (category compliance): paid and material endorsements under the law of
// each jurisdiction the plan reaches (16 CFR 255 in the US, loi n° 2023-451 in France, Directive
// 2005/29/EC in the EU, the CAP Code in the UK).
import { describe, expect, it } from 'vitest';
import { plan, ruleTester, swap } from '../rule-tester.js';
import { lint } from '../helpers.js';

/** A US plan paying a parent influencer, disclosed post by post and at plan level. */
const influencer = plan`
  organization: {name: Lakeside Pediatrics, jurisdictions: [US]}
  budget:
    lines:
      - item: Parent micro-influencers
        category: influencers
        channel: instagram
  content:
    calendar:
      - date: 2027-01-11
        channel: instagram
        type: educational
      - date: 2027-02-03
        channel: instagram
        type: influencer
        disclosure: true
  compliance:
    influencers:
      disclosure: "#ad"
      contracts_reviewed: true
`;
const fr = swap(
  swap(influencer, 'jurisdictions: [US]', 'jurisdictions: [FR]'),
  'disclosure: "#ad"',
  'disclosure: "Collaboration commerciale en début de légende"',
);

ruleTester('endorsement/disclosure', {
  valid: [
    { name: 'an influencer post with its disclosure, reviewed contracts and a plan-level disclosure', yaml: influencer },
    {
      name: 'a disclosed UGC post with a material connection',
      yaml: swap(influencer, '      type: influencer\n      disclosure: true\n', '      type: ugc\n      material_connection: true\n      disclosure: true\n'),
    },
    { name: 'France: "Collaboration commerciale" at the start', yaml: fr },
    {
      name: 'a disclosure given as {label, placement} at the start',
      yaml: swap(influencer, 'disclosure: true', 'disclosure: {label: "Paid partnership with Lakeside", placement: start}'),
    },
    {
      name: 'the draft text starts with the label',
      yaml: swap(influencer, '      disclosure: true\n', '      disclosure: true\n      copy: "#ad Our flu clinic is open on Saturdays #flu #kids #health"\n'),
    },
  ],
  invalid: [
    {
      name: 'an influencer post without disclosure is critical at the entry',
      yaml: swap(influencer, 'disclosure: true', 'disclosure: false'),
      findings: [
        {
          pointer: '/content/calendar/1/disclosure',
          severity: 'critical',
          message: 'calendar entry 2 (2027-02-03, instagram) is an endorsement posted without disclosing the material connection (16 CFR 255.5)',
        },
      ],
    },
    {
      name: 'probe: "#collab" as the last of the hashtags is ambiguous and buried',
      yaml: swap(influencer, 'disclosure: "#ad"', 'disclosure: "#collab, placed at the end of the caption with the creator\'s other hashtags"'),
      findings: [
        { pointer: '/compliance/influencers/disclosure', severity: 'error', message: 'is placed where readers miss it (it says at the end)' },
        {
          pointer: '/compliance/influencers/disclosure',
          severity: 'error',
          message:
            'the plan\'s disclosure uses `collab`, which does not make a paid or material connection clear (16 CFR 255.5; FTC "Disclosures 101", guidance)',
        },
      ],
    },
    {
      name: 'probe: "#sp" is ambiguous',
      yaml: swap(influencer, 'disclosure: "#ad"', 'disclosure: "#sp"'),
      findings: [{ pointer: '/compliance/influencers/disclosure', message: 'uses `sp`' }],
    },
    {
      name: 'probe: "thanks @brand" is not a disclosure',
      yaml: swap(influencer, 'disclosure: "#ad"', 'disclosure: "thanks @lakesidepeds"'),
      findings: [{ pointer: '/compliance/influencers/disclosure', message: 'uses `thanks`' }],
    },
    {
      name: 'a tag of the practice alone is not a disclosure',
      yaml: swap(influencer, 'disclosure: "#ad"', 'disclosure: Tag @lakesidepeds in the post'),
      findings: [{ pointer: '/compliance/influencers/disclosure', message: 'uses `a tag of the brand`' }],
    },
    {
      name: 'an entry disclosure among hashtags',
      yaml: swap(influencer, 'disclosure: true', 'disclosure: {label: "#ad", placement: among-hashtags}'),
      findings: [{ pointer: '/content/calendar/1/disclosure', message: 'is placed where readers miss it (placement: among-hashtags)' }],
    },
    {
      name: 'the draft text buries the label after other hashtags',
      yaml: swap(
        influencer,
        '      disclosure: true\n',
        '      disclosure: true\n      copy: "Our flu clinic is open on Saturdays, bring the kids #flu #kids #ad"\n',
      ),
      findings: [{ pointer: '/content/calendar/1/copy', message: 'puts its disclosure after other hashtags or at the end' }],
    },
    {
      name: 'France: "#sponso" at the end of the caption lacks the words the law requires',
      yaml: swap(fr, 'disclosure: "Collaboration commerciale en début de légende"', 'disclosure: "#sponso en fin de légende"'),
      findings: [
        {
          pointer: '/compliance/influencers/disclosure',
          severity: 'error',
          message: 'does not carry the words `Publicité` or `Collaboration commerciale` (`sponso` is not enough), which loi n° 2023-451 art. 5 requires',
        },
        { pointer: '/compliance/influencers/disclosure', severity: 'error', message: 'en fin de légende' },
      ],
    },
    {
      name: 'France: "#ad" is not enough either',
      yaml: swap(fr, 'disclosure: "Collaboration commerciale en début de légende"', 'disclosure: "#ad"'),
      findings: [{ pointer: '/compliance/influencers/disclosure', message: 'loi n° 2023-451 art. 5' }],
    },
    {
      name: 'an EU plan (Sweden) is judged under Swedish guidance and EU law',
      yaml: swap(swap(influencer, 'jurisdictions: [US]', 'jurisdictions: [SE]'), 'disclosure: "#ad"', 'disclosure: "i samarbete med Lakeside"'),
      findings: [
        {
          pointer: '/compliance/influencers/disclosure',
          message: 'uses `samarbete`, which does not make a paid or material connection clear (marknadsföringslagen (2008:486) 9 §)',
        },
      ],
    },
    {
      name: 'a plan-level disclosure and reviewed contracts are needed; an unconfirmed entry is a warning',
      yaml: plan`
        organization: {name: Lakeside Pediatrics, jurisdictions: [US]}
        budget:
          lines:
            - item: Parent micro-influencers
              category: influencers
        content:
          calendar:
            - date: 2027-02-03
              channel: instagram
              type: influencer
      `,
      findings: [
        { pointer: '/compliance/influencers/contracts_reviewed', severity: 'warning', message: 'contracts are not marked as reviewed', line: 1, column: 1 },
        {
          pointer: '/compliance/influencers/disclosure',
          severity: 'error',
          message: 'the plan pays for endorsements (budget line `Parent micro-influencers`) but states no disclosure',
          line: 1,
          column: 1,
        },
        { pointer: '/content/calendar/0/disclosure', severity: 'warning', message: 'does not say that it discloses the material connection' },
      ],
    },
    {
      name: 'an employee-advocacy (ambassador) budget line is an endorsement too',
      yaml: 'organization: {jurisdictions: [US]}\nbudget:\n  lines:\n    - item: Nurse ambassadors\n      category: staff\n',
      findings: [
        { pointer: '/compliance/influencers/contracts_reviewed', severity: 'warning', message: 'not marked as reviewed' },
        { pointer: '/compliance/influencers/disclosure', severity: 'error', message: 'the plan pays for endorsements (budget line `Nurse ambassadors`)' },
      ],
    },
  ],
  notApplicable: [
    {
      name: 'no endorsement',
      yaml: 'organization: {name: Lakeside Pediatrics, jurisdictions: [US]}\ncontent:\n  calendar:\n    - date: 2027-01-11\n      type: educational\n',
      reason: 'the plan has no influencer or employee-advocacy budget line and no influencer or sponsored calendar entry',
    },
    { name: 'a plan outside the US, the EU/EEA and the UK', yaml: swap(influencer, 'jurisdictions: [US]', 'jurisdictions: [CA]'), reason: 'names CA' },
  ],
});

ruleTester('endorsement/typical-results', {
  valid: [
    {
      name: 'a result with the generally expected result next to it',
      yaml: 'organization: {jurisdictions: [US]}\ncontent:\n  calendar:\n    - date: 2027-03-01\n      type: testimonial\n      topic: "Walked out the same day; most patients go home in 1-2 days, results vary"\n      consent_ref: AUTH-1\n',
    },
    {
      name: 'a story that claims no result',
      yaml: 'organization: {jurisdictions: [US]}\ncontent:\n  calendar:\n    - date: 2027-03-01\n      type: patient-story\n      topic: "A teacher on her first year back in class"\n      consent_ref: AUTH-1\n',
    },
  ],
  invalid: [
    {
      name: 'probe: "walked out the same day" without the generally expected result',
      yaml: 'organization: {jurisdictions: [US]}\ncontent:\n  calendar:\n    - date: 2027-03-01\n      type: testimonial\n      topic: "Ortho testimonial: I walked out the same day"\n      consent_ref: AUTH-1\n',
      findings: [
        {
          pointer: '/content/calendar/0/topic',
          severity: 'warning',
          message: 'is a testimonial that claims a result (`walked out the same day`) without saying what people can generally expect (16 CFR 255.2(b))',
        },
      ],
    },
    {
      name: 'probe: a paid creator\'s "helped us conceive"',
      yaml: 'organization: {jurisdictions: [US]}\ncontent:\n  calendar:\n    - date: 2027-02-14\n      type: influencer\n      topic: "How the app helped us conceive after 14 months"\n      disclosure: true\n',
      findings: [{ pointer: '/content/calendar/0/topic', message: '`helped us conceive`' }],
    },
    {
      name: 'probe: "10 years younger" in the draft text',
      yaml: 'organization: {jurisdictions: [US]}\ncontent:\n  calendar:\n    - date: 2027-02-14\n      type: testimonial\n      topic: Facial rejuvenation story\n      copy: "I look 10 years younger!"\n      consent_ref: AUTH-1\n',
      findings: [{ pointer: '/content/calendar/0/copy', message: '`years younger`' }],
    },
  ],
  notApplicable: [{ name: 'a French plan', yaml: 'organization: {jurisdictions: [FR]}\n', reason: '16 CFR 255.2(b) is US law; this plan names FR' }],
});

ruleTester('endorsement/prohibited-promotion', {
  valid: [
    {
      name: 'a French clinic that pays a creator to promote its flu vaccination days',
      yaml: 'organization: {name: Centre de santé, jurisdictions: [FR]}\ncontent:\n  calendar:\n    - date: 2027-10-01\n      type: influencer\n      topic: "Journée de vaccination contre la grippe"\n      disclosure: true\n',
    },
  ],
  invalid: [
    {
      name: 'probe: a French aesthetic clinic pays lifestyle influencers in free sessions',
      yaml: plan`
        organization: {name: Clinique du Parc, type: clinic, jurisdictions: [FR, EU], covered_entity: false}
        why: Nos patientes découvrent la médecine et la chirurgie esthétiques sur Instagram.
        budget:
          lines:
            - item: Partenariats avec des influenceuses lifestyle (séances offertes en échange de publications)
              category: influencers
              amount: 60000
        content:
          calendar:
            - date: 2027-02-20
              channel: tiktok
              type: influencer
              topic: "Collaboration avec @lea.glow : ma journée injections de lèvres à la clinique"
              disclosure: true
      `,
      findings: [
        {
          pointer: '/budget/lines/0/item',
          severity: 'critical',
          message:
            "pays influencers to promote the clinic's aesthetic procedures (the organisation offers `médecine et la chirurgie esthétique…`), which French law forbids (loi n° 2023-451 art. 4)",
        },
        { pointer: '/content/calendar/0/topic', severity: 'critical', message: 'is influencer promotion of an aesthetic procedure (`injections de lèvres`)' },
      ],
    },
  ],
  notApplicable: [
    {
      name: 'a US medspa (French law does not reach it)',
      yaml: 'organization: {jurisdictions: [US]}\ncontent:\n  calendar:\n    - date: 2027-02-20\n      type: influencer\n      topic: Lip filler day\n      disclosure: true\n',
      reason: 'loi n° 2023-451 art. 4 is French law; this plan names US',
    },
  ],
});

describe('one obligation, the law of the jurisdiction', () => {
  it('a French plan gets no US-law finding', () => {
    const r = lint(swap(fr, 'disclosure: "Collaboration commerciale en début de légende"', 'disclosure: "#sponso en fin de légende"'));
    const usLaw = /\b(?:CFR|U\.S\.C\.|FTC|HIPAA|RCW|NRS|Conn\.)\b/;
    const compliance = r.findings.filter((f) => f.category === 'compliance');
    expect(compliance.length).toBeGreaterThan(0);
    expect(compliance.filter((f) => usLaw.test(f.message)).map((f) => f.message)).toEqual([]);
    for (const x of r.rules.filter((x) => /^(hipaa|ftc|fda|consumer-health)\//.test(x.ruleId))) expect(x.status, x.ruleId).toBe('skipped');
  });
});
