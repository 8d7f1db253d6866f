/// <reference types="vite/client" />
// Popup entry: the real browser environment, rendered once.
import { render } from 'preact';
import { browserPopupEnv } from './browser-env.ts';
import { Popup } from './popup.tsx';
import './popup.css';

render(<Popup env={browserPopupEnv()} />, document.getElementById('app')!);
