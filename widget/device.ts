/**
 * The DeviceToken the server hands out at initialization, kept in this browser's storage and sent
 * back with every initialization (the custom policy's device limits count by it). The server
 * issues and checks it; here it is opaque. Without storage (private modes, blocked storage) it
 * lasts as long as the page.
 */
const STORAGE_KEY = "aliyunCaptcha-device-token";
/** Before DeviceToken, the widget made up a random id under this key: no longer used. */
const LEGACY_KEY = "aliyunCaptcha-device";
const MAX_LENGTH = 1024;

let inMemory: string | undefined;

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch (_) {
    return null; // a sandboxed iframe or blocked cookies throw on access
  }
}

export function loadDeviceToken(): string | undefined {
  if (inMemory) return inMemory;
  const store = storage();
  try {
    const stored = store?.getItem(STORAGE_KEY);
    if (stored && stored.length <= MAX_LENGTH) inMemory = stored;
    if (store) store.removeItem(LEGACY_KEY);
  } catch (_) {
    // storage full or denied: the page's memory will do
  }
  return inMemory;
}

export function saveDeviceToken(token: unknown): void {
  if (typeof token !== "string" || !token || token.length > MAX_LENGTH || token === inMemory) return;
  inMemory = token;
  const store = storage();
  try {
    if (store) store.setItem(STORAGE_KEY, token);
  } catch (_) {
    // as above
  }
}
