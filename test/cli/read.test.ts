import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError, readInput, startsWithHeaders, stripQuotedReply } from '../../src/cli/read';

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
const stdinOf = (...chunks: (string | Buffer)[]) => Readable.from(chunks.map((chunk) => Buffer.from(chunk)));

let scratch: string;
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'followup-read-'));
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe('readInput: e-mails', () => {
  it('reads a plain 7bit message: headers fill subject, to and now; CRLF becomes \\n', async () => {
    const input = await readInput(fixture('plain.eml'));
    expect(input.subject).toBe('Thank you - Logistics Coordinator interview');
    expect(input.to).toEqual(['Marta Jensen <marta.jensen@fjordfreight.no>']);
    expect(input.now).toBe('2026-02-10T08:00:00.000Z');
    expect(input.body).toBe(
      'Hi Marta,\n\nThank you for meeting with me yesterday. I enjoyed hearing how your team\n' +
        're-plans ferry bookings when the Bergen route closes for weather.\n\nBest regards,\nJonas Berg\n',
    );
    expect(input.body).not.toContain('\r');
    expect(input.label).toBe(fixture('plain.eml'));
  });

  it('decodes quoted-printable UTF-8 with soft line breaks, an encoded-word subject and two recipients', async () => {
    const input = await readInput(fixture('quoted-printable.eml'));
    expect(input.subject).toBe('Thank you – Logistics Coordinator');
    expect(input.to).toEqual(['marta.jensen@fjordfreight.no', 'Ola Nordmann <ola.nordmann@fjordfreight.no>']);
    // The Date header says +0100: the send time keeps the writer's offset (send-time reads the hour there).
    expect(input.now).toBe('2026-02-10T09:30:00+01:00');
    expect(Date.parse(input.now!)).toBe(Date.parse('2026-02-10T08:30:00Z'));
    expect(input.body).toContain(
      'yesterday — I’m still thinking about the spreadsheet-to-TMS migration you’re planning for the spring, and the Tromsø depot.',
    );
  });

  it('takes the base64 text/plain part of a multipart/alternative message, not the HTML one', async () => {
    const input = await readInput(fixture('multipart-base64.eml'));
    expect(input.subject).toBe('Takk – thank you');
    expect(input.body).toContain('The carrier scorecard pilot in Ålesund sounded great.');
    expect(input.body).not.toContain('HTML VERSION');
    expect(input.body).not.toContain('<');
  });

  it('turns an HTML-only message into plain text: no tags, styles or scripts; entities decoded; blocks on lines', async () => {
    const input = await readInput(fixture('html-only.eml'));
    expect(input.body).toBe(
      'Hi Marta,\n\nThank you for meeting with me & the team yesterday. I’m excited about the ferry re-planning ' +
        'project — and the Bergen route.\n\nBest regards,\nJonas',
    );
  });

  it('still yields the text of a multipart message cut off in the middle', async () => {
    const input = await readInput(fixture('truncated-multipart.eml'));
    expect(input.body).toContain('The ferry re-planning work sounded');
    expect(input.body).not.toContain('JVBERi0');
  });

  it('rejects a message cut off before any body', async () => {
    await expect(readInput(fixture('truncated-headers.eml'))).rejects.toThrow(InputError);
    await expect(readInput(fixture('truncated-headers.eml'))).rejects.toThrow(/no text body/);
  });

  it('decodes ISO-8859-1 and reads a UTF-8 body labelled with a charset nobody knows', async () => {
    expect((await readInput(fixture('latin1.eml'))).body).toContain('The Tromsø depot tour was great.');
    expect((await readInput(fixture('unknown-charset.eml'))).body).toContain('and the Tromsø depot were great.');
  });

  it('ignores a Date header that is not a date, with a warning', async () => {
    const path = join(scratch, 'bad-date.eml');
    await writeFile(path, 'Subject: Hi\r\nDate: the day after tomorrow\r\n\r\nThank you!\r\n');
    const input = await readInput(path);
    expect(input.now).toBeUndefined();
    expect(input.warnings).toHaveLength(1);
    expect(input.body).toBe('Thank you!\n');
  });

  it('flattens address groups in To', async () => {
    const path = join(scratch, 'group.eml');
    await writeFile(path, 'To: Panel: a@x.com, Bea <b@x.com>;\r\nSubject: Hi\r\n\r\nThanks\r\n');
    expect((await readInput(path)).to).toEqual(['a@x.com', 'Bea <b@x.com>']);
  });

  it('turns an Outlook "Last, First" name into one without a comma', async () => {
    const path = join(scratch, 'outlook.eml');
    await writeFile(path, 'To: "Jensen, Marta" <marta@fjordfreight.no>\r\nSubject: Hi\r\n\r\nThanks\r\n');
    expect((await readInput(path)).to).toEqual(['Marta Jensen <marta@fjordfreight.no>']);
  });
});

