/**
 * The insert dialog's payload step as data: one row per field (one per option of a list), the
 * values the teacher set, and the payload they make. Pure, no Ink; the fields, their options and
 * the defaults come from the model (payloadFields.ts, legalMoves.ts).
 */
import type { TalksContext } from '../model/context.js';
import { addDays, daysBetween, isIsoDate } from '../model/dates.js';
import { PRECONDITION_NAMES, type Precondition } from '../model/domain.js';
import type { Payload } from '../model/events.js';
import { actorChoices, type LegalMove, type MoveSetting } from '../model/legalMoves.js';
import { payloadFields, payloadProblem, type PayloadField } from '../model/payloadFields.js';

export type FormRow =
  /** A list's name: the cursor passes it by. */
  | { readonly kind: 'list'; readonly field: PayloadField }
  /** One option of a list, ticked or not. */
  | { readonly kind: 'option'; readonly field: PayloadField; readonly option: string }
  | { readonly kind: 'value'; readonly field: PayloadField };

export interface PayloadForm {
  readonly move: LegalMove;
  readonly rows: readonly FormRow[];
  /** Text for a single value ('' for none); the ticked options for a list. */
  readonly values: Readonly<Record<string, string | readonly string[]>>;
  /** What a one-of field may be: the vocabulary's options, or the actors a move may name. */
  readonly choices: Readonly<Record<string, readonly string[]>>;
  /** The row the cursor is on: never a list's name. */
  readonly at: number;
}

export type FormEdit =
  | { readonly kind: 'move'; readonly by: 1 | -1 }
  | { readonly kind: 'step'; readonly by: 1 | -1 }
  | { readonly kind: 'type'; readonly text: string }
  | { readonly kind: 'erase' };

const rowsOf = (fields: readonly PayloadField[]): FormRow[] =>
  fields.flatMap((field): FormRow[] =>
    field.kind === 'choices'
      ? [
          { kind: 'list', field },
          ...field.options.map((option): FormRow => ({ kind: 'option', field, option })),
        ]
      : [{ kind: 'value', field }],
  );

const textOf = (value: unknown): string => (value === undefined ? '' : String(value));

/** The form's value of a field: each field of the move has one from the start. */
function fieldValue(form: PayloadForm, name: string): string | readonly string[] {
  const value = form.values[name];
  if (value === undefined) throw new Error(`the form for ${form.move.type} has no field ${name}`);
  return value;
}

/** A single value's text ('' for none). */
export function fieldText(form: PayloadForm, name: string): string {
  const value = fieldValue(form, name);
  return typeof value === 'string' ? value : value.join(' ');
}

/** A list's ticked options. */
export function fieldTicks(form: PayloadForm, name: string): readonly string[] {
  const value = fieldValue(form, name);
  return typeof value === 'string' ? [] : value;
}

/** What a one-of field may be set to: none for a field with no options. */
export const fieldChoices = (form: PayloadForm, name: string): readonly string[] =>
  form.choices[name] ?? [];

/**
 * The form for `move`, its fields holding the move's default payload.
 * @example newPayloadForm(gesture, setting).values.meets // ['endAirStrikes', 'liftSieges']
 */
export function newPayloadForm(move: LegalMove, setting: MoveSetting): PayloadForm {
  const fields = payloadFields(move.type);
  const values = Object.fromEntries(
    fields.map((f) => {
      const value = move.payload[f.name];
      return [
        f.name,
        f.kind === 'choices' ? (Array.isArray(value) ? value.map(String) : []) : textOf(value),
      ];
    }),
  );
  const mover = { id: move.actor, role: move.role };
  const choices = Object.fromEntries(
    fields.map((f) => [
      f.name,
      f.kind === 'actor' ? actorChoices(mover, setting).map((a) => a.id) : f.options,
    ]),
  );
  const rows = rowsOf(fields);
  return {
    move,
    rows,
    values,
    choices,
    at: Math.max(
      0,
      rows.findIndex((r) => r.kind !== 'list'),
    ),
  };
}

/** A date field's value as a date: typed as one, or as a number of days after the move. */
export function dateOf(text: string, day: string): string {
  return /^\d{1,4}$/.test(text) ? addDays(day, Number(text)) : text;
}

