import { render } from 'preact';
import { Options } from './Options';
import { browserConnector } from './connector';
import { messageLanguage, t } from '../shared/i18n';
import '../shared/page.css';
import './options.css';

document.documentElement.lang = messageLanguage();
document.title = t('optionsTitle');
render(<Options connector={browserConnector} />, document.getElementById('app')!);
