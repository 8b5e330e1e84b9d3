/** One category of the reserved-name policy (reserved.ts, reserved-windows.ts). */
export interface ReservedCategory {
  /** Short name shown in errors and docs. */
  name: string;
  /** Why a secret must not set these. */
  why: string;
  /** Upper-case exact names. */
  names?: readonly string[];
  /** Upper-case prefixes. */
  prefixes?: readonly string[];
  /** Upper-case exact names that a prefix above would catch but that are plain values. */
  except?: readonly string[];
}
