import { describe, expect, it } from 'vitest';
import { tileImageSource } from './map-tiles.js';

describe('tileImageSource', () => {
  it.each([
    ['https://tile.openstreetmap.org/{z}/{x}/{y}.png', 'https://tile.openstreetmap.org'],
    ['https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png', 'https://*.tile.openstreetmap.org'],
    ['https://tiles-{s}.example.fr/{z}/{x}/{y}{r}.png', 'https://*.example.fr'],
    ['HTTPS://Tiles.Example.fr:8443/{z}/{x}/{y}.png', 'https://tiles.example.fr:8443'],
    ['http://localhost:8080/{z}/{x}/{y}.png', 'http://localhost:8080'],
  ])('allows the host of %s as %s', (template, source) => {
    expect(tileImageSource(template)).toBe(source);
  });

  it.each([
    'tile.openstreetmap.org/{z}/{x}/{y}.png',
    '//{s}.tile.openstreetmap.org/{z}/{x}/{y}.png',
    'ftp://tile.example.fr/{z}/{x}/{y}.png',
    'https://tile.{s}.example.fr/{z}/{x}/{y}.png',
    'https://{s}.org/{z}/{x}/{y}.png',
    'https://user@tile.example.fr/{z}/{x}/{y}.png',
    "https://tile.example.fr;img-src *'/{z}",
  ])('refuses %s', (template) => {
    expect(tileImageSource(template)).toBeNull();
  });
});
