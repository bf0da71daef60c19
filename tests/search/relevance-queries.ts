// What people type, and what they expect to see in the top 3, over ../shared/corpus + data/posts.
// `title` is a piece of the expected hit's title (case-insensitive); `kind` narrows it to one kind.
import type { HitKind } from '../../src/app/search/protocol';

export interface RelevanceCase {
  q: string;
  why: 'product' | 'chinese' | 'typo' | 'pinyin' | 'words' | 'width' | 'name' | 'event';
  kind?: HitKind;
  title: string;
}

export const CASES: RelevanceCase[] = [
  // Product names
  { q: 'skywalking', why: 'product', kind: 'talk', title: 'Apache SkyWalking 6.0' },
  { q: 'Layotto', why: 'product', kind: 'talk', title: 'Layotto 这种多运行时架构' },
  { q: 'sofaark', why: 'product', title: 'SOFAArk' },
  { q: 'seata', why: 'product', title: 'Seata' },
  { q: 'koupleless', why: 'product', kind: 'talk', title: 'Koupleless 模块化研发框架' },
  { q: 'kubevela', why: 'product', kind: 'talk', title: 'KubeVela' },
  { q: 'traefik', why: 'product', kind: 'talk', title: 'Traefik' },
  { q: 'occlum', why: 'product', title: 'Occlum' },
  { q: 'SOFARegistry', why: 'product', title: 'SOFARegistry' },
  { q: 'babassl', why: 'product', title: 'BabaSSL' },
  { q: 'WebAssembly', why: 'product', kind: 'talk', title: 'WebAssembly' },
  { q: 'http/3', why: 'product', title: 'HTTP/3' },
  { q: 'nydus', why: 'product', title: 'Nydus' },
  { q: 'SOFALookout', why: 'product', title: 'SOFALookout' },
  // Chinese phrases
  { q: '限流', why: 'chinese', kind: 'talk', title: '技术风口上的限流' },
  { q: '无人值守', why: 'chinese', kind: 'talk', title: 'MOSN 的无人值守变更实践' },
  { q: '机密计算', why: 'chinese', title: '机密计算' },
  { q: '分布式事务', why: 'chinese', title: '分布式事务' },
  { q: '类隔离', why: 'chinese', title: '类隔离' },
  { q: '服务发现', why: 'chinese', kind: 'talk', title: '蚂蚁服务发现的大规模实践与展望' },
  { q: '日志聚合', why: 'chinese', kind: 'talk', title: '准实时的日志聚合平台' },
  { q: '多运行时', why: 'chinese', kind: 'talk', title: 'Layotto' },
  { q: '可观察性', why: 'chinese', kind: 'talk', title: '可观察性的探索和实践' },
  { q: '唯品会', why: 'chinese', kind: 'talk', title: '唯品会 Service Mesh 的实践分享' },
  { q: '无损升级', why: 'chinese', title: '集群无损升级实践' },
  { q: '调度系统', why: 'chinese', kind: 'talk', title: '调度系统' },
  // Misspellings
  { q: 'servise mesh', why: 'typo', title: 'Service Mesh' },
  { q: 'skywalkng', why: 'typo', kind: 'talk', title: 'SkyWalking' },
  { q: 'kuberntes', why: 'typo', title: 'Kubernetes' },
  { q: 'layoto', why: 'typo', kind: 'talk', title: 'Layotto' },
  { q: 'dragonfy', why: 'typo', title: 'Dragonfly' },
  { q: 'knatvie', why: 'typo', kind: 'talk', title: 'Knative' },
  // Pinyin: full, initials, given name
  { q: 'wusheng', why: 'pinyin', kind: 'speaker', title: '吴晟' },
  { q: 'zhangliang', why: 'pinyin', kind: 'speaker', title: '张亮' },
  { q: 'zl', why: 'pinyin', kind: 'speaker', title: '张亮' },
  { q: 'zhouqunli', why: 'pinyin', kind: 'speaker', title: '周群力' },
  { q: 'huangjiaqi', why: 'pinyin', kind: 'speaker', title: '黄家琦' },
  { q: 'hjq', why: 'pinyin', kind: 'speaker', title: '黄家琦' },
  { q: 'aoxiaojian', why: 'pinyin', kind: 'speaker', title: '敖小剑' },
  { q: 'zengke', why: 'pinyin', kind: 'speaker', title: '曾柯' },
  { q: 'songjingchao', why: 'pinyin', kind: 'speaker', title: '宋净超' },
  { q: 'xianliu', why: 'pinyin', kind: 'talk', title: '限流' },
  { q: 'wuren zhishou', why: 'pinyin', kind: 'talk', title: '无人值守' },
  // Several words, any order, any field
  { q: '蚂蚁 限流', why: 'words', kind: 'talk', title: '技术风口上的限流' },
  { q: '限流 蚂蚁', why: 'words', kind: 'talk', title: '技术风口上的限流' },
  { q: 'MOSN 无人值守', why: 'words', kind: 'talk', title: '无人值守' },
  { q: 'istio knative', why: 'words', kind: 'talk', title: '酷家乐的 Istio 与 Knative 踩坑实录' },
  { q: '敖小剑 迁移', why: 'words', kind: 'talk', title: '渐进式迁移方案' },
  { q: '吴晟 skywalking', why: 'words', kind: 'talk', title: 'SkyWalking' },
  { q: 'dubbo mosn', why: 'words', kind: 'talk', title: 'Dubbo 场景下的探索之路' },
  { q: 'SOFAMeetup 杭州', why: 'words', kind: 'event', title: 'SOFAMeetup#4 杭州站' },
  { q: 'service mesh meetup 成都', why: 'words', kind: 'event', title: 'Service Mesh Meetup #7 成都站' },
  { q: '蚂蚁限流', why: 'words', kind: 'talk', title: '技术风口上的限流' },
  // Width, case, traditional characters
  { q: 'ＭＯＳＮ', why: 'width', title: 'MOSN' },
  { q: 'ＳＯＦＡＢｏｏｔ', why: 'width', title: 'SOFABoot' },
  { q: 'SKYWALKING', why: 'width', kind: 'talk', title: 'SkyWalking' },
  { q: '服務網格', why: 'width', title: '服务网格' },
  { q: '分佈式事務', why: 'width', title: '分布式事务' },
  // Names as written
  { q: '吴晟', why: 'name', kind: 'speaker', title: '吴晟' },
  { q: '周群力', why: 'name', kind: 'speaker', title: '周群力' },
  { q: '仪式', why: 'name', kind: 'speaker', title: '周群力' },
  { q: 'Xiaojian Ao', why: 'name', kind: 'speaker', title: 'Xiaojian Ao' },
  // Events
  { q: '可观测性峰会', why: 'event', kind: 'event', title: '可观测性峰会 2023' },
  { q: '大连', why: 'event', kind: 'event', title: '大连' },
  { q: 'sofachannel 24', why: 'event', kind: 'event', title: 'SOFAChannel#24' },
];
