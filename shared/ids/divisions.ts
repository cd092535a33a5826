/**
 * Administrative division codes (GB/T 2260) needed to name where an ID was issued.
 *
 * The province table is complete. Below province level only the divisions of this hall's city
 * (十堰) are listed; an ID keeps the code of the place and time it was issued, so a former code
 * (郧县 420321, now 郧阳区 420304) stays here.
 */
export const PROVINCES: Readonly<Record<string, string>> = {
  '11': '北京市',
  '12': '天津市',
  '13': '河北省',
  '14': '山西省',
  '15': '内蒙古自治区',
  '21': '辽宁省',
  '22': '吉林省',
  '23': '黑龙江省',
  '31': '上海市',
  '32': '江苏省',
  '33': '浙江省',
  '34': '安徽省',
  '35': '福建省',
  '36': '江西省',
  '37': '山东省',
  '41': '河南省',
  '42': '湖北省',
  '43': '湖南省',
  '44': '广东省',
  '45': '广西壮族自治区',
  '46': '海南省',
  '50': '重庆市',
  '51': '四川省',
  '52': '贵州省',
  '53': '云南省',
  '54': '西藏自治区',
  '61': '陕西省',
  '62': '甘肃省',
  '63': '青海省',
  '64': '宁夏回族自治区',
  '65': '新疆维吾尔自治区',
  '71': '台湾省',
  '81': '香港特别行政区',
  '82': '澳门特别行政区',
};

/** Prefecture- and county-level divisions, by 6-digit code. */
export const DIVISIONS: Readonly<Record<string, string>> = {
  '420000': '湖北省',
  '420300': '十堰市',
  '420302': '茅箭区',
  '420303': '张湾区',
  '420304': '郧阳区',
  '420321': '郧县', // until 2014, now 郧阳区 420304
  '420322': '郧西县',
  '420323': '竹山县',
  '420324': '竹溪县',
  '420325': '房县',
  '420381': '丹江口市',
};

/** Residence permits of Hong Kong, Macau and Taiwan residents carry these six digits. */
export const RESIDENCE_PERMIT_REGIONS: Readonly<Record<string, '香港' | '澳门' | '台湾'>> = {
  '810000': '香港',
  '820000': '澳门',
  '830000': '台湾',
};

export function provinceOf(code: string): string | undefined {
  return PROVINCES[code.slice(0, 2)];
}

/**
 * The known place below the province: "十堰市茅箭区", or "十堰市" when only the city is listed,
 * or undefined. A county-level city directly under the province (none listed yet) or an unknown
 * code gives what is known.
 */
export function regionOf(code: string): string | undefined {
  const city = code.slice(2, 4) === '00' ? undefined : DIVISIONS[`${code.slice(0, 4)}00`];
  const county = code.slice(4, 6) === '00' ? undefined : DIVISIONS[code.slice(0, 6)];
  if (city === undefined) return county;
  return county === undefined ? city : `${city}${county}`;
}
