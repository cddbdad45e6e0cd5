import { between, pick } from './random';

const SURNAMES =
  '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文';
const GIVEN_MALE =
  '伟刚勇毅俊峰强军平保东文辉力明永健世广志义兴良海山仁波宁贵福生龙元全国胜学祥才发武新利清飞彬富顺信子杰涛昌成康星光天达安岩中茂进林有坚和彪博诚先敬震振壮会思群豪心邦承乐绍功松善厚庆磊民友裕河哲江超浩亮政谦亨奇固之轮翰朗伯宏言若鸣朋斌梁栋维启克伦翔旭鹏泽晨辰士以建家致树炎德行时泰盛';
const GIVEN_FEMALE =
  '秀娟英华慧巧美娜静淑惠珠翠雅芝玉萍红娥玲芬芳燕彩春菊兰凤洁梅琳素云莲真环雪荣爱妹霞香月莺媛艳瑞凡佳嘉琼勤珍贞莉桂娣叶璧璐娅琦晶妍茜秋珊莎锦黛青倩婷姣婉娴瑾颖露瑶怡婵雁蓓纨仪荷丹蓉眉君琴蕊薇菁梦岚苑婕馨瑗琰韵融园艺咏卿聪澜纯毓悦昭冰爽琬茗羽希宁欣飘育滢馥筠柔竹霭凝晓欢霄枫芸菲寒伊亚宜可姬舒影荔枝思丽';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

export interface GeneratedPerson {
  name: string;
  gender: 'male' | 'female';
  birthDate: string;
  idNumber: string;
  phone: string;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** A resident ID number with a valid check character for the given region, birth date and serial. */
export function idNumberFor(
  region: string,
  birthDate: string,
  serial: number,
  gender: 'male' | 'female',
): string {
  const sequence = serial * 2 + (gender === 'male' ? 1 : 0);
  const body = `${region}${birthDate.replaceAll('-', '')}${pad(sequence % 1000, 3)}`;
  const sum = WEIGHTS.reduce((acc, w, i) => acc + w * Number(body[i]), 0);
  return body + '10X98765432'[sum % 11];
}

/** A plausible person of working age; unique ID numbers come from the running serial. */
export function generatePerson(random: () => number, serial: number, region: string): GeneratedPerson {
  const gender = random() < 0.62 ? 'male' : 'female';
  const given = gender === 'male' ? GIVEN_MALE : GIVEN_FEMALE;
  const name =
    pick(random, [...SURNAMES]) +
    pick(random, [...given]) +
    (random() < 0.55 ? pick(random, [...given]) : '');
  const year = between(random, 1966, 2004);
  const month = between(random, 1, 12);
  const day = between(random, 1, 28);
  const birthDate = `${year}-${pad(month, 2)}-${pad(day, 2)}`;
  // Serials above 499 move to the next region code so every number stays unique.
  const regionCode = String(Number(region) + Math.floor(serial / 500));
  return {
    name,
    gender,
    birthDate,
    idNumber: idNumberFor(regionCode, birthDate, serial % 500, gender),
    phone: `1${pick(random, ['33', '35', '38', '39', '52', '58', '86', '89'])}${pad(between(random, 0, 99_999_999), 8)}`,
  };
}
