/**
 * The name of a per-secret file. It is the delivered name, except where Windows would open a
 * device instead of a file: CON, PRN, AUX, NUL, COM0–COM9 and LPT0–LPT9, in any case and with
 * any extension (Microsoft, "Naming Files, Paths, and Namespaces"). Those get a `-secret` suffix:
 * `-` is not a character of any secret name, so no other delivered name can take the result. The
 * same name on every OS, so a job's paths do not depend on the runner.
 */
const DEVICE = /^(?:CON|PRN|AUX|NUL|COM[0-9]|LPT[0-9])$/i;

export function perSecretFileName(name: string): string {
  return DEVICE.test(name) ? `${name}-secret` : name;
}
