// Content script entry (placeholder until the page side lands).
export {};
