import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { TRPCProvider } from "./_trpc/provider";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Captcha Console", template: "%s · Captcha Console" },
  description: "Self-hosted CAPTCHA: verification scenarios, policies and server-side verification.",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // The page's language (i18n/request.ts); the provider hands its texts to client components.
  const locale = await getLocale();
  return (
    <html lang={locale}>
      <body>
        <NextIntlClientProvider>
          <TRPCProvider>{children}</TRPCProvider>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
