/**
 * The case domain: intake rules, case events, THE reducer and THE guard, deadlines planning and
 * case numbers. Pure and platform-free; the renderer, the server projection and tests share it.
 */
export * from './approval';
export * from './case-number';
export * from './case-queue';
export * from './case-state';
export * from './credit';
export * from './deadlines';
export * from './event-hash';
export * from './event-payloads';
export * from './events';
export * from './guard';
export * from './intake';
export * from './item-snapshot';
export * from './permissions';
export * from './primitives';
export { GUARD_CODES, type GuardCode, type Problem } from './problems';
export { applyEvent, foldEvents } from './reducer';
export { AGENT_SITUATION, askedSituations } from './rules-intake';
export { voidableBy } from './rules-office';
export { checkTransition } from './transitions';
