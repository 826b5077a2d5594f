import { Secret, TOTP } from "otpauth";
import QRCode from "qrcode";

// RFC 6238 defaults that every authenticator app reads: SHA-1, 6 digits, 30-second steps.
const ISSUER = "SIMKIN";
const PERIOD = 30;

function totpFor(secret: string, label: string): TOTP {
  return new TOTP({
    issuer: ISSUER,
    label,
    algorithm: "SHA1",
    digits: 6,
    period: PERIOD,
    secret: Secret.fromBase32(secret),
  });
}

/** A fresh 160-bit secret (RFC 4226 recommends at least 128), base32 as the apps expect. */
export function newSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/** The otpauth:// URI and its QR code as a PNG data URL, which the CSP's `img-src data:` allows. */
export async function enrolmentFor(secret: string, label: string) {
  const otpauthUri = totpFor(secret, label).toString();
  const qrDataUrl = await QRCode.toDataURL(otpauthUri, { errorCorrectionLevel: "M", margin: 2, width: 240 });
  return { secret, otpauthUri, qrDataUrl };
}

/**
 * The time step a correct code belongs to, or null. One step either side is accepted for clocks that drift; the
 * caller refuses a step it has already seen (isFreshTotpStep).
 */
export function matchingStep(secret: string, code: string, now: Date): number | null {
  const totp = totpFor(secret, ISSUER);
  const delta = totp.validate({ token: code, timestamp: now.getTime(), window: 1 });
  return delta === null ? null : totp.counter({ timestamp: now.getTime() }) + delta;
}
