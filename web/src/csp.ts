import { setNonce } from "get-nonce";
import { z } from "zod";

// Imported first by main.tsx. The CSP forbids eval: Zod must not probe for it, before any schema is parsed.
z.config({ jitless: true, ...z.locales.id() });

/** The page's CSP nonce, put in by the server for every page (Vite's csp-nonce meta); style elements carry it. */
export const styleNonce = document.querySelector<HTMLMetaElement>('meta[property="csp-nonce"]')?.nonce ?? "";

// Mantine's modals lock scrolling through react-remove-scroll, which adds its own <style> with get-nonce's value.
setNonce(styleNonce);
