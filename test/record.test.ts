/**
 * The heart of the suite: the replay's state at each documented date of the two recorded
 * sequences, as the seed articles describe them.
 */
import { describe, expect, test } from 'vitest';
import { outcomeOf } from '../src/engine/run.js';
import { loadCatalog, quotedIn } from '../src/scenario/catalog.js';
import { ASTANA, GENEVA, mustLoad, replayFile } from './helpers/scenarios.js';

const stateOn = (file: string, until: string) => outcomeOf(replayFile(file, { until })).state;

describe('Geneva 2016, day by day', () => {
  test.each([
    // Postponed from 25 to 29 January while the opposition delegation was disputed.
    [
      '2016-01-25',
      {
        process: 'delayed',
        opposition: 'undecided',
        government: 'undecided',
        ceasefireTrack: 'offAgenda',
      },
    ],
    // The HNC letter to Ban Ki-moon changes demands, not states.
    [
      '2016-01-26',
      {
        process: 'delayed',
        opposition: 'undecided',
        government: 'undecided',
        ceasefireTrack: 'offAgenda',
      },
    ],
    // "We will not be in Geneva tomorrow."
    [
      '2016-01-28',
      {
        process: 'delayed',
        opposition: 'boycott',
        government: 'undecided',
        ceasefireTrack: 'offAgenda',
      },
    ],
    // The talks open with the government delegation alone.
    [
      '2016-01-29',
      {
        process: 'preparatory',
        opposition: 'boycott',
        government: 'attending',
        ceasefireTrack: 'offAgenda',
      },
    ],
    // The HNC arrives on Saturday.
    [
      '2016-01-30',
      {
        process: 'preparatory',
        opposition: 'attending',
        government: 'attending',
        ceasefireTrack: 'offAgenda',
      },
    ],
    [
      '2016-01-31',
      {
        process: 'preparatory',
        opposition: 'attending',
        government: 'attending',
        ceasefireTrack: 'offAgenda',
      },
    ],
    // De Mistura declares the official start and calls for ceasefire talks.
    [
      '2016-02-01',
      {
        process: 'proximityTalks.declared',
        opposition: 'attending',
        government: 'attending',
        ceasefireTrack: 'proposed',
      },
    ],
    // Jaafari: "the preparatory stage"; the HNC points to a withdrawal by Friday.
    [
      '2016-02-02',
      {
        process: 'proximityTalks.contested',
        opposition: 'walkoutThreat',
        government: 'attending',
        ceasefireTrack: 'proposed',
      },
    ],
    // The envoy's temporary pause, with the walkout deadline still pending; the HNC says it will leave the next day.
    [
      '2016-02-03',
      {
        process: 'suspended',
        opposition: 'walkoutThreat',
        government: 'attending',
        ceasefireTrack: 'proposed',
      },
    ],
    // It leaves Geneva, not to come back without a change on the ground.
    [
      '2016-02-04',
      {
        process: 'suspended',
        opposition: 'walkedOut',
        government: 'attending',
        ceasefireTrack: 'proposed',
      },
    ],
    // Munich: the ISSG task force is to work out a nationwide cessation of hostilities.
    [
      '2016-02-11',
      {
        process: 'suspended',
        opposition: 'walkedOut',
        government: 'attending',
        ceasefireTrack: 'negotiating',
      },
    ],
    // The envoy: the talks cannot realistically resume on 25 February.
    [
      '2016-02-19',
      {
        process: 'suspended',
        opposition: 'walkedOut',
        government: 'attending',
        ceasefireTrack: 'negotiating',
      },
    ],
    // The United States and Russia adopt the terms of a cessation of hostilities.
    [
      '2016-02-22',
      {
        process: 'suspended',
        opposition: 'walkedOut',
        government: 'attending',
        ceasefireTrack: 'agreed',
      },
    ],
    // Resolution 2268 endorses it, an hour before it takes effect.
    [
      '2016-02-26',
      {
        process: 'suspended',
        opposition: 'walkedOut',
        government: 'attending',
        ceasefireTrack: 'agreed',
      },
    ],
    // In force from 00:00 Damascus time.
    [
      '2016-02-27',
      {
        process: 'suspended',
        opposition: 'walkedOut',
        government: 'attending',
        ceasefireTrack: 'inForce',
      },
    ],
    // The HNC says it will attend the talks on 14 March.
    [
      '2016-03-11',
      {
        process: 'suspended',
        opposition: 'attending',
        government: 'attending',
        ceasefireTrack: 'inForce',
      },
    ],
    // The envoy opens the new round: proximity talks again.
    [
      '2016-03-14',
      {
        process: 'proximityTalks.declared',
        opposition: 'attending',
        government: 'attending',
        ceasefireTrack: 'inForce',
      },
    ],
    // The round closes with the envoy's paper of twelve points.
    [
      '2016-03-24',
      {
        process: 'concluded',
        opposition: 'attending',
        government: 'attending',
        ceasefireTrack: 'inForce',
      },
    ],
  ])('on %s', (date, expected) => {
    expect(stateOn(GENEVA, date)).toEqual(expected);
  });

  test('every recorded move is one the model accepts', () => {
    const run = replayFile(GENEVA);
    expect(run.entries.filter((e) => !e.step.accepted).map((e) => e.step.id)).toEqual([]);
    expect(run.entries.length).toBeGreaterThanOrEqual(25);
  });

  test('the record ends with the disputed start kept as each side claims it', () => {
    const outcome = outcomeOf(replayFile(GENEVA));
    expect(outcome.claims).toEqual({
      'de-mistura': 'started',
      government: 'preparatory',
      hnc: 'notStarted',
    });
  });

  test('by 2 February each side has said where the talks stand: the HNC in its written statement', () => {
    expect(outcomeOf(replayFile(GENEVA, { until: '2016-02-01' })).claims).toEqual({
      'de-mistura': 'started',
    });
    expect(outcomeOf(replayFile(GENEVA, { until: '2016-02-02' })).claims).toEqual({
      'de-mistura': 'started',
      government: 'preparatory',
      hnc: 'notStarted',
    });
  });

  test('the walkout threat names all that EA WorldView says was missing: ceasefires, detainee releases, aid', () => {
    const context = replayFile(GENEVA, { until: '2016-02-02' }).entries.at(-1)!.state.machine
      .context;
    expect([...context.walkoutDeadline!.conditions].sort()).toEqual([
      'endAirStrikes',
      'humanitarianAccess',
      'liftSieges',
      'releaseDetainees',
    ]);
  });

  test('the delegation is disputed by the government on 1 February, as the digest of that day reports it, and by Russia on 2 February', () => {
    const disputed = (until: string) =>
      replayFile(GENEVA, { until }).entries.at(-1)!.state.machine.context.disputedDelegates;
    expect(disputed('2016-01-31')).toEqual([]);
    expect(disputed('2016-02-02')).toEqual([
      { group: 'Ahrar al-Sham and the Army of Islam', by: 'government' },
      { group: 'Army of Islam', by: 'russia' },
    ]);
  });

  test('the walkout deadline of Friday 5 February is pending when the talks pause, until the HNC leaves Geneva on 4 February', () => {
    const paused = outcomeOf(replayFile(GENEVA, { until: '2016-02-03' }));
    expect(paused.pendingDeadlines).toEqual([{ actor: 'hnc', due: '2016-02-05' }]);
    expect(paused.walkout).toBeNull();
    const ids = replayFile(GENEVA, { until: '2016-02-03' }).entries.map((e) => e.step.id);
    expect(ids.indexOf('temporary-pause')).toBeLessThan(ids.indexOf('hnc-will-leave'));
    const left = outcomeOf(replayFile(GENEVA, { until: '2016-02-04' }));
    expect(left.pendingDeadlines).toEqual([]);
    expect(left.walkout).toEqual({ date: '2016-02-04', origin: 'script' });
  });

  test('the model reaches "close to zero" on its own; the envoy\'s assessment is noted beside it, not imposed', () => {
    const run = replayFile(GENEVA, { until: '2016-02-02' });
    const assessed = run.entries.find((e) => e.step.id === 'confidence-near-zero')!;
    const before = run.entries[assessed.step.index - 1]!.state.machine.context.confidence;
    expect(before).toBeLessThanOrEqual(5);
    expect(assessed.state.machine.context.confidence).toBe(before);
    expect(assessed.state.machine.context.assessment).toEqual({
      actor: 'de-mistura',
      level: 5,
      date: '2016-02-02',
    });
    expect(assessed.step.effects).toEqual([
      { kind: 'assessment', actor: 'de-mistura', level: 5, model: before },
    ]);
    expect(replayFile(GENEVA, { until: '2016-01-24' }).initial.machine.context.confidence).toBe(30);
  });

  test('the offensive north of Aleppo leaves the end of air strikes unmet', () => {
    const context = replayFile(GENEVA, { until: '2016-02-01' }).entries.at(-1)!.state.machine
      .context;
    expect(context.preconditions.endAirStrikes).toEqual({ demanded: true, met: false });
    expect(context.military.offensives).toEqual([
      { actor: 'syrian-army', area: 'north of Aleppo', intensity: 'massive', date: '2016-02-01' },
    ]);
  });
});

