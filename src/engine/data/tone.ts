// Too casual or too stiff. Each slang entry: the word and, where one exists, the professional word to write instead
// ('' = simply delete it).
export const CASUAL_GREETING = /^(?:hey(?:a|y+)?|yo|sup|wassup|what'?s up|hiya|howdy|heya|hey there|oi|g'?day(?: mate)?)\b/i;

/** Slang abbreviations that are also ordinary acronyms in capitals (RN = registered nurse, BC, AF). */
export const LOWERCASE_ONLY = new Set(['rn', 'af', 'bc', 'ty', 'u', 'ur', 'ya', 'fr', 'lit', 'fam', 'sis', 'bro', 'dope', 'legit', 'imo', 'jk', 'xo']);

export const SLANG_PHRASES = /\b(?:no cap|hit me up|my bad|for real tho|killing it|crushed it|crushing it|cheers mate|thanks mate|ta mate|catch ya|peace out|holla|deets|convo|sesh|obvi|amazeballs|ya know|super pumped|so pumped|hella|mad respect|big fan fr|vibe check|slay(?:ed)?)\b|\bmate(?=[,!.]|$)/gi;

export const SLANG: Record<string, string | null> = {
  lol: '', lmao: '', lmfao: '', rofl: '', omg: '', omfg: '', haha: '', hahaha: '', hehe: '', jk: '', xoxo: '', xo: null,
  thx: 'thanks', thnx: 'thanks', thanx: 'thanks', tysm: 'thank you so much', ty: null,
  u: 'you', ur: 'your', yall: 'you all', "y'all": 'you all', ya: 'you',
  gonna: 'going to', wanna: 'want to', gotta: 'have to', kinda: 'kind of', sorta: 'sort of', dunno: "don't know",
  cuz: 'because', coz: 'because', bc: 'because', 'b/c': 'because', 'w/': 'with', 'w/o': 'without',
  btw: 'by the way', tbh: null, imo: 'I think', imho: 'I think', idk: "I don't know", ngl: null, rn: 'now', af: '',
  cya: null, ttyl: null, dude: null, bro: null, bruh: null, fam: null, yep: 'yes', yup: 'yes', nope: 'no', nah: 'no',
  stoked: 'excited', pumped: 'excited', psyched: 'excited', awesomesauce: null, lit: null, dope: null, legit: null,
  lemme: 'let me', gimme: 'give me', gr8: 'great', '2day': 'today', '2moro': 'tomorrow', '2morrow': 'tomorrow', lmk: 'let me know', wat: 'what', wud: 'would', luv: 'love',
  b4: 'before', l8r: 'later', pls: 'please', plz: 'please', cud: 'could', shud: 'should', ppl: 'people', msg: 'message', abt: 'about',
  lowkey: null, highkey: null, "ain't": null, bestie: null, vibes: null, 'super duper': null,
};

/** A letter three times in a row: the core of a word stretched for effect ("sooo", "pleeease"). */
export const STRETCHED = /([a-z])\1{2,}/gi;

export const FORMAL = /\b(?:humbly (?:beseech|request|pray|submit|beg)|beseech(?:ing)?|(?:your )?(?:most )?(?:humble|obedient) servant|most obedient|I (?:beg|pray) (?:to|leave|your|you)|herewith|heretofore|hereinafter|aforementioned|pursuant to|I have the hono(?:u)?r (?:to|of)|esteemed (?:sir|madam)|your (?:good|esteemed) self|thy|thee|thou|do the needful|I remain,? (?:sir|madam|yours)|I am in receipt of|please be advised|prostrate|most respectfully|with (?:profound|utmost|deepest) (?:respect|reverence|humility)|unworthy|(?:i )?(?:most )?humbly(?: \w+)?|humble submission|with due respect|your esteemed self|esteemed self|deign(?:s|ed)?(?: to \w+)?|most esteemed|everlasting gratitude|forever in your debt|beyond all measure|(?:deepest|profound) reverence|singular hono(?:u)?r|i write to convey|exposition upon)\b/gi;

/** One word in capitals is shouting only when it is an emphasis word; acronyms that are also words (SLAM, CARE) are not. */
export const EMPHASIS = new Set(['REALLY', 'VERY', 'SO', 'NOT', 'NEVER', 'ALWAYS', 'LOVE', 'LOVED', 'PLEASE', 'NEED', 'MUST', 'ANY', 'ALL', 'HUGE', 'SUPER', 'TOTALLY', 'ABSOLUTELY', 'DEFINITELY', 'EXTREMELY', 'INCREDIBLY', 'EXCITED', 'THRILLED', 'THANK', 'THANKS', 'AMAZING', 'AWESOME', 'BEST', 'GREAT', 'NOW', 'URGENT', 'IMPORTANT', 'EVERY', 'ONLY', 'EVER', 'SURE', "CAN'T", "WON'T", "DON'T", 'TRULY', 'DREAM', 'PERFECT', 'WANT', 'HOPE', 'YES', 'MUCH', 'MORE', 'MOST', 'FINALLY', 'STILL', 'AGAIN', 'WAIT', 'IMMEDIATELY', 'TODAY', 'TOMORROW']);

/** Capitalized words that are not shouting. */
export const ACRONYMS = new Set([
  'I', 'OK', 'HR', 'CEO', 'CTO', 'CFO', 'COO', 'CMO', 'CIO', 'VP', 'SVP', 'EVP', 'UX', 'UI', 'API', 'SQL', 'AWS', 'GCP', 'IT',
  'QA', 'PM', 'AM', 'MBA', 'NHS', 'NYC', 'USA', 'US', 'UK', 'EU', 'ETA', 'FYI', 'HIPAA', 'GDPR', 'ERP', 'CRM', 'KPI', 'ROI',
  'OKR', 'OKRS', 'KPIS', 'B2B', 'B2C', 'SEO', 'PPC', 'CPA', 'RN', 'ICU', 'ER', 'EMT', 'CNA', 'LPN', 'BSN', 'MD', 'DO', 'PT',
  'OT', 'TA', 'ELL', 'ESL', 'STEM', 'AP', 'IB', 'GCSE', 'PHD', 'CV', 'TMS', 'WMS', 'ATS', 'ML', 'AI', 'NLP', 'ETL', 'CI',
  'CD', 'SRE', 'PR', 'LLC', 'LTD', 'INC', 'PLC', 'GMBH', 'NGO', 'NASA', 'FDA', 'EPA', 'IRS', 'DMV', 'CPR', 'ASAP', 'PS',
  'PPS', 'RE', 'FW', 'FWD', 'CC', 'BCC', 'PDF', 'CSV', 'JSON', 'HTML', 'CSS', 'SAP', 'SAAS', 'IOS', 'MRI', 'EHR', 'EMR',
  'OR', 'ED', 'OSHA', 'FMCG', 'CPG', 'P&L', 'HVAC', 'CNC', 'CAD', 'BIM', 'LEED', 'PMP', 'CFA', 'ACCA', 'CIPD', 'SHRM',
]);
