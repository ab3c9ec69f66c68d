import nodemailer from "nodemailer";

/**
 * Outgoing email, only when SMTP is configured (SMTP_HOST, and optionally SMTP_PORT, SMTP_USER,
 * SMTP_PASSWORD, SMTP_SECURE, SMTP_FROM). Without it the console shows links to share by hand.
 */
export function emailConfigured(): boolean {
  return Boolean(process.env.SMTP_HOST);
}

let transport: nodemailer.Transporter | undefined;

export async function sendEmail(message: { to: string; subject: string; text: string }) {
  if (!emailConfigured()) return false;
  transport ??= nodemailer.createTransport({
    host: process.env.SMTP_HOST,
    port: Number(process.env.SMTP_PORT || 587),
    secure: process.env.SMTP_SECURE === "true",
    auth: process.env.SMTP_USER ? { user: process.env.SMTP_USER, pass: process.env.SMTP_PASSWORD } : undefined,
  });
  await transport.sendMail({ from: process.env.SMTP_FROM || "Captcha Console <no-reply@localhost>", ...message });
  return true;
}
