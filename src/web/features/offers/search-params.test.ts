import { describe, expect, it } from 'vitest';
import {
  EMPTY_SEARCH,
  filtersToSearch,
  parseSearch,
  parseView,
  searchToApiQuery,
  searchToFilters,
  searchToParams,
  type OfferSearch,
} from './search-params';

const full: OfferSearch = {
  ...EMPTY_SEARCH,
  typologies: ['T1', 'T3'],
  kind: 'house',
  commune: '93048',
  distance: 2500,
  pmr: true,
  availableNow: true,
  minSurface: 42.5,
  minRent: 300,
  maxRent: 700,
  sort: 'rent',
  page: 3,
};

describe('search kept in the URL', () => {
  it('reads nothing from an empty address', () => {
    expect(parseSearch(new URLSearchParams())).toEqual(EMPTY_SEARCH);
    expect(parseView(new URLSearchParams())).toBe('gallery');
  });

  it('writes and reads back every filter, sort, page and view', () => {
    const params = searchToParams(full, 'map');
    expect(params.toString()).toBe(
      'commune=93048&prox=2500&pieces=T1%2CT3&type=maison&pmr=oui&disponible=oui&surface=42.5&loyerMin=300&loyerMax=700&tri=loyer&page=3&vue=carte',
    );
    expect(parseSearch(params)).toEqual(full);
    expect(parseView(params)).toBe('map');
  });

  it('leaves out what it cannot read', () => {
    const params = new URLSearchParams(
      'pieces=t2,T9,,t1&type=chateau&prox=6000&commune=99&surface=abc&loyerMin=-3&tri=x&page=0&vue=3d',
    );
    expect(parseSearch(params)).toEqual({ ...EMPTY_SEARCH, typologies: ['T1', 'T2'] });
    expect(parseView(params)).toBe('gallery');
  });

  it('ignores a distance without a commune', () => {
    expect(parseSearch(new URLSearchParams('prox=1000')).distance).toBeNull();
  });

  it('reads showcase areas', () => {
    const search = parseSearch(new URLSearchParams('region=11&departement=2a'));
    expect(search).toMatchObject({ region: '11', department: '2A' });
    expect(searchToApiQuery(search, { showcase: true }).get('department')).toBe('2A');
    expect(searchToApiQuery(search, { showcase: false }).has('department')).toBe(false);
  });
});

describe('API query and alert filters', () => {
  it('names the filters as the API does', () => {
    expect(searchToApiQuery(full, { showcase: false }).toString()).toBe(
      'typologies=T1%2CT3&kind=house&commune=93048&distance=2500&pmr=true&availableNow=true&minSurface=42.5&minRent=300&maxRent=700&sort=rent&page=3&pageSize=20',
    );
  });

  it('saves the filters in an alert and reads them back', () => {
    const filters = searchToFilters(full);
    expect(filters).toEqual({
      typologies: ['T1', 'T3'],
      kind: 'house',
      commune: '93048',
      distance: 2500,
      pmr: true,
      availableNow: true,
      minSurface: 42.5,
      minRent: 300,
      maxRent: 700,
    });
    expect(filtersToSearch(filters)).toEqual({ ...full, sort: 'deadline', page: 1 });
    expect(searchToFilters(EMPTY_SEARCH)).toEqual({});
  });
});
