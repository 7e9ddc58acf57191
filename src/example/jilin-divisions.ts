/**
 * Who is who in the example workbook: Jilin's nine prefecture-level divisions, a handful of
 * counties and districts, one 12345 hotline centre per region, and the handling units.
 */

export const CITY_GROUP = "市州";
export const COUNTY_GROUP = "县市区";
export const PROVINCE_DEPT_GROUP = "省直部门";
export const CITY_DEPT_GROUP = "市直部门";
export const COUNTY_DEPT_GROUP = "县直部门";

export interface ExampleRegion {
  name: string;
  parent: string | null;
  group: string;
  /** Prefix of the region's bodies and units, e.g. `长春市朝阳区`. */
  prefix: string;
  /** Relative size (ticket volumes scale with it). */
  size: number;
}

export interface ExampleUnit {
  name: string;
  region: string | null;
  group: string | null;
  size: number;
}

const CITIES: ReadonlyArray<[string, number]> = [
  ["长春市", 10],
  ["吉林市", 6],
  ["四平市", 3],
  ["辽源市", 2],
  ["通化市", 3],
  ["白山市", 2],
  ["松原市", 3],
  ["白城市", 2],
  ["延边朝鲜族自治州", 4],
];

/** [name, parent, prefix, size, units beyond 住建 and 市场监管] */
const COUNTIES: ReadonlyArray<[string, string, string, number, readonly string[]]> = [
  ["朝阳区", "长春市", "长春市朝阳区", 3, ["长春市朝阳区红旗街道办事处"]],
  ["南关区", "长春市", "长春市南关区", 3, []],
  ["九台区", "长春市", "长春市九台区", 2, []],
  ["船营区", "吉林市", "吉林市船营区", 2, []],
  ["蛟河市", "吉林市", "蛟河市", 1, []],
  ["延吉市", "延边朝鲜族自治州", "延吉市", 2, ["延吉市公用事业服务中心"]],
  ["珲春市", "延边朝鲜族自治州", "珲春市", 1, []],
];

/** Municipal handling units of every 市州 (name suffixes). */
const CITY_DEPARTMENTS = ["住房和城乡建设局", "交通运输局", "供热管理办公室", "水务局", "市场监督管理局"] as const;

const PROVINCE_DEPARTMENTS: ReadonlyArray<[string, number]> = [
  ["吉林省住房和城乡建设厅", 2],
  ["吉林省交通运输厅", 2],
  ["吉林省人力资源和社会保障厅", 3],
  ["吉林省市场监督管理厅", 2],
  ["吉林省教育厅", 1],
  ["国网吉林省电力有限公司", 3],
];

/** The provincial unit that only joined the platform in February (absent in January's statistics). */
export const LATE_JOINER = "国网吉林省电力有限公司";

/** The city whose units are ranked as 市直部门 / 县直部门 in the example. */
export const RANKED_CITY = "长春市";

/** Regions in sheet order: the nine 市州, then the counties and districts. */
export function exampleRegions(): ExampleRegion[] {
  return [
    ...CITIES.map(([name, size]) => ({ name, parent: null, group: CITY_GROUP, prefix: name, size })),
    ...COUNTIES.map(([name, parent, prefix, size]) => ({ name, parent, group: COUNTY_GROUP, prefix, size })),
  ];
}

/** The hotline centre (管理机构) of a region, e.g. `长春市12345热线管理中心`. */
export function bodyNameOf(region: ExampleRegion): string {
  return `${region.prefix}12345热线管理中心`;
}

/** Handling units: municipal, county, then provincial departments (no region). */
export function exampleUnits(): ExampleUnit[] {
  const units: ExampleUnit[] = [];
  for (const [city, size] of CITIES) {
    for (const dept of CITY_DEPARTMENTS) {
      units.push({ name: `${city}${dept}`, region: city, group: city === RANKED_CITY ? CITY_DEPT_GROUP : null, size });
    }
  }
  for (const [county, parent, prefix, size, extra] of COUNTIES) {
    const group = parent === RANKED_CITY ? COUNTY_DEPT_GROUP : null;
    for (const name of [`${prefix}住房和城乡建设局`, `${prefix}市场监督管理局`, ...extra]) {
      units.push({ name, region: county, group, size });
    }
  }
  for (const [name, size] of PROVINCE_DEPARTMENTS) {
    units.push({ name, region: null, group: PROVINCE_DEPT_GROUP, size });
  }
  return units;
}
