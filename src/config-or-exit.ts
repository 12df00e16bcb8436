import { type Config, ConfigError, loadConfig } from './config.ts';

/** For process entries: the settings, or one line per bad setting on stderr and exit 1. */
export function configOrExit(): Config {
  try {
    return loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      for (const line of err.problems) console.error(line);
      process.exit(1);
    }
    throw err;
  }
}
