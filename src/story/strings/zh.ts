/**
 * Every word the story's elements, page and live region say in Chinese. The English module has
 * the same shape (checked by the compiler and by strings.test.ts); story text itself is data in stories/.
 */
export const zh = {
  /** `<story-map>`: its controls and region names. */
  map: {
    map: '赣州地图',
    reduceMotion: '减少动画',
    legend: '图例',
    counter: '当前步骤',
    previous: '上一步',
    next: '下一步',
  },
  /** What replaces the map when it cannot be shown, by `story-map-error` reason. */
  notice: {
    'webgl-unavailable': '此浏览器无法显示交互地图（不支持 WebGL 2）。下面的故事文字完整可读。',
    'map-failed': '地图未能加载。下面的故事文字完整可读。',
    'context-lost': '地图的图形环境中断了（WebGL 上下文丢失）。故事以文字和静态地图图片继续。',
    'data-failed': '地图数据未能加载，下面的故事文字完整可读。',
  },
  /** `<story-progress>`. */
  progress: {
    chapters: '章节',
    previous: '上一步',
    next: '下一步',
    progress: '阅读进度',
    step: (n: number, total: number) => `${n} / ${total}`,
  },
  /** `<story-notes>`, the speaker-notes window. */
  notes: {
    title: '演讲者备注',
    now: '当前',
    next: '下一步',
    none: '（最后一步）',
    notes: '备注',
    elapsed: '已用时间',
    previous: '上一步',
    forward: '下一步',
    waiting: '等待主窗口……',
  },
  /** The pre-rendered page and the handout. */
  page: {
    /** The line naming a step's source, with the language's own colon. */
    source: (source: string) => `来源：${source}`,
    credits: '致谢与出处',
    snapshotAlt: (caption: string) => `地图：${caption}`,
  },
  /** `<story-place-card>`: what a tapped or found place is, and where the story shows it. */
  place: {
    card: (name: string) => `地点：${name}`,
    close: '关闭',
    layer: {counties: '县级行政区', cities: '城市', projects: '项目', stations: '火车站', railways: '铁路', expressways: '高速公路', rivers: '河流'},
    project: {power: '电厂', water: '水利工程', industry: '产业园区', village: '乡村', school: '学校', park: '园区'},
    railwayKind: {'high-speed': '高速铁路', conventional: '普速铁路'},
    county: '所在县区',
    code: '行政区划代码',
    area: '面积',
    areaValue: (km2: number) => `${km2.toLocaleString('zh-CN')} 平方公里`,
    opened: '开通',
    length: '全长',
    lengthValue: (km: number) => `约 ${km} 公里`,
    speed: '设计时速',
    speedValue: (kmh: number) => `${kmh} 公里`,
    ref: '编号',
    lines: '线路',
    source: (source: string) => `来源：${source}`,
    /** A county's area source, after `source`'s 来源：, saying which fact it is the source of. */
    areaSource: (source: string) => `${source}（面积）`,
    approximate: (metres: number | undefined) =>
      metres === undefined ? '位置为示意' : `位置为示意，误差约 ${metres >= 1000 ? `${Math.round(metres / 1000)} 公里` : `${metres} 米`}`,
    schematic: '走向为示意',
    /** A county's area that is worked out (e.g. by a subtraction), not published (`area_estimated` in geo/). */
    areaEstimated: '面积为推算值，非官方公布数字',
    disputed: '位置存疑：同一设施有两处候选厂址',
    otherCandidate: '另一处候选厂址：',
    inStory: '故事中',
    notInStory: '故事中没有单独提到这里。',
  },
  /** Explore mode: the reader roams the map, and returns to the story where they left it. */
  explore: {
    start: '自由浏览地图',
    end: '回到故事',
    layers: '图层',
    layer: {counties: '县区', railways: '铁路', expressways: '高速公路', rivers: '河流', projects: '项目', stations: '车站'},
    afterStory: '故事到此结束。想看看别处？',
    on: '自由浏览：拖动、缩放或旋转地图，点按任何地点查看详情。',
    off: '已回到故事。',
    gestures: {
      windowsHelpText: '按住 Ctrl 键并滚动鼠标滚轮以缩放地图',
      macHelpText: '按住 ⌘ 键并滚动鼠标滚轮以缩放地图',
      mobileHelpText: '请用两根手指移动地图',
    },
  },
  /** `<story-finder>`: the place finder, a combobox over every place on the map. */
  finder: {
    label: '查找地点',
    placeholder: '县区、项目、车站、铁路……',
    open: '查找地点（/）',
    results: (count: number) => (count === 0 ? '没有找到地点' : `找到 ${count} 个地点，用上下方向键选择`),
    found: (name: string) => `已定位：${name}`,
  },
  /** The live region's description of each step's map. */
  describe: {
    step: (n: number, total: number, title: string) => `第 ${n} 步，共 ${total} 步：${title}。`,
    view: (names: string) => `地图显示${names}。`,
    area: '所选区域',
    highlight: (names: string) => `突出显示：${names}。`,
    approximate: '（位置为示意）',
    /** After a candidate site of a place whose location sources dispute (`disputed` in geo/). */
    disputed: '（位置存疑）',
    drawing: (name: string, km: number, total: number) => `正在绘制${name}：已绘制 ${km} 公里，全长 ${total} 公里。`,
    drawn: (names: string) => `已绘制的铁路：${names}。`,
    list: (names: string[]) => names.join('、'),
  },
};

/** The shape every language's strings have. */
export type Strings = typeof zh;
