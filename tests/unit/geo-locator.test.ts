// The locator inset's plate carrée and the Norwegian spelling of the zoomed-in map's names.
import { describe, expect, it } from 'vitest';
import { locatorHeight, locatorPoint, locatorRect } from '@/app/_lib/geo/locator';
import { norwegianSpelling, plainName } from '@/scripts/lib/names';

const FRAME = { width: 360, south: -60, north: 90 };

describe('locator inset', () => {
  it('keeps degrees square and puts 0°, 0° where the frame says', () => {
    expect(locatorHeight(FRAME)).toBe(150);
    expect(locatorPoint([0, 0], FRAME)).toEqual([180, 90]);
    expect(locatorPoint([-180, 90], FRAME)).toEqual([0, 0]);
    expect(locatorPoint([180, -80], FRAME)).toEqual([360, 150]);
  });

  it('draws a close view as a box of at least the least size, around its centre', () => {
    const rect = locatorRect({ west: 33, south: 52, east: 35, north: 54 }, FRAME, 6);
    expect(rect.width).toBe(6);
    expect(rect.height).toBe(6);
    expect(rect.x + rect.width / 2).toBeCloseTo(214);
    expect(rect.y + rect.height / 2).toBeCloseTo(37);
  });
});

describe('names in Norwegian', () => {
  it('respells Russian and Ukrainian names as Norwegian writes them (Språkrådet)', () => {
    expect(['Bryansk', 'Chernihiv', 'Yaroslavl', 'Voronezh', 'Mytishchi', 'Shostka', 'Khmelnytskyi', 'Zheleznodorozhnyy', 'Moscow', 'Crimea'].map(norwegianSpelling)).toEqual([
      'Brjansk',
      'Tsjernihiv',
      'Jaroslavl',
      'Voronezj',
      'Mytisjtsji',
      'Sjostka',
      'Khmelnytskyj',
      'Zjeleznodorozjnyj',
      'Moskva',
      'Krim',
    ]);
  });

  it('drops the marks of romanisation where the country writes in another script, and only there', () => {
    expect(plainName('Orël', 'RU')).toBe('Oryol');
    expect(plainName('Mar’ino', 'RU')).toBe('Marino');
    expect(plainName('Jalālābād', 'AF')).toBe('Jalalabad');
    expect(plainName('Södertälje', 'SE')).toBe('Södertälje');
  });
});
