// The built page's Content-Security-Policy: scripts and styles only from its own folder, and no
// connections at all (connect-src 'none'), so a pasted transcript cannot leave the browser even by
// mistake. No 'unsafe-eval': the JSON Schema validators are compiled at build time (precompiled.ts).
// Only in the build: Vite's dev server injects styles and opens a websocket, which this policy would
// block.
import type { Plugin } from "vite";

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'none'",
  "form-action 'none'",
].join("; ");

export function contentSecurityPolicy(): Plugin {
  return {
    name: "beleefd-content-security-policy",
    apply: "build",
    transformIndexHtml: () => [
      { tag: "meta", attrs: { "http-equiv": "Content-Security-Policy", content: CONTENT_SECURITY_POLICY }, injectTo: "head-prepend" },
    ],
  };
}
