// Service worker entry (placeholder until the background lands).
export {};
