// The throwaway servers' ports: every port of one call is different (two ClickHouse shards once
// took the same HTTP port, so one answered for both and the other never started).

import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module of the set-up scripts, without types.
import { freePorts } from '../../scripts/vscode/process.mjs';

describe('freePorts', () => {
  it('gives as many different ports as asked for, each one free to listen on', async () => {
    const ports = (await freePorts(8)) as number[];
    expect(new Set(ports).size).toBe(8);
    expect(ports.every((port) => Number.isInteger(port) && port > 0)).toBe(true);
  });
});
