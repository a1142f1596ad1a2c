import { describe, expect, it } from 'vitest';
import { parseRecipients, sameCompany, companyKey } from '../../src/engine/recipient';

describe('parseRecipients', () => {
  it('reads first name and company from a dotted address', () => {
    expect(parseRecipients(['priya.raman@lumenhealth.com'])).toMatchObject({ firstName: 'Priya', companyKey: 'lumenhealth', freeMail: false, roleMailbox: false });
  });
  it('prefers the display name, in "Name <addr>" and "Last, First" forms', () => {
    expect(parseRecipients(['Priya Raman <p.r@lumenhealth.com>']).firstName).toBe('Priya');
    expect(parseRecipients(['"Jensen, Marta" <m@fjordfreight.no>']).firstName).toBe('Marta');
    expect(parseRecipients(['"Jensen, Marta" <m@fjordfreight.no>, other@x.com']).address).toBe('m@fjordfreight.no');
  });
  it('splits a comma-separated list after each address', () => {
    expect(parseRecipients(['a.b@one.com, c.d@two.com']).address).toBe('a.b@one.com');
  });
  it('gives no company for free mail, and knows shared inboxes', () => {
    expect(parseRecipients(['jordan.ellis@gmail.com'])).toMatchObject({ freeMail: true, companyKey: undefined });
    expect(parseRecipients(['careers@harvestmill.com'])).toMatchObject({ roleMailbox: true, companyKey: 'harvestmill' });
  });
  it('finds the registrable label under two-level suffixes', () => {
    expect(parseRecipients(['l.dawson@oakfieldprimary.org.uk']).companyKey).toBe('oakfieldprimary');
    expect(parseRecipients(['n.bakshi@bluegumhealth.com.au']).companyKey).toBe('bluegumhealth');
  });
  it('is empty for no recipients', () => {
    expect(parseRecipients([])).toEqual({ freeMail: false, roleMailbox: false });
  });
});

describe('sameCompany', () => {
  it('matches a name written with spaces against the domain', () => {
    expect(sameCompany('Harvest Mill', 'harvestmill')).toBe(true);
    expect(sameCompany('Lumen', 'lumenhealth')).toBe(true);
    expect(sameCompany('Polaris Insurance', 'polarisinsure')).toBe(true);
    expect(sameCompany('Globex', 'fjordfreight')).toBe(false);
    expect(companyKey('Calder & Finch LLP')).toBe('calderandfinchllp');
  });
});

describe('companyFromLabel', async () => {
  const { companyFromLabel } = await import('../../src/engine/recipient');
  it.each([
    ['prairiemutual', 'Prairie Mutual'],
    ['lumenhealth', 'Lumen Health'],
    ['harvestmill', 'Harvest Mill'],
    ['fjordfreight', 'Fjord Freight'],
    ['clydeside-housing', 'Clydeside Housing'],
    ['netflix', 'Netflix'],
    ['acme', 'Acme'],
    ['bluewavelogistics', 'Bluewave Logistics'],
  ])('%s → %s', (label, name) => expect(companyFromLabel(label)).toBe(name));
});

describe('companyDisplayName', async () => {
  const { companyDisplayName, parseRecipient } = await import('../../src/engine/recipient');
  it('prefers the draft spelling, then the thread, then a mailbox display name, then the split domain', () => {
    const priya = parseRecipient('Priya Raman <priya@prairiemutual.com>');
    expect(companyDisplayName(priya, ['I would love to join PrairieMutual.'])).toBe('PrairieMutual');
    expect(companyDisplayName(priya, ['Thanks again.', 'Priya Raman | Talent Partner | Prairie Mutual Insurance'])).toBe('Prairie Mutual');
    expect(companyDisplayName(parseRecipient('Prairie Mutual Careers <careers@prairiemutual.com>'), ['Hello'])).toBe('Prairie Mutual');
    expect(companyDisplayName(priya, ['Nothing here names it.'])).toBe('Prairie Mutual');
    expect(companyDisplayName(parseRecipient('jo@gmail.com'), ['Prairie Mutual'])).toBeUndefined();
  });
});
