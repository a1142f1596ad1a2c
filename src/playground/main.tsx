import { render } from 'preact';
import { App } from './App';
import '../shared/highlights.css';
import './playground.css';

render(<App />, document.getElementById('app')!);
