import type { Feature } from './services';

/** Placeholder: filled in next. */
export const registerChecks: Feature = () => {};
