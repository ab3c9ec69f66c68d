// The console's API as a signed-in person's browser uses it (tRPC with superjson, NextAuth's
// credentials sign-in with its CSRF token): the benchmarks set up their customers through it, on
// whatever database the server under test runs, like a person would.
import superjson from "superjson";

export class ConsoleClient {
  private cookies = new Map<string, string>();

  constructor(readonly origin: string) {}

  private cookieHeader() {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }

  private remember(response: Response) {
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(";");
      const at = pair.indexOf("=");
      this.cookies.set(pair.slice(0, at), pair.slice(at + 1));
    }
  }

  async request(path: string, init: RequestInit = {}) {
    const response = await fetch(`${this.origin}${path}`, {
      ...init,
      redirect: "manual",
      headers: { cookie: this.cookieHeader(), ...init.headers },
    });
    this.remember(response);
    return response;
  }

  async mutate<T>(procedure: string, input: unknown): Promise<T> {
    const response = await this.request(`/api/trpc/${procedure}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(superjson.serialize(input)),
    });
    const body = await response.json();
    if (!response.ok) throw new Error(`${procedure}: ${JSON.stringify(body)}`);
    return superjson.deserialize(body.result.data) as T;
  }

  async query<T>(procedure: string, input?: unknown): Promise<T> {
    const search = input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify(superjson.serialize(input)))}`;
    const response = await this.request(`/api/trpc/${procedure}${search}`);
    const body = await response.json();
    if (!response.ok) throw new Error(`${procedure}: ${JSON.stringify(body)}`);
    return superjson.deserialize(body.result.data) as T;
  }

  async signUpAndIn(email: string, password: string) {
    await this.mutate("account.signUp", { email, password });
    const { csrfToken } = await (await this.request("/api/auth/csrf")).json();
    await this.request("/api/auth/callback/credentials", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
    });
  }
}
