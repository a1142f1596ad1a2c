// Mail domains that belong to no employer: a recipient there tells us nothing about the company.
export const FREE_MAIL_DOMAINS = new Set([
  'gmail.com', 'googlemail.com', 'outlook.com', 'hotmail.com', 'hotmail.co.uk', 'live.com', 'live.co.uk', 'msn.com',
  'yahoo.com', 'yahoo.co.uk', 'yahoo.co.in', 'yahoo.com.au', 'ymail.com', 'rocketmail.com', 'aol.com', 'icloud.com',
  'me.com', 'mac.com', 'proton.me', 'protonmail.com', 'pm.me', 'gmx.com', 'gmx.de', 'gmx.net', 'web.de', 'mail.com',
  'zoho.com', 'zohomail.com', 'yandex.com', 'yandex.ru', 'fastmail.com', 'fastmail.fm', 'hey.com', 'tutanota.com',
  'tuta.io', 'rediffmail.com', 'qq.com', '163.com', '126.com', 'naver.com', 'btinternet.com', 'sky.com',
  'virginmedia.com', 'bigpond.com', 'optusnet.com.au', 'shaw.ca', 'rogers.com', 'comcast.net', 'verizon.net',
  'att.net', 'sbcglobal.net', 'cox.net', 'orange.fr', 'free.fr', 'laposte.net', 'libero.it', 't-online.de',
  'example.com', 'example.org', 'example.net',
]);

// Second-level suffixes under which the registrable name is one label further left (acme.co.uk → acme).
export const PUBLIC_SUFFIX_SECOND_LEVEL = new Set([
  'co', 'com', 'org', 'net', 'ac', 'gov', 'edu', 'ltd', 'plc', 'nhs', 'govt', 'gen', 'firm', 'ind', 'res', 'nic', 'mil', 'sch',
  'school', 'health', 'iwi', 'maori', 'kiwi', 'geek', 'asn', 'id', 'police', 'mod', 'me', 'info', 'nom', 'gob', 'gouv',
]);

// Local parts that name a role or a shared inbox, not a person ("Dear Hiring Manager" is right for these).
export const ROLE_MAILBOXES = new Set([
  'jobs', 'job', 'careers', 'career', 'hr', 'recruiting', 'recruitment', 'recruiter', 'recruiters', 'hiring', 'talent',
  'talentacquisition', 'ta', 'people', 'peopleops', 'info', 'hello', 'contact', 'team', 'admin', 'office', 'apply',
  'applications', 'vacancies', 'humanresources', 'staffing', 'employment', 'noreply', 'no-reply', 'support', 'enquiries',
  'inquiries', 'hiringteam', 'internships', 'interns', 'campus', 'university',
]);
