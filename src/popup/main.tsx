import { render } from 'preact';
import { Popup } from './Popup';
import { browserConnector } from './connector';
import { messageLanguage, t } from '../shared/i18n';
import '../shared/page.css';
import './popup.css';

document.documentElement.lang = messageLanguage();
document.title = t('extName');
render(<Popup connector={browserConnector} />, document.getElementById('app')!);
