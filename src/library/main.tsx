/// <reference types="vite/client" />
// Library page entry: the real browser environment, rendered once.
import { render } from 'preact';
import { browserLibraryEnv } from './browser-env.ts';
import { Library } from './library.tsx';
import './library.css';

render(<Library env={browserLibraryEnv()} />, document.getElementById('app')!);
