/** A scenario after loading and `extends` resolution: what the engine runs. */
import type { Precondition, Region, Role } from '../model/domain.js';
import type { Payload } from '../model/events.js';
import type { ScriptEventType } from '../model/vocabulary.js';

/** Where a value was written: 1-based line and column. */
export interface Position {
  readonly file: string;
  readonly line: number;
  readonly col: number;
}

export interface Citation {
  readonly doc: string;
  readonly quote: string;
}

export interface Actor {
  readonly id: string;
  readonly name: string;
  readonly role: Role;
}

export interface ScenarioEvent {
  readonly id: string;
  readonly date: string;
  readonly actor: string;
  readonly type: ScriptEventType;
  readonly payload: Payload;
  readonly source: Citation | null;
  readonly note: string | null;
  /** Carried unchanged from a record: a move the policies take over when they run the actors. */
  readonly recorded: boolean;
  /**
   * In a classroom game: the team that made this move, so a save marks it. A file's marks are
   * only checked (checkTeams.ts): a resumed game rebuilds them from its decisions.
   */
  readonly team?: string;
  readonly at: Position;
}

export interface InitialSetup {
  readonly confidence?: number;
  readonly preconditions?: Partial<Record<Precondition, { demanded?: boolean; met?: boolean }>>;
  readonly state?: Partial<Record<Region, string>>;
}

/** A rule of how an actor reacts, with its defaults filled in. */
export interface Policy {
  readonly id: string;
  readonly when: {
    readonly event?: string;
    readonly actor?: string;
    readonly state?: Partial<Record<Region, string>>;
    readonly confidenceBelow?: number;
    readonly confidenceAtLeast?: number;
    readonly unmet?: readonly Precondition[];
    readonly met?: readonly Precondition[];
  };
  readonly then: {
    readonly actor: string;
    readonly type: ScriptEventType;
    readonly payload: Payload;
  };
  readonly probability: number;
  readonly delay: number;
  readonly source: Citation | null;
  readonly note: string | null;
}

export interface Scenario {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly seed: number;
  readonly start: string;
  readonly actors: readonly Actor[];
  readonly initial: InitialSetup;
  readonly events: readonly ScenarioEvent[];
  readonly policies: readonly Policy[];
  /** A classroom game's teams: team name -> the actor id it plays. The rules never move these actors. */
  readonly teams?: Readonly<Record<string, string>>;
  /** A what-if's first event that differs from its record (an index into `events`); null for a record. */
  readonly forkAt: number | null;
  /** The last day a simulation runs to: moves and deadlines due by then still happen. */
  readonly end: string;
  /** The file it was read from, and the chain of files it extends, nearest first. */
  readonly file: string;
  readonly extends: readonly string[];
}
