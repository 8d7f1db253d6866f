// For the library page: export and import of any size over a runtime port. Never throws; answers a Result.
import browser from 'webextension-polyfill';
import type { PortLike } from './transfer-client.ts';
import { exportLibrary as exportOver, importLibrary as importOver } from './transfer-client.ts';
import { TRANSFER_PORT_NAME } from './transfer.ts';

const connect = () => browser.runtime.connect({ name: TRANSFER_PORT_NAME }) as unknown as PortLike;

export const exportLibrary = (kind: 'json' | 'csv') => exportOver(connect, kind);
export const importLibrary = (file: Blob) => importOver(connect, file);
