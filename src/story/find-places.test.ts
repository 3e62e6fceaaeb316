import {describe, expect, it} from 'vitest';
import {findPlaces, searchKey} from './find-places.ts';
import type {LayerName, PlaceEntry} from './schema.ts';

const place = (id: string, layer: LayerName, zh: string, en: string, pinyin: string): PlaceEntry => ({id, layer, zh, en, pinyin, steps: []});

/** Real entries of geo/, in no particular order, so the ranking is not the input's order. */
const places: PlaceEntry[] = [
  place('station-ruijin', 'stations', '瑞金', 'Ruijin', 'ruijin'),
  place('ganjiang', 'rivers', '赣江', 'Gan River', 'ganjiang'),
  place('ruijin-etdz', 'projects', '瑞金经济技术开发区', 'Ruijin Economic and Technological Development Zone', 'ruijinjingjijishukaifaqu'),
  place('changgan-hsr', 'railways', '昌赣高铁', 'Nanchang–Ganzhou High-Speed Railway', 'changgangaotie'),
  place('station-huizhou-north', 'stations', '惠州北', 'Huizhou North', 'huizhoubei'),
  place('ruijin-city', 'cities', '瑞金', 'Ruijin', 'ruijin'),
  place('ganzhou-ring', 'expressways', '赣州绕城高速', 'Ganzhou Ring Expressway', 'ganzhouraochenggaosu'),
  place('station-gutian-huizhi', 'stations', '古田会址', 'Gutian Huizhi', 'gutianhuizhi'),
  place('huichang-no7-school', 'projects', '会昌县第七中学', 'Huichang No. 7 Middle School', 'huichangxiandiqizhongxue'),
  place('ganruilong-railway', 'railways', '赣瑞龙铁路', 'Ganzhou–Ruijin–Longyan Railway', 'ganruilongtielu'),
  place('station-ganzhou-west', 'stations', '赣州西', 'Ganzhou West', 'ganzhouxi'),
  place('gannan-avenue', 'projects', '赣南大道', 'Gannan Avenue', 'gannandadao'),
  place('station-huichang-north', 'stations', '会昌北', 'Huichang North', 'huichangbei'),
  place('ganzhou-city', 'cities', '赣州', 'Ganzhou', 'ganzhou'),
  place('huichang', 'counties', '会昌县', 'Huichang County', 'huichangxian'),
  place('ganxian', 'counties', '赣县区', 'Ganxian District', 'ganxianqu'),
  place('ruijin', 'counties', '瑞金市', 'Ruijin City', 'ruijinshi'),
];

const ids = (query: string, limit?: number) => findPlaces(query, places, limit).map((found) => found.id);

describe('searchKey', () => {
  it('folds tones, case, spaces, punctuation and full-width letters', () => {
    expect(['ruìjīn', 'Rui jin', ' RUIJIN ', 'ｒｕｉｊｉｎ', 'rui-jin'].map(searchKey)).toEqual(['ruijin', 'ruijin', 'ruijin', 'ruijin', 'ruijin']);
    expect(searchKey('lǚ')).toBe('lu');
    expect(searchKey('瑞金市（城区）')).toBe('瑞金市城区');
  });
});

describe('findPlaces', () => {
  it.each(['瑞金', 'ruijin', 'Ruijin', 'ruìjīn'])('finds the county 瑞金市 first for "%s", before the city and the station 瑞金', (query) => {
    expect(ids(query).slice(0, 3)).toEqual(['ruijin', 'ruijin-city', 'station-ruijin']);
  });

  it('ranks exact names, then the start of a name, then the start of a later English word', () => {
    expect(ids('瑞金')).toEqual(['ruijin', 'ruijin-city', 'station-ruijin', 'ruijin-etdz']);
    // "Ganzhou–Ruijin–Longyan Railway": Ruijin starts its second word.
    expect(ids('ruijin')).toEqual(['ruijin', 'ruijin-city', 'station-ruijin', 'ruijin-etdz', 'ganruilong-railway']);
  });

  it('finds a county by the start of its full pinyin: "hui" → 会昌县, then by layer, then anywhere in a name', () => {
    // 会昌北 and 惠州北 tie on layer and length: by id. 古田会址 (gutianhuizhi) has "hui" inside.
    expect(ids('hui')).toEqual(['huichang', 'huichang-no7-school', 'station-huichang-north', 'station-huizhou-north', 'station-gutian-huizhi']);
    expect(ids('ruijinshi')).toEqual(['ruijin']);
  });

  it('gives the same list for "Gan" and "赣": every name starting so, by layer, then 昌赣高铁, limited to 8', () => {
    const expected = ['ganxian', 'ganzhou-city', 'gannan-avenue', 'ganruilong-railway', 'station-ganzhou-west', 'ganzhou-ring', 'ganjiang', 'changgan-hsr'];
    expect(ids('Gan')).toEqual(expected);
    expect(ids('赣')).toEqual(expected);
    expect(ids('gan', 3)).toEqual(expected.slice(0, 3));
  });

  it('puts an exact English or pinyin name first, and finds later words of English names', () => {
    expect(ids('gan river')[0]).toBe('ganjiang');
    expect(ids('ganjiang')[0]).toBe('ganjiang');
    expect(ids('high speed')).toEqual(['changgan-hsr']);
    expect(ids('Ganzhou West')).toEqual(['station-ganzhou-west']);
  });

  it('finds nothing for a blank query, punctuation alone, or a query no name contains', () => {
    expect(ids('')).toEqual([]);
    expect(ids('   ')).toEqual([]);
    expect(ids('—')).toEqual([]);
    expect(ids('xyz')).toEqual([]);
    expect(ids('北京')).toEqual([]);
  });
});
