// The part of mark.js the content-script benchmark uses (the package ships no types).
declare module 'mark.js' {
  export default class Mark {
    constructor(context: Element | Element[] | string);
    markRanges(ranges: { start: number; length: number }[], options?: { each?: (el: Element) => void; done?: () => void }): void;
    unmark(options?: { done?: () => void }): void;
  }
}