describe('Astana 2017, from the ceasefire of 30 December', () => {
  test.each([
    [
      '2016-12-29',
      {
        process: 'scheduled',
        opposition: 'undecided',
        government: 'undecided',
        ceasefireTrack: 'agreed',
      },
    ],
    [
      '2016-12-30',
      {
        process: 'scheduled',
        opposition: 'undecided',
        government: 'undecided',
        ceasefireTrack: 'inForce',
      },
    ],
    // Both delegations in Astana on Sunday; regime air strikes on Homs strain the ceasefire.
    [
      '2017-01-22',
      {
        process: 'preparatory',
        opposition: 'attending',
        government: 'attending',
        ceasefireTrack: 'inForce',
      },
    ],
    // Opening statements by the Kazakh foreign minister; the rebels refuse to sit face to face.
    [
      '2017-01-23',
      {
        process: 'proximityTalks.declared',
        opposition: 'attending',
        government: 'attending',
        ceasefireTrack: 'inForce',
      },
    ],
    // The sponsors' joint statement closes the round.
    [
      '2017-01-24',
      {
        process: 'concluded',
        opposition: 'attending',
        government: 'attending',
        ceasefireTrack: 'inForce',
      },
    ],
    // The second round, set for 15 February, waits for the rebels' and Turkey's delegations.
    [
      '2017-02-15',
      {
        process: 'concluded',
        opposition: 'attending',
        government: 'attending',
        ceasefireTrack: 'inForce',
      },
    ],
    // It opens and closes on the 16th, with both delegations.
    [
      '2017-02-16',
      {
        process: 'concluded',
        opposition: 'attending',
        government: 'attending',
        ceasefireTrack: 'inForce',
      },
    ],
    // The rebels say they will stay away from the third round.
    [
      '2017-03-13',
      {
        process: 'concluded',
        opposition: 'boycott',
        government: 'attending',
        ceasefireTrack: 'inForce',
      },
    ],
    // The third round opens without the rebels.
    [
      '2017-03-14',
      {
        process: 'preparatory',
        opposition: 'boycott',
        government: 'attending',
        ceasefireTrack: 'inForce',
      },
    ],
    // It closes with nothing but a date for the next: 3-4 May.
    [
      '2017-03-15',
      {
        process: 'suspended',
        opposition: 'boycott',
        government: 'attending',
        ceasefireTrack: 'inForce',
      },
    ],
    // The fourth round, the rebels back in Astana (and suspending their participation for a day).
    [
      '2017-05-03',
      {
        process: 'proximityTalks.declared',
        opposition: 'attending',
        government: 'attending',
        ceasefireTrack: 'inForce',
      },
    ],
    // Russia, Turkey and Iran sign the de-escalation memorandum; opposition delegates walk out of the ceremony.
    [
      '2017-05-04',
      {
        process: 'concluded',
        opposition: 'attending',
        government: 'attending',
        ceasefireTrack: 'inForce',
      },
    ],
  ])('on %s', (date, expected) => {
    expect(stateOn(ASTANA, date)).toEqual(expected);
  });

  test('the refusal of face-to-face talks and the Homs strikes are in the context', () => {
    const context = replayFile(ASTANA, { until: '2017-01-23' }).entries.at(-1)!.state.machine
      .context;
    expect(context.faceToFace).toEqual({ opposition: false });
    expect(context.ceasefireViolations).toBe(1);
  });

  test('every recorded move is one the model accepts', () => {
    expect(replayFile(ASTANA).entries.filter((e) => !e.step.accepted)).toEqual([]);
  });
});

