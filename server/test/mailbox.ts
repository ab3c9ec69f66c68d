import type { AddressInfo } from "node:net";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

/** One message as it arrived over SMTP, parsed. */
export interface ReceivedMail {
  to: string[];
  from: string;
  subject: string;
  text: string;
  receivedAt: number;
}

/**
 * A real SMTP server on loopback (the `smtp-server` package, with `mailparser` to read what
 * arrives), so the tests send email the way production does — through nodemailer over a socket —
 * and read the message a person would get. No authentication and no TLS: loopback only.
 */
export async function startMailbox(port = 0) {
  const messages: ReceivedMail[] = [];
  /** Recipients the server refuses for now (RCPT TO answered 550): a receiving side that fails. */
  const refused = new Set<string>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (refused.has(address.address.toLowerCase())) return callback(new Error("550 Mailbox unavailable"));
      callback();
    },
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          messages.push({
            to: session.envelope.rcptTo.map((recipient) => recipient.address.toLowerCase()),
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
            subject: parsed.subject ?? "",
            text: parsed.text ?? "",
            receivedAt: Date.now(),
          });
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const boundPort = (server.server.address() as AddressInfo).port;

  const to = (address: string) => messages.filter((message) => message.to.includes(address.toLowerCase()));
  return {
    port: boundPort,
    /** Settings for server/mail/mailer.ts that point it at this server. */
    env: { SMTP_HOST: "127.0.0.1", SMTP_PORT: String(boundPort), SMTP_SECURE: "false" },
    messages,
    to,
    /** Refuses mail to `address` until `accept(address)`. */
    refuse: (address: string) => void refused.add(address.toLowerCase()),
    accept: (address: string) => void refused.delete(address.toLowerCase()),
    /** Waits for the first message to `address` matching `accept` (by default, any). */
    async waitFor(address: string, accept: (mail: ReceivedMail) => boolean = () => true, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = to(address).find(accept);
        if (found) return found;
        if (Date.now() > deadline) throw new Error(`no email to ${address} within ${timeoutMs} ms`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export type Mailbox = Awaited<ReturnType<typeof startMailbox>>;

/** The first http(s) link in a message's text (the link a person would click). */
export function firstLink(mail: ReceivedMail): string {
  const link = mail.text.match(/https?:\/\/\S+/)?.[0];
  if (!link) throw new Error(`no link in the email "${mail.subject}"`);
  return link;
}
