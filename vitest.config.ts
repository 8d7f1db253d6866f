import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';

// Unit tests run without the crx plugin: they import modules directly, never the built extension.
export default defineConfig({
  plugins: [preact()],
  test: {
    include: ['test/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    // One process per test file: the timing properties measure their own process's CPU time.
    pool: 'forks',
  },
});
