/**
 * Limits on the public account endpoints, counted in the database so they hold across processes (issue 8). An
 * address that keeps guessing setup or reset tokens is stopped; "lupa kata sandi" sends an account at most a few
 * links an hour (further requests get the same answer and no e-mail) and an address a few more requests.
 */
export const accountLimits = {
  setupToken: { perAddress: 5, windowMinutes: 15 },
  resetToken: { perAddress: 10, windowMinutes: 15 },
  resetRequest: { perAddress: 10, perAccount: 3, windowMinutes: 60 },
} as const;

/** The first-setup token printed at a production start stays valid this long (a restart prints a new one). */
export const SETUP_TOKEN_HOURS = 24;
