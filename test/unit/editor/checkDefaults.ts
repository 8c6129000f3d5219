import type { CheckSwitches } from '../../../src/editor/config';

/** Every check on (the shipped defaults); config.ts itself needs vscode, so it is not imported at run time. */
export const DEFAULTS_FOR_TESTS: CheckSwitches = {
  enabled: true,
  unattributedQuote: true,
  anonymousSource: true,
  unbalancedQuotes: true,
  surnameBeforeFullName: true,
};
