import { SMTPServer } from 'smtp-server';
import { freePort } from '../libs/testing/src/free-port.js';

/** One e-mail the sink accepted: which reminder, to whom, and when the server answered 250 (epoch ms). */
export interface AcceptedMail {
  reminderKey: string;
  to: string[];
  acceptedAt: number;
}

/**
 * The SMTP server the reminder e-mails go to: a real one (smtp-server) in the benchmark's
 * process, accepting everything and keeping only the reminder key, recipients and instant of each.
 */
export class SmtpSink {
  private constructor(
    private readonly server: SMTPServer,
    readonly port: number,
    /** In the order accepted. */
    readonly accepted: readonly AcceptedMail[],
  ) {}

  static async start(): Promise<SmtpSink> {
    const port = await freePort();
    const accepted: AcceptedMail[] = [];
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['AUTH', 'STARTTLS'],
      // A resolver round trip per connection is the mail server's own cost, not the worker's.
      disableReverseLookup: true,
      logger: false,
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          accepted.push({
            reminderKey: reminderKeyOf(Buffer.concat(chunks).toString('latin1')),
            to: session.envelope.rcptTo.map((recipient) => recipient.address),
            acceptedAt: Date.now(),
          });
          callback();
        });
      },
    });
    // A client that dies mid-session (a worker killed while sending) resets its connection:
    // that is the client's trouble, and the sink keeps serving the others.
    server.on('error', () => undefined);
    await new Promise<void>((listening) => server.listen(port, '127.0.0.1', listening));
    return new SmtpSink(server, port, accepted);
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  close(): Promise<void> {
    return new Promise((closed) => this.server.close(() => closed()));
  }
}

/** The X-Reminder-Key header the mailer sets (the reminder key is ASCII: no folding, no encoding). */
function reminderKeyOf(raw: string): string {
  const headers = raw.slice(0, raw.indexOf('\r\n\r\n'));
  return /^x-reminder-key:\s*(\S+)/im.exec(headers)?.[1] ?? '';
}
