// library entry (placeholder until the UI lands).
export {};
