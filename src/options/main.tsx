import { render } from 'preact';
import { Options } from './Options';
import { browserConnector } from './connector';
import '../shared/page.css';
import './options.css';

render(<Options connector={browserConnector} />, document.getElementById('app')!);
