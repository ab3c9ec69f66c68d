/**
 * Hints about the browser for the server's automation checks. Hints only: a person's browser can
 * show any of them, a careful script can hide all of them, and the server decides.
 */
export interface EnvHints {
  /** navigator.webdriver: set by WebDriver, Playwright and Puppeteer unless hidden. */
  webdriver?: boolean;
  /** An interaction event on the challenge (or the trigger) had isTrusted false: a script made it. */
  untrusted?: boolean;
  platform?: string;
  /** The WebGL renderer's name (virtual machines and emulators name theirs; so does SwiftShader). */
  renderer?: string;
  /** A Chrome DevTools Protocol client (automation, or open DevTools) listens to this page's console. */
  cdp?: boolean;
}

let rendererName: string | undefined;
function graphicsRenderer(): string | undefined {
  if (rendererName !== undefined) return rendererName || undefined;
  rendererName = "";
  try {
    const gl = document.createElement("canvas").getContext("webgl") as WebGLRenderingContext | null;
    if (gl) {
      const info = gl.getExtension("WEBGL_debug_renderer_info");
      // Firefox has deprecated the extension and answers RENDERER with the same (sanitised) name.
      rendererName = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER) || "").slice(0, 256);
      const lose = gl.getExtension("WEBGL_lose_context");
      if (lose) lose.loseContext(); // pages get a limited number of WebGL contexts
    }
  } catch (_) {
    // no WebGL: no hint
  }
  return rendererName || undefined;
}

/**
 * True when a Chrome DevTools Protocol client listens to this page's console with the Runtime
 * domain enabled (Playwright and Puppeteer enable it; so does an open DevTools): V8's inspector
 * then formats a logged error at once, which runs Error.prepareStackTrace; without a listener
 * nothing formats it. (Checked in Chromium 156: the older probe, a getter on the error's own
 * `stack`, is no longer read.) console.debug is "verbose", hidden in DevTools by default.
 * Undefined when the page has wrapped console.debug: a wrapper (an error tracker's breadcrumbs)
 * may read the stack itself.
 */
function devtoolsProtocolListening(): boolean | undefined {
  const debug = console.debug;
  if (typeof debug !== "function" || !/\{\s*\[native code\]\s*\}\s*$/.test(Function.prototype.toString.call(debug))) return undefined;
  const ErrorWithHook = Error as ErrorConstructor & { prepareStackTrace?: unknown };
  const original = ErrorWithHook.prepareStackTrace;
  let formatted = false;
  try {
    ErrorWithHook.prepareStackTrace = () => {
      formatted = true;
      return "";
    };
    debug.call(console, new Error(""));
  } catch (_) {
    // a console that refuses: no hint
  } finally {
    ErrorWithHook.prepareStackTrace = original;
  }
  return formatted;
}

export function environmentHints(untrusted: boolean): EnvHints {
  const hints: EnvHints = {
    webdriver: navigator.webdriver === true,
    untrusted,
    platform: String(navigator.platform || "").slice(0, 64),
  };
  const cdp = devtoolsProtocolListening();
  if (cdp !== undefined) hints.cdp = cdp;
  const renderer = graphicsRenderer();
  if (renderer) hints.renderer = renderer;
  return hints;
}
