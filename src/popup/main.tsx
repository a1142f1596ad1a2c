import { render } from 'preact';
import { Popup } from './Popup';
import { browserConnector } from './connector';
import '../shared/page.css';
import './popup.css';

render(<Popup connector={browserConnector} />, document.getElementById('app')!);