describe('readInput: text and stdin', () => {
  it('reads a .txt body as is, CRLF and lone CR normalized', async () => {
    const path = join(scratch, 'crlf.txt');
    await writeFile(path, 'Hi Marta,\r\n\r\nThank you.\rBest\r\n');
    const input = await readInput(path);
    expect(input).toMatchObject({ body: 'Hi Marta,\n\nThank you.\nBest\n', label: path, warnings: [] });
    expect(input.subject).toBeUndefined();
    expect(input.to).toBeUndefined();
    expect(input.now).toBeUndefined();
  });

  it('keeps a .txt that happens to start with "Subject:" as the body', async () => {
    const path = join(scratch, 'headers.txt');
    await writeFile(path, 'Subject: Thanks\n\nHi Marta\n');
    expect((await readInput(path)).body).toBe('Subject: Thanks\n\nHi Marta\n');
  });

  it('decodes UTF-8 with a BOM, UTF-16 with a BOM, and falls back to Windows-1252', async () => {
    const utf8 = join(scratch, 'bom.txt');
    await writeFile(utf8, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Tromsø')]));
    expect((await readInput(utf8)).body).toBe('Tromsø');
    const utf16 = join(scratch, 'utf16.txt');
    await writeFile(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Takk, Tromsø\r\n', 'utf16le')]));
    expect((await readInput(utf16)).body).toBe('Takk, Tromsø\n');
    const cp1252 = join(scratch, 'cp1252.txt');
    await writeFile(cp1252, Buffer.from([0x49, 0x92, 0x6d, 0x20, 0x67, 0x6c, 0x61, 0x64]));
    expect((await readInput(cp1252)).body).toBe('I’m glad');
  });

  it('rejects binary garbage, a missing file and a directory with one-line messages', async () => {
    for (const path of [fixture('garbage.txt'), join(scratch, 'missing.txt'), scratch]) {
      const error = await readInput(path).then(
        () => undefined,
        (caught: unknown) => caught,
      );
      expect(error).toBeInstanceOf(InputError);
      expect((error as Error).message).not.toContain('\n');
    }
    await expect(readInput(fixture('garbage.txt'))).rejects.toThrow(/binary/);
    await expect(readInput(join(scratch, 'missing.txt'))).rejects.toThrow(/no such file/);
    await expect(readInput(scratch)).rejects.toThrow(/directory/);
  });

  it('rejects a file over the size limit without reading it', async () => {
    const path = join(scratch, 'big.txt');
    await writeFile(path, 'a'.repeat(2048));
    await expect(readInput(path, { maxBytes: 1024 })).rejects.toThrow(/too large/);
  });

  it('reads a plain body from stdin in chunks', async () => {
    const input = await readInput('-', { stdin: stdinOf('Hi Marta,\r\n\r\nThank', ' you.\r\n') });
    expect(input).toMatchObject({ label: '<stdin>', body: 'Hi Marta,\n\nThank you.\n' });
  });

  it('parses a message piped to stdin', async () => {
    const raw = 'To: marta@fjordfreight.no\r\nSubject: Thanks\r\nDate: Tue, 10 Feb 2026 08:00:00 +0000\r\n\r\nHi Marta\r\n';
    const input = await readInput('-', { stdin: stdinOf(raw) });
    expect(input).toMatchObject({ subject: 'Thanks', to: ['marta@fjordfreight.no'], now: '2026-02-10T08:00:00.000Z' });
    expect(input.body).toBe('Hi Marta\n');
  });

  it('stops reading stdin past the size limit', async () => {
    await expect(readInput('-', { stdin: stdinOf('x'.repeat(600), 'y'.repeat(600)), maxBytes: 1000 })).rejects.toThrow(
      /too large/,
    );
  });
});

describe('startsWithHeaders', () => {
  it.each([
    ['Subject: Hi\n\nBody', false, true],
    ['From: a@b.c\r\nTo: d@e.f\r\n  folded\r\n\r\nBody', false, true],
    ['X-Mailer: x\n\nBody', false, true],
    ['Subject: only headers, cut off', false, true],
    ['Hi Marta,\n\nThank you', false, false],
    ['Re: our call\nSubject: x\n\n', false, false],
    ['Re: our call\nSubject: x\n\n', true, true],
    ['Note: bring the portfolio\nand the slides\n\nHi', true, false],
  ])('%j (any header name: %s) → %s', (text, anyHeaderName, expected) => {
    expect(startsWithHeaders(text, anyHeaderName)).toBe(expected);
  });
});

describe('stripQuotedReply', () => {
  const reply = 'Hi Marta,\n\nThank you for the update.\n\nBest,\nJonas\n';
  it.each([
    ['a Gmail quote with a wrapped attribution', reply + '\nOn Tue, 10 Feb 2026 at 09:12, Marta Jensen <\nmarta@x.no> wrote:\n> The salary is 90k.\n>\n> Marta\n'],
    ['a one-line attribution', reply + '\nOn Tue, Marta wrote:\n\n> Any questions about pay?\n'],
    ['bare quoted lines', reply + '\n> Any questions about pay?\n'],
    ['an Outlook separator', reply + '\n________________________________\nFrom: Marta Jensen\nSent: Tuesday\nSubject: Pay\n\nThe salary is 90k.\n'],
    ['an Original Message line', reply + '\n-----Original Message-----\nFrom: Marta\n\nThe salary is 90k.\n'],
  ])('cuts %s', (_name, body) => {
    expect(stripQuotedReply(body)).toBe(reply);
  });

  it.each([
    ['no quote', reply],
    ['a quote in the middle', 'Hi,\n> you said this\nand I agree.\n'],
    ['nothing but a quote', '> only a quote\n'],
    ['a line of underscores not followed by From:', 'Hi\n__________\nsign here\n'],
  ])('keeps %s', (_name, body) => {
    expect(stripQuotedReply(body)).toBe(body);
  });

  it('turns the quote into thread messages, and an e-mail\'s From header into the writer\'s address', async () => {
    const path = join(scratch, 'thread.eml');
    await writeFile(
      path,
      'From: Jonas Berg <jonas.berg@example.org>\r\nTo: marta.jensen@fjordfreight.no\r\nSubject: Re: Interview\r\nDate: Wed, 4 Mar 2026 10:00:00 -0500\r\n\r\n' +
        reply.replace(/\n/g, '\r\n') +
        '\r\nOn Mon, Mar 2, 2026 at 9:12 AM Marta Jensen <marta.jensen@fjordfreight.no> wrote:\r\n> Confirming your interview on Tuesday, March 3 at 2:00 PM.\r\n',
    );
    const input = await readInput(path);
    expect(input.body).toBe(reply);
    expect(input.from).toBe('Jonas Berg <jonas.berg@example.org>');
    expect(input.now).toBe('2026-03-04T10:00:00-05:00');
    expect(input.thread).toEqual([
      { from: 'Marta Jensen <marta.jensen@fjordfreight.no>', date: '2026-03-02T09:12:00-05:00', body: 'Confirming your interview on Tuesday, March 3 at 2:00 PM.' },
    ]);
  });

  it('is applied to e-mails', async () => {
    const path = join(scratch, 'reply.eml');
    await writeFile(path, 'Subject: Re: Next steps\r\n\r\n' + reply.replace(/\n/g, '\r\n') + '\r\nOn Tue, Marta wrote:\r\n> Salary?\r\n');
    expect((await readInput(path)).body).toBe(reply);
  });
});
