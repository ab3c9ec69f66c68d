import type { Metadata } from "next";
import type { ReactNode } from "react";
import { TRPCProvider } from "./_trpc/provider";
import { CONSOLE_LANGUAGE } from "./console-language";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Captcha Console", template: "%s · Captcha Console" },
  description: "Self-hosted CAPTCHA: verification scenarios, policies and server-side verification.",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang={CONSOLE_LANGUAGE}>
      <body>
        <TRPCProvider>{children}</TRPCProvider>
      </body>
    </html>
  );
}
