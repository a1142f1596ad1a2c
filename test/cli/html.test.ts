import { describe, expect, it } from 'vitest';
import { decodeEntities, htmlToText } from '../../src/cli/html';

describe('htmlToText', () => {
  it.each([
    ['Gmail divs with an empty line', '<div dir="ltr">Hi Marta,<div><br></div><div>Thank you</div></div>', 'Hi Marta,\n\nThank you'],
    ['adjacent divs are adjacent lines', '<div>one</div><div>two</div>', 'one\ntwo'],
    ['paragraphs leave a blank line', '<p>one</p>\n<p>two</p>', 'one\n\ntwo'],
    ['source whitespace collapses', '<p>one\n   two\tthree</p>', 'one two three'],
    ['br inside a paragraph', '<p>Best regards,<br/>Jonas</p>', 'Best regards,\nJonas'],
    ['inline tags vanish', 'a <b>bold</b> <a href="x">link</a>', 'a bold link'],
    ['style, script, head and comments are dropped', '<head><title>T</title></head><style>.a{}</style><!-- c --><script>x()</script>Hi', 'Hi'],
    ['list items on their own lines', '<ul><li>one</li><li>two</li></ul>after', 'one\ntwo\n\nafter'],
    ['table cells separated by spaces', '<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>', 'a b\nc'],
    ['pre keeps its lines', '<pre>a  b\nc</pre>', 'a  b\nc'],
    ['images give their alt text', 'see <img src="x.png" alt="the chart"> here', 'see the chart here'],
    ['an unclosed tag at the end', 'Hi <b', 'Hi'],
    ['a lone less-than sign is text', '3 < 4', '3 < 4'],
  ])('%s', (_name, html, text) => {
    expect(htmlToText(html)).toBe(text);
  });
});

describe('decodeEntities', () => {
  it.each([
    ['&amp; &lt;b&gt; &quot;q&quot; &apos;', '& <b> "q" \''],
    ['&#8217; &#x2014; &#X41;', '’ — A'],
    ['caf&eacute; &euro;5 &hellip;', 'café €5 …'],
    ['AT&T R&co &unknown; &#0; &#xD800;', 'AT&T R&co &unknown; \ufffd \ufffd'],
    ['&amp &copy', '& ©'],
  ])('%j', (html, text) => {
    expect(decodeEntities(html)).toBe(text);
  });
});