describe('the corrections of the fact-check', () => {
  const step = (file: string, id: string) =>
    replayFile(file).entries.find((e) => e.step.id === id)!.step;

  test("Kerry's appeal was released on Sunday 31 January, not 1 February", () => {
    expect(step(GENEVA, 'kerry-appeal').date).toBe('2016-01-31');
    expect(replayFile(GENEVA, { until: '2016-01-31' }).entries.map((e) => e.step.id)).toContain(
      'kerry-appeal',
    );
  });

  test("Lavrov in Muscat on 3 February refused to stop the air strikes: no ceasefire veto, only Gatilov's of 2 February", () => {
    const lavrov = step(GENEVA, 'lavrov-strikes-go-on');
    expect([lavrov.date, lavrov.type, lavrov.actor]).toEqual([
      '2016-02-03',
      'STATEMENT_ISSUED',
      'russia',
    ]);
    const context = replayFile(GENEVA, { until: '2016-02-03' }).entries.at(-1)!.state.machine
      .context;
    expect(context.ceasefireVetoes).toEqual([
      { actor: 'russia', scope: 'not applicable to "terrorists"' },
    ]);
    expect(context.preconditions.endAirStrikes).toEqual({ demanded: true, met: false });
  });

  test('on 3 February, after the pause, the HNC says it will leave Geneva; it leaves on the 4th', () => {
    const said = step(GENEVA, 'hnc-will-leave');
    expect([said.date, said.type, said.actor]).toEqual(['2016-02-03', 'STATEMENT_ISSUED', 'hnc']);
    const leaves = step(GENEVA, 'hnc-leaves-geneva');
    expect([leaves.date, leaves.type, leaves.actor]).toEqual(['2016-02-04', 'WALKED_OUT', 'hnc']);
  });

  test("Astana's second round opened on Thursday 16 February, a day late, and closed that day", () => {
    const opens = step(ASTANA, 'second-round-opens');
    const closes = step(ASTANA, 'monitoring-group');
    expect([opens.date, opens.type, closes.date, closes.type]).toEqual([
      '2017-02-16',
      'TALKS_RESUMED',
      '2017-02-16',
      'TALKS_CONCLUDED',
    ]);
    expect(stateOn(ASTANA, '2017-02-15').process).toBe('concluded');
  });

  test('the rebels said on Monday 13 March, the day before the third round, that they would stay away', () => {
    const away = step(ASTANA, 'rebels-stay-away');
    expect([away.date, away.type, away.actor]).toEqual([
      '2017-03-13',
      'BOYCOTT_ANNOUNCED',
      'rebels',
    ]);
    expect(away.source!.quote).toMatch(/on March 13 said they would not attend/);
  });

  test('the rebels arrived for the fourth round on Tuesday 2 May, as the Kazakh foreign ministry said', () => {
    const back = step(ASTANA, 'rebels-return');
    expect([back.date, back.type, back.actor]).toEqual([
      '2017-05-02',
      'DELEGATION_ARRIVED',
      'rebels',
    ]);
    expect(stateOn(ASTANA, '2017-05-02')).toMatchObject({
      process: 'suspended',
      opposition: 'attending',
    });
  });

  test('the third round closed with a meeting set for early May, no day: the record claims none', () => {
    expect(step(ASTANA, 'third-round-closes').payload).toEqual({});
  });

  test("the co-chairs' terms exclude Daesh and Jabhat al-Nusra, as their statement says", () => {
    const terms = step(GENEVA, 'cessation-terms-adopted');
    expect(terms.payload).toMatchObject({ scope: expect.stringMatching(/Daesh, Jabhat al-Nusra/) });
    expect(
      loadCatalog()
        .sources.get('state-2016-02-22')!
        .excerpts.some((e) => quotedIn('does not apply to “Daesh”, “Jabhat al-Nusra”', e)),
    ).toBe(true);
  });

  test("the HNC's departure of 4 February and return of 11 March say what dates them: an announcement, a decision", () => {
    const notes = mustLoad(GENEVA).events.filter((e) =>
      ['hnc-leaves-geneva', 'hnc-will-attend'].includes(e.id),
    );
    expect(notes.map((e) => e.note)).toEqual([
      expect.stringMatching(/^Dated by the announcement, not by a report of the departure/),
      expect.stringMatching(/^Dated by the HNC's decision of Friday 11 March/),
    ]);
  });

  test('Hardatneen was taken as Syrian state media say', () => {
    expect(mustLoad(GENEVA).events.find((e) => e.id === 'hardatneen-taken')!.source!.quote).toMatch(
      /^Syrian state media say /,
    );
  });

  test('the Astana monitoring mechanism was set up by Russia, Turkey and Iran together, Iran among the actors', () => {
    const scenario = mustLoad(ASTANA);
    expect(scenario.actors.find((a) => a.id === 'iran')).toEqual({
      id: 'iran',
      name: 'Iran',
      role: 'sponsor',
    });
    const mechanism = replayFile(ASTANA, { until: '2017-01-24' })
      .entries.map((e) => e.step)
      .filter((s) => s.type === 'ASSURANCES_OFFERED' && s.date === '2017-01-24');
    expect(mechanism.map((s) => s.actor)).toEqual(['russia', 'turkey', 'iran']);
  });
});

describe('the ceasefire track reaches agreed and inForce on the recorded dates', () => {
  const track = (file: string, until: string) => stateOn(file, until).ceasefireTrack;

  test("Geneva: the co-chairs' terms of 22 February, in force from 27 February", () => {
    expect([
      track(GENEVA, '2016-02-21'),
      track(GENEVA, '2016-02-22'),
      track(GENEVA, '2016-02-26'),
      track(GENEVA, '2016-02-27'),
    ]).toEqual(['negotiating', 'agreed', 'agreed', 'inForce']);
    const moved = replayFile(GENEVA)
      .entries.map((e) => e.step)
      .filter((s) => s.type === 'CEASEFIRE_AGREED' || s.type === 'CEASEFIRE_TOOK_EFFECT');
    expect(moved.map((s) => [s.id, s.date, s.actor])).toEqual([
      ['cessation-terms-adopted', '2016-02-22', 'co-chairs'],
      ['cessation-in-force', '2016-02-27', 'co-chairs'],
    ]);
  });

  test('Astana: agreed on 29 December 2016, in force from 30 December', () => {
    expect([track(ASTANA, '2016-12-29'), track(ASTANA, '2016-12-30')]).toEqual([
      'agreed',
      'inForce',
    ]);
  });
});

/** Words the quote of each event of a type must contain: a type its own quote supports. */
const TYPE_WORDS: Record<string, RegExp> = {
  TALKS_DELAYED: /rescheduled|postponed/i,
  BOYCOTT_ANNOUNCED: /will not be in|refused to join|would not attend/i,
  DELEGATION_VETOED: /could not be a part|divided over/i,
  DELEGATION_ARRIVED: /arriv|flew into|left Damascus|preparatory meeting|not left the building/i,
  ENVOY_MET: /meet|met |talks with|visit/i,
  FORMAL_START_DECLARED: /officially|opening statements/i,
  START_DISPUTED: /preparatory stage|before the start/i,
  MEETING_CANCELLED: /cancelled/i,
  PROTEST_HELD: /protest|walked out/i,
  OFFENSIVE_LAUNCHED: /offensive/i,
  TERRITORY_TAKEN: /took|cut through/i,
  ATTACK_CLAIMED: /claimed responsibility/i,
  WALKOUT_THREATENED: /withdrawal/i,
  WALKED_OUT: /leave/i,
  RETURNED_TO_TALKS: /would attend/i,
  FACE_TO_FACE_REFUSED: /refused to negotiate face-to-face/i,
  CEASEFIRE_CALLED: /ceasefire/i,
  CEASEFIRE_RULED_OUT: /ceasefire/i,
  CEASEFIRE_TALKS_OPENED: /cessation of hostilities/i,
  CEASEFIRE_AGREED: /ceasefire|cessation of hostilities/i,
  CEASEFIRE_TOOK_EFFECT: /ceasefire in Syria to start|came into effect/i,
  CEASEFIRE_VIOLATED: /air strikes killed/i,
  CONFIDENCE_ASSESSED: /confidence/i,
  TALKS_SUSPENDED: /pause|meet again/i,
  TALKS_RESUMED: /opened|hosted|started|plenary session|beginning of the negotiations/i,
  TALKS_CONCLUDED: /conclu|finished|joint statement|memorandum/i,
};

describe("every recorded event's type is supported by its own quote", () => {
  test.each([GENEVA, ASTANA])('%s', (file) => {
    const unsupported = mustLoad(file)
      .events.filter((e) => TYPE_WORDS[e.type] && !TYPE_WORDS[e.type]!.test(e.source!.quote))
      .map((e) => `${e.id} (${e.type})`);
    expect(unsupported).toEqual([]);
  });
});
