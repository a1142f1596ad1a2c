// Signs of a template: unfilled placeholders, impersonal greetings, and the anchors around a company the writer wants to join.

export const PLACEHOLDERS = [
  /\[(?=[^\[\]\n]*[A-Za-z]{3})(?!sic\]|at\]|dot\])[^\[\]\n]{1,60}\]/g,
  /(?<![\w{$])\{(?:company|name|first_?name|role|position|title|interviewer|date|job|team|recruiter)[\w ]{0,20}\}(?!\})/gi,
  /\{\{\s*[^{}\n]{1,40}\s*\}\}/g,
  /\$\{\s*\w[\w.]{0,30}\s*\}/g,
  /\*\|[A-Z_]{2,30}\|\*/g,
  /%[A-Z][A-Z_]{2,30}%/g,
  /(?<![\w<])<\s*(?:[A-Z][A-Za-z'’]*(?:[ _-][A-Za-z0-9'’]+){0,4}|(?:company|name|interviewer|first[ _]?name|last[ _]?name|role|position|title|date|hiring manager|recruiter|team|job)(?:[ _-][a-z'’]+){0,3})\s*>/g,
  /\b(?:XXX+|xxx+|YYY+|ZZZ+)\b/g,
  /_{4,}/g,
  /\((?:insert|enter|add|your|company|interviewer|hiring manager|position|role|job title|name of)[^()\n]{0,40}\)/gi,
  /\b(?:INSERT|ENTER|ADD) (?:[A-Z]+ ?){1,4}\b/g,
  /\bTBD\b|\bTK\b/g,
];

export const ALWAYS_IMPERSONAL = /^(?:to whom it may concern|dear sir(?:s)?(?: or |\/| \/ )madam|dear madam(?: or |\/)sir|dear sirs?|dear madam|dear sir\/madam|greetings)\b/i;
export const ROLE_GREETING = /^(?:dear|hello|hi|good (?:morning|afternoon))\s+(?:the\s+)?(?:hiring (?:manager|team|committee|panel)|recruit(?:er|ing team|ment team)|interview(?:er|ers|ing panel|ing team|\s+panel)|(?:hr|human resources)(?: team| department| manager)?|selection (?:committee|panel)|search committee|talent (?:team|acquisition(?: team)?)|(?:the )?team|sir|madam|ma'am|candidate)\b/i;

/** Words around a company name that mean "the company I want to join". */
export const JOIN_ANCHOR = /\b(?:join(?:ing)?|(?:role|position|job|opportunity|opening|career|future|internship|interview(?:ed|ing)?|work(?:ing)?|contribut(?:e|ing)|fit|place|start(?:ing)?|grow(?:ing)?|team|time|day|visit|excited about|thrilled about|enthusiastic about|interest in|interested in|passion for|part of|apply(?:ing)?|applied|candidacy|everyone|people|kitchen|restaurant|store|shop|clinic|practice|firm|school|hospital|lab|studio|agency|company|organi[sz]ation|business|brand|crew|staff|family)\s+(?:at|with|for|to|of)|(?:interest|interested) in|(?:help|helping|lead|leading|serve|serving|grow|growing)(?= ))\s+(?:the\s+)?$/i;
/** The company right before "'s team / mission" etc. */
export const POSSESSIVE_ANCHOR = /^['’]s\s+(?:team|mission|culture|work|vision|values|growth|future|success|goals|people|products?|customers|hiring)\b/i;

/** The writer's own past or current employer, or a client: not a wrong company. */
export const OWN_EMPLOYER = /\b(?:(?:my|our) work (?:with|at|for)|(?:my|our) (?:current|previous|prior|former|last|old|first) (?:role|position|job|employer|company|team|workplace|internship|manager)|currently (?:at|with|working|employed)|previously (?:at|with|worked)|formerly (?:at|with)|(?:i|we) (?:work|worked|am working|was working|have worked|had worked|spent \w+ (?:years?|months?)|interned|was|am|have been|served|led|managed|built)\b[^.;]{0,40}\b(?:at|for|with)|at my (?:current|previous|last|former) |when i was (?:at|with)|while (?:at|working at|with)|during my time (?:at|with)|(?:clients?|customers?|partners?|accounts?|brands?) (?:like|such as|including|of)|for (?:a|our|my|one) (?:client|customer)|(?:client|customer|partner)s? ,? ?$|years? (?:at|with)|experience (?:at|with)|(?:compared|similar) to|unlike|competitors? (?:like|such as)?|(?:used|using|use) )/i;

export const NOT_COMPANY = new Set([
  'MBA', 'MPH', 'MSc', 'MS', 'PhD', 'BSc', 'BA', 'MA', 'MD', 'JD', 'CPA', 'RN', 'LLB', 'LLM', 'MEng', 'BEng', 'MFA', 'MPA', 'MPP', 'EdD', 'PGCE', 'NVQ',
  'I', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February', 'March', 'April',
  'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Zoom', 'Teams', 'Google Meet', 'Meet',
  'Skype', 'Webex', 'LinkedIn', 'Thank', 'Thanks', 'Best', 'Dear', 'Hi', 'Hello', 'Please', 'The', 'This', 'That', 'Our',
  'Your', 'My', 'We', 'You', 'It', 'A', 'An', 'And', 'Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'Christmas', 'Easter', 'Diwali', 'Eid',
]);
