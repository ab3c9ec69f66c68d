/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite ships WebAssembly and data files that must be loaded from node_modules, not bundled.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter"],
  poweredByHeader: false,
  // \`npm test\` runs \`tsc --noEmit\` over the whole project first; the build need not check again.
  typescript: { ignoreBuildErrors: true },
  // Lets two builds coexist (e.g. two engineers running end-to-end tests on one machine).
  distDir: process.env.NEXT_DIST_DIR || ".next",
};

export default nextConfig;
