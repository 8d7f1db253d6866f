// A typed sender over any transport; send.ts wires it to the extension runtime. Kept apart so tests need no browser.
import type { Request, Result } from './contract.ts';
import type { ResponseMap } from './responses.ts';

export type Transport = (message: unknown) => Promise<unknown>;

function isResult(x: unknown): x is Result<unknown> {
  return typeof x === 'object' && x !== null && 'ok' in x && typeof (x as { ok: unknown }).ok === 'boolean';
}

/** Builds a sender over any transport (tests pass a fake one). */
export function createSender(transport: Transport) {
  return async function send<R extends Request>(request: R): Promise<Result<ResponseMap[R['type']]>> {
    try {
      const answer = await transport(request);
      if (isResult(answer)) return answer as Result<ResponseMap[R['type']]>;
      return { ok: false, error: 'The extension background did not answer.', code: 'unavailable' };
    } catch (e) {
      const reason = e instanceof Error ? e.message : String(e);
      return { ok: false, error: `Could not reach the extension background: ${reason}`, code: 'unavailable' };
    }
  };
}
