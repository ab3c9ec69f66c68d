import createNextIntlPlugin from "next-intl/plugin";

// The console's texts in English and Simplified Chinese (i18n/request.ts picks the language).
const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite ships WebAssembly and data files that must be loaded from node_modules, not bundled.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter"],
  poweredByHeader: false,
  // \`npm test\` runs \`tsc --noEmit\` over the whole project first; the build need not check again.
  typescript: { ignoreBuildErrors: true },
  // Lets two builds coexist (e.g. two engineers running end-to-end tests on one machine).
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // Pages get their CSP and framing headers in proxy.ts; everything else is at least never sniffed
  // into another content type. The client script may be loaded by any site (it is the product).
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
        ],
      },
      { source: "/api/:path*", headers: [{ key: "Cache-Control", value: "no-store" }] },
      {
        source: "/captcha/:path*",
        headers: [
          { key: "Cross-Origin-Resource-Policy", value: "cross-origin" },
          { key: "Access-Control-Allow-Origin", value: "*" },
        ],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