function stepValue(form: PayloadForm, field: PayloadField, text: string, by: 1 | -1): string {
  if (field.kind === 'date') {
    const date = dateOf(text, form.move.date);
    if (!isIsoDate(date)) return text;
    const next = addDays(date, by);
    return next < form.move.date ? date : next;
  }
  if (field.kind === 'number') {
    const next = (text === '' ? (field.min ?? 0) : Number(text)) + by;
    return Number.isFinite(next)
      ? String(Math.max(field.min ?? -Infinity, Math.min(field.max ?? Infinity, next)))
      : text;
  }
  if (field.kind === 'choice' || field.kind === 'actor') {
    const options = [...(field.optional ? [''] : []), ...fieldChoices(form, field.name)];
    return options[(options.indexOf(text) + by + options.length) % options.length] ?? text;
  }
  return text;
}

/**
 * Which characters a value takes as typed: a number its digits, a date its own or a count of
 * days.
 */
const TYPED: Partial<Record<PayloadField['kind'], RegExp>> = {
  date: /[0-9-]/,
  number: /[0-9.]/,
  text: /./u,
};

/** The form after one key's worth of editing. */
export function editForm(form: PayloadForm, edit: FormEdit): PayloadForm {
  const row = form.rows[form.at];
  if (edit.kind === 'move') {
    let at = form.at + edit.by;
    while (form.rows[at]?.kind === 'list') at += edit.by;
    return form.rows[at] ? { ...form, at } : form;
  }
  if (!row || row.kind === 'list') return form;
  const { name } = row.field;
  const set = (next: string | readonly string[]): PayloadForm => ({
    ...form,
    values: { ...form.values, [name]: next },
  });
  if (row.kind === 'option') {
    // Space (or x) ticks and unticks; nothing else is typed into a box.
    if (edit.kind !== 'type' || !/^[ x]+$/i.test(edit.text)) return form;
    const ticked = fieldTicks(form, name);
    // Kept in the vocabulary's order, whatever the order of the ticks.
    return set(
      row.field.options.filter((o) =>
        o === row.option ? !ticked.includes(o) : ticked.includes(o),
      ),
    );
  }
  const text = fieldText(form, name);
  if (edit.kind === 'step') return set(stepValue(form, row.field, text, edit.by));
  if (edit.kind === 'erase') return set(text.slice(0, -1));
  if (edit.kind === 'type') {
    const allowed = TYPED[row.field.kind];
    return allowed ? set(text + [...edit.text].filter((c) => allowed.test(c)).join('')) : form;
  }
  return form;
}

/** The payload the form says: a field left empty is left out. */
export function formPayload(form: PayloadForm): Payload {
  const entries = form.rows.flatMap((row): [string, unknown][] => {
    if (row.kind !== 'value' && row.kind !== 'list') return [];
    const { name, kind } = row.field;
    if (kind === 'choices') {
      const ticked = fieldTicks(form, name);
      return ticked.length ? [[name, [...ticked]]] : [];
    }
    const text = fieldText(form, name);
    if (text === '') return [];
    if (kind === 'number') return [[name, Number(text)]];
    return [[name, kind === 'date' ? dateOf(text, form.move.date) : text]];
  });
  return Object.fromEntries(entries);
}

/** Why the form's payload cannot be inserted, or null. */
export function formProblem(form: PayloadForm): string | null {
  const empty = form.rows.find(
    (r) => r.kind !== 'option' && !r.field.optional && fieldValue(form, r.field.name).length === 0,
  );
  if (empty) {
    const needs = empty.field.kind === 'choices' ? 'tick at least one' : 'needed';
    return `${empty.field.name}: ${needs}`;
  }
  return payloadProblem(form.move.type, formPayload(form), form.move.date);
}

/** How a precondition stands now, beside its tick box: so the teacher sees which are still open. */
export function conditionStatus(context: TalksContext, option: string): string {
  if (!PRECONDITION_NAMES.includes(option as Precondition)) return '';
  const status = context.preconditions[option as Precondition];
  return status.met ? 'met already' : status.demanded ? 'demanded, unmet' : 'not demanded';
}

/** A date field's value as the teacher reads it: the date, and how far ahead it is. */
export function dateNote(text: string, day: string): string {
  const date = dateOf(text, day);
  if (!isIsoDate(date)) return 'a date YYYY-MM-DD, or a number of days ahead';
  const days = daysBetween(day, date);
  return `${date === text ? '' : `${date}, `}${days} day${days === 1 ? '' : 's'} after ${day}`;
}
