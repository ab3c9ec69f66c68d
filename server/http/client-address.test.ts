import { describe, expect, it } from "vitest";
import {
  clientAddress,
  clientAddressHeaderValue,
  CLIENT_ADDRESS_HEADER,
  parseTrustedProxies,
  resolveClientAddress,
} from "./client-address";

describe("the client address", () => {
  const none = parseTrustedProxies(undefined);
  const proxies = parseTrustedProxies("10.0.0.0/8, 127.0.0.1, ::1, fd00::/8");

  it("is the socket's address when no proxy is trusted, whatever X-Forwarded-For says", () => {
    expect(resolveClientAddress("203.0.113.9", "1.2.3.4", none)).toBe("203.0.113.9");
    expect(resolveClientAddress("::ffff:203.0.113.9", undefined, none)).toBe("203.0.113.9");
    expect(resolveClientAddress(undefined, "1.2.3.4", none)).toBe("unknown");
  });

  it("behind trusted proxies, is the right-most entry that is not one of them", () => {
    // The client wrote "6.6.6.6" itself; the proxy appended the address it saw.
    expect(resolveClientAddress("10.0.0.2", "6.6.6.6, 203.0.113.9", proxies)).toBe("203.0.113.9");
    expect(resolveClientAddress("10.0.0.2", "6.6.6.6, 203.0.113.9, 10.0.0.7", proxies)).toBe("203.0.113.9");
    expect(resolveClientAddress("127.0.0.1", ["6.6.6.6", "198.51.100.1"], proxies)).toBe("198.51.100.1");
    expect(resolveClientAddress("fd00::1", "2001:db8::5", proxies)).toBe("2001:db8::5");
  });

  it("stops at garbage and at the end of the list", () => {
    expect(resolveClientAddress("10.0.0.2", "not-an-ip, 203.0.113.9", proxies)).toBe("203.0.113.9");
    expect(resolveClientAddress("10.0.0.2", "203.0.113.9, not-an-ip", proxies)).toBe("10.0.0.2");
    expect(resolveClientAddress("10.0.0.2", "10.0.0.3", proxies)).toBe("10.0.0.3");
    expect(resolveClientAddress("10.0.0.2", "", proxies)).toBe("10.0.0.2");
  });

  it("refuses a bad TRUSTED_PROXIES setting at start", () => {
    expect(() => parseTrustedProxies("10.0.0.0/33")).toThrow(/prefix/);
    expect(() => parseTrustedProxies("proxy.internal")).toThrow(/not an IP/);
  });

  it("is believed only from the server process, never from a header a client sends", () => {
    const headers = new Headers({ [CLIENT_ADDRESS_HEADER]: "203.0.113.9" });
    expect(clientAddress(headers)).toBe("unknown");
    headers.set(CLIENT_ADDRESS_HEADER, clientAddressHeaderValue("198.51.100.7"));
    expect(clientAddress(headers)).toBe("198.51.100.7");
    expect(clientAddress({ [CLIENT_ADDRESS_HEADER]: clientAddressHeaderValue("198.51.100.8") })).toBe("198.51.100.8");
  });
});
