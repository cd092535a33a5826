import { describe, expect, test } from 'vitest';
import {
  createWedgeDetector,
  type WedgeVerdict,
} from '../../../../../renderer/features/scanning/wedge-detector';

/** Feeds `text` then Enter with `gap` ms between keys; returns the verdict of the Enter. */
function run(text: string, gap: number, enterGap = gap): WedgeVerdict[] {
  const detector = createWedgeDetector();
  let time = 1000;
  const verdicts = [...text].map((key) => {
    time += gap;
    return detector.feed({ key, time });
  });
  verdicts.push(detector.feed({ key: 'Enter', time: time + enterGap }));
  return verdicts;
}

describe('the keyboard-wedge detector', () => {
  test('a scanner: every key a few ms apart and Enter is a scan of the whole code', () => {
    const verdicts = run('W01-20261124-0001', 5);
    expect(verdicts.at(-1)).toEqual({ kind: 'scan', text: 'W01-20261124-0001' });
    expect(verdicts[0]).toEqual({ kind: 'pass' });
    expect(verdicts.slice(1, -1).every((v) => v.kind === 'burst')).toBe(true);
  });

  test('a person typing the same code (80 ms a key) is typing, never a scan', () => {
    expect(run('W01-20261124-0001', 80).at(-1)).toEqual({ kind: 'typed', text: '1' });
    expect(
      run('W01-20261124-0001', 80)
        .slice(0, -1)
        .every((v) => v.kind === 'pass'),
    ).toBe(true);
  });

  test('a fast typist (45 ms a key) is still typing', () => {
    expect(run('420302199001011237', 45).at(-1)?.kind).toBe('typed');
  });

  test('fast keys then a pause before Enter: typed (the Enter came from a person)', () => {
    expect(run('W01-20261124-0001', 5, 400).at(-1)?.kind).toBe('typed');
  });

  test('a fast burst shorter than the minimum length is typing', () => {
    expect(run('gtgsh', 5).at(-1)).toEqual({ kind: 'typed', text: 'gtgsh' });
  });

  test('slow keys before a scan are not part of it', () => {
    const detector = createWedgeDetector();
    detector.feed({ key: 'a', time: 0 });
    detector.feed({ key: 'b', time: 200 });
    let time = 1000;
    for (const key of '420302199001011237') detector.feed({ key, time: (time += 4) });
    expect(detector.feed({ key: 'Enter', time: time + 4 })).toEqual({
      kind: 'scan',
      text: '420302199001011237',
    });
  });

  test('Shift for upper case does not break a scan; Tab, a held key or a shortcut do', () => {
    const detector = createWedgeDetector();
    let time = 0;
    for (const key of 'ONEWINDOW:W01') {
      detector.feed({ key: 'Shift', time: (time += 2) });
      detector.feed({ key, time: (time += 2) });
    }
    expect(detector.feed({ key: 'Enter', time: time + 3 })).toEqual({ kind: 'scan', text: 'ONEWINDOW:W01' });

    for (const breaker of [{ key: 'Tab' }, { key: '1', repeat: true }, { key: 'n', modified: true }]) {
      for (const key of '123456') detector.feed({ key, time: (time += 3) });
      detector.feed({ ...breaker, time: (time += 3) });
      expect(detector.feed({ key: 'Enter', time: (time += 3) }).kind).not.toBe('scan');
    }
  });

  test('a held-down key (auto-repeat) never makes a scan', () => {
    const detector = createWedgeDetector();
    let time = 0;
    detector.feed({ key: '1', time });
    for (let i = 0; i < 20; i++) detector.feed({ key: '1', time: (time += 20), repeat: true });
    expect(detector.feed({ key: 'Enter', time: time + 20 }).kind).toBe('pass');
  });

  test('Enter alone passes', () => {
    expect(createWedgeDetector().feed({ key: 'Enter', time: 0 })).toEqual({ kind: 'pass' });
  });
});
