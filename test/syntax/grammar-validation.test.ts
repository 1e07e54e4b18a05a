import { describe, expect, it } from 'vitest';
import { validatedParser } from '../../server/src/core/syntax/parser';

// The shared parser skips Chevrotain's grammar validations for speed; this is where they run.
describe('grammar', () => {
  it('passes every grammar validation (no ambiguity, no left recursion)', () => {
    expect(() => validatedParser()).not.toThrow();
  });
});
