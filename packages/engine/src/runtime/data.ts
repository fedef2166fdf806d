/** Instance data checked against the definition's JSON Schema (converted by zod). */
import { z } from 'zod';
import { EngineError } from '../errors.js';
import type { ProcessDefinition, StepDef } from '../definition.js';

const cache = new WeakMap<object, z.ZodType>();

function schemaOf(def: ProcessDefinition): z.ZodType {
  let s = cache.get(def.form);
  if (!s) {
    s = z.fromJSONSchema(def.form as never);
    cache.set(def.form, s);
  }
  return s;
}

export function validateData(def: ProcessDefinition, data: Record<string, unknown>): void {
  const r = schemaOf(def).safeParse(data);
  if (!r.success) {
    throw new EngineError(
      400,
      'engine.invalidData',
      {},
      r.error.issues.map((i) => ({ path: ['data', ...i.path.map(String)].join('.'), code: i.code, message: i.message })),
    );
  }
}

/** Merges a step's patch into the data: only the step's declared fields may be written. */
export function mergeStepData(def: ProcessDefinition, step: StepDef, data: Record<string, unknown>, patch: Record<string, unknown> | undefined): Record<string, unknown> {
  if (!patch || Object.keys(patch).length === 0) return data;
  for (const k of Object.keys(patch)) {
    if (!step.fields.includes(k)) throw new EngineError(400, 'engine.fieldNotEditable', { field: k });
  }
  const next = { ...data, ...patch };
  validateData(def, next);
  return next;
}

const empty = (v: unknown) => v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);

/** A step's required fields must hold a value once it is completed. */
export function assertStepRequired(def: ProcessDefinition, step: StepDef, data: Record<string, unknown>): void {
  for (const f of step.required) {
    if (empty(data[f])) {
      const title = (def.form as { properties?: Record<string, { title?: string }> }).properties?.[f]?.title ?? f;
      throw new EngineError(400, 'engine.stepFieldRequired', { field: title }, [{ path: `data.${f}`, code: 'required', message: title }]);
    }
  }
}
