/**
 * Terms a handout may use, each with the words or names that show it is used. A handout lists
 * only the terms its own text and event types use, so a student reads no definition for nothing.
 */

interface Term {
  readonly term: string;
  readonly meaning: string;
  /** Found in the handout's text, event types or state names. */
  readonly usedWhen: RegExp;
}

const TERMS: readonly Term[] = [
  {
    term: 'CAMEO',
    meaning:
      'Conflict and Mediation Event Observations: the codebook political scientists use to code news events (e.g. 139, "threaten"); parley gives each event type its code where one fits.',
    usedWhen: /\bCAMEO\b/,
  },
  {
    term: 'cessation of hostilities',
    meaning:
      'A halt to fighting agreed between the parties, often short of a formal ceasefire and with exceptions (such as groups named as terrorist).',
    usedWhen: /cessation of hostilities/i,
  },
  {
    term: 'ceasefire track',
    meaning:
      'The negotiation of a ceasefire alongside the political talks; in parley, its own region of the statechart.',
    usedWhen: /ceasefireTrack|CEASEFIRE_/,
  },
  {
    term: 'direct talks',
    meaning: 'The delegations negotiate face to face, in one room.',
    usedWhen: /directTalks|DIRECT_TALKS|FACE_TO_FACE/,
  },
  {
    term: 'formal start',
    meaning:
      "The mediator's declaration that negotiations are under way; in Geneva 2016 the UN declared it and the government denied it.",
    usedWhen: /FORMAL_START|START_DISPUTED/,
  },
  {
    term: 'guarantors',
    meaning:
      'Outside powers that vouch for a ceasefire and answer for the side they back (Russia and Turkey at Astana in 2017, with Iran).',
    usedWhen: /guarantor/i,
  },
  {
    term: 'HNC',
    meaning:
      'High Negotiations Committee: the Syrian opposition bloc formed in Riyadh in December 2015 to negotiate in Geneva.',
    usedWhen: /\bHNC\b|High Negotiations Committee/,
  },
  {
    term: 'ISSG',
    meaning:
      'International Syria Support Group: the seventeen countries and three organisations, chaired by the US and Russia, that backed the Geneva process from 2015.',
    usedWhen: /\bISSG\b|Syria Support Group/,
  },
  {
    term: 'preconditions',
    meaning:
      'What a side demands before it will negotiate; in Geneva the opposition asked for an end to air strikes on civilians, lifted sieges, released detainees and humanitarian access.',
    usedWhen: /precondition|PRECONDITIONS_DEMANDED/i,
  },
  {
    term: 'preparatory phase',
    meaning:
      'Delegations are at the venue and meet the mediator, but formal negotiations have not started.',
    usedWhen: /preparatory/,
  },
  {
    term: 'proximity talks',
    meaning: 'The mediator shuttles between delegations in separate rooms; the sides do not meet.',
    usedWhen: /proximity ?talks|proximity format/i,
  },
  {
    term: 'resolution 2254',
    meaning:
      'UN Security Council resolution of December 2015 that set out the Syrian peace process, including the humanitarian steps the opposition cited.',
    usedWhen: /\b2254\b/,
  },
  {
    term: 'walkout deadline',
    meaning:
      'The date by which a delegation says it will leave unless its conditions are met; parley fires it on the simulated clock.',
    usedWhen: /WALKOUT_THREATENED|DEADLINE_PASSED|walkout deadline/i,
  },
];

/**
 * The glossary entries a text uses, in alphabetical order.
 * @example glossaryFor('2016-02-01 proximityTalks') // [{ term: 'proximity talks', meaning: '...' }]
 */
export function glossaryFor(text: string): { readonly term: string; readonly meaning: string }[] {
  return TERMS.filter((t) => t.usedWhen.test(text)).map(({ term, meaning }) => ({ term, meaning }));
}
