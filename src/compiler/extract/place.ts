// City and venue: from the 活动地点 line, the Wowchemy address, an English `Location:`, or the title's
// `XX站`. Cities are recognised from a list of Chinese cities (and their English names), so
// `浙江杭州西湖区学院路77号` → 杭州 and `Shanghai Expo Centre` → 上海.

const CITIES = (
  '北京 上海 天津 重庆 广州 深圳 杭州 南京 苏州 无锡 宁波 温州 绍兴 嘉兴 合肥 芜湖 福州 厦门 泉州 南昌 济南 青岛 烟台 ' +
  '郑州 洛阳 武汉 长沙 成都 绵阳 西安 兰州 西宁 银川 乌鲁木齐 拉萨 昆明 贵阳 南宁 桂林 海口 三亚 沈阳 大连 长春 ' +
  '哈尔滨 石家庄 太原 呼和浩特 珠海 东莞 佛山 中山 惠州 常州 南通 扬州 徐州 台州 金华 义乌 湖州 唐山 保定 廊坊 ' +
  '香港 澳门 台北 新竹 高雄 新加坡 东京 首尔 硅谷 旧金山 西雅图 纽约 伦敦 柏林 巴黎 阿姆斯特丹 巴塞罗那'
).split(' ');

const EN_CITIES: Record<string, string> = {
  beijing: '北京',
  shanghai: '上海',
  shenzhen: '深圳',
  hangzhou: '杭州',
  guangzhou: '广州',
  chengdu: '成都',
  nanjing: '南京',
  wuhan: '武汉',
  "xi'an": '西安',
  xian: '西安',
  hefei: '合肥',
  dalian: '大连',
  suzhou: '苏州',
  tianjin: '天津',
  chongqing: '重庆',
  xiamen: '厦门',
  changsha: '长沙',
  qingdao: '青岛',
  'hong kong': '香港',
  singapore: '新加坡',
};

const CITY_RE = new RegExp(`(${[...CITIES].sort((a, b) => b.length - a.length).join('|')})`);
const EN_CITY_RE = new RegExp(`\\b(${Object.keys(EN_CITIES).join('|')})\\b`, 'i');
const STATION = new RegExp(`(${[...CITIES].sort((a, b) => b.length - a.length).join('|')})站`);

const HELD_IN = new RegExp(`在\\s?${CITY_RE.source}`);

/** The first known city named in a text, in Chinese. */
export function cityIn(text: string | null | undefined): string | null {
  if (!text) return null;
  const m = CITY_RE.exec(text);
  if (m) return m[1]!;
  const en = EN_CITY_RE.exec(text);
  return en ? (EN_CITIES[en[1]!.toLowerCase()] ?? null) : null;
}

/** `…杭州站…` in a title. */
export function stationCity(title: string | null | undefined): string | null {
  const m = title ? STATION.exec(title) : null;
  return m ? m[1]! : null;
}

/** `在上海…举行`, `在杭州滴滴举行`: a city where the text says the event took place. */
export function cityHeldIn(text: string | null | undefined): string | null {
  if (!text) return null;
  const m = HELD_IN.exec(text);
  return m ? m[1]! : null;
}
