/**
 * The address a request came from, for throttling. Next.js (and any reverse proxy in front of it)
 * puts it in x-forwarded-for; the first entry is the original client.
 */
export function clientAddress(headers: Headers | Record<string, string | string[] | undefined>): string {
  const read = (name: string) => {
    const value = headers instanceof Headers ? headers.get(name) : headers[name];
    return Array.isArray(value) ? value[0] : value;
  };
  const forwarded = read("x-forwarded-for")?.split(",")[0]?.trim();
  return (forwarded || read("x-real-ip") || "unknown").slice(0, 64);
}
