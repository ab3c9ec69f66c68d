import nodemailer from "nodemailer";

/**
 * Outgoing email, only when SMTP is configured (SMTP_HOST, and optionally SMTP_PORT, SMTP_USER,
 * SMTP_PASSWORD, SMTP_SECURE, SMTP_FROM). Without it the console shows links to share by hand.
 */
export function emailConfigured(): boolean {
  return Boolean(process.env.SMTP_HOST);
}

let transport: { settings: string; transporter: nodemailer.Transporter } | undefined;

/** One transport per set of SMTP settings: built again when they change (tests point it at their own server). */
function transporter() {
  const options = {
    host: process.env.SMTP_HOST,
    port: Number(process.env.SMTP_PORT || 587),
    secure: process.env.SMTP_SECURE === "true",
    auth: process.env.SMTP_USER ? { user: process.env.SMTP_USER, pass: process.env.SMTP_PASSWORD } : undefined,
  };
  const settings = JSON.stringify(options);
  if (transport?.settings !== settings) {
    transport?.transporter.close();
    transport = { settings, transporter: nodemailer.createTransport(options) };
  }
  return transport.transporter;
}

export async function sendEmail(message: { to: string; subject: string; text: string }) {
  if (!emailConfigured()) return false;
  await transporter().sendMail({ from: process.env.SMTP_FROM || "Captcha Console <no-reply@localhost>", ...message });
  return true;
}
