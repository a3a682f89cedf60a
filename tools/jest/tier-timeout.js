// Applies the tier's timeout (jest.config.js `globals.TRACKER_TIER_TIMEOUT_MS`) to every test in the file.
jest.setTimeout(globalThis.TRACKER_TIER_TIMEOUT_MS);
