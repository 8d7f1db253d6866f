// The name of the runtime port a content script keeps open, so it notices when the extension goes away. A module of
// its own: the content script needs the name without the contract's schemas (see page-guards.ts).
export const PAGE_PORT_NAME = 'soi-so-page';
