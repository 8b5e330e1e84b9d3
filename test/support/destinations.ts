import { ACTION_SPELLING } from '../../src/core/common/spelling.js';
import type { Destinations } from '../../src/core/delivery/destinations.js';
import type { Os } from '../../src/core/platform/os.js';

/** Destinations for a process environment on `os`, nothing to files, nothing unmasked; `extra` overrides. */
export function envDestinations(os: Os, extra: Partial<Destinations> = {}): Destinations {
  return { env: true, files: new Set<string>(), unmasked: new Set<string>(), allowed: [], spelling: ACTION_SPELLING, os, ...extra };
}
