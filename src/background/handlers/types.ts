import type { Request, RequestType } from '../../messages/contract.ts';
import type { ResponseMap } from '../../messages/responses.ts';
import type { LibraryDb } from '../db/open-db.ts';

export type RequestOf<T extends RequestType> = Extract<Request, { type: T }>;
export type Handler<T extends RequestType> = (request: RequestOf<T>, db: LibraryDb) => Promise<ResponseMap[T]>;
export type Handlers = { [T in RequestType]: Handler<T> };
export type HandlerGroup<K extends RequestType> = { [T in K]: Handler<T> };
