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
  readonly at: Position;
}

export interface InitialSetup {
  readonly confidence?: number;
  readonly preconditions?: Partial<Record<Precondition, { demanded?: boolean; met?: boolean }>>;
  readonly state?: Partial<Record<Region, string>>;
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
  /** The file it was read from, and the chain of files it extends, nearest first. */
  readonly file: string;
  readonly extends: readonly string[];
}
