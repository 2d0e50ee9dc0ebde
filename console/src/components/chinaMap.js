import * as echarts from 'echarts/core'

// China's provinces for the overview's map of centers, shipped inside the console: Apache ECharts
// 4.9.0's map/json/china.json (Apache-2.0; ECharts 5 stopped shipping maps). Loaded on first use
// as a chunk of its own (about 60 KB), registered once as "china".
let loading = null
export function loadChinaMap() {
  loading =
    loading ||
    import('../assets/china.json').then((m) => {
      echarts.registerMap('china', m.default)
    })
  return loading
}

// The provinces' names in English, for the map's labels and tooltips in English.
export const PROVINCES_EN = {
  北京: 'Beijing', 天津: 'Tianjin', 河北: 'Hebei', 山西: 'Shanxi', 内蒙古: 'Inner Mongolia', 辽宁: 'Liaoning',
  吉林: 'Jilin', 黑龙江: 'Heilongjiang', 上海: 'Shanghai', 江苏: 'Jiangsu', 浙江: 'Zhejiang', 安徽: 'Anhui',
  福建: 'Fujian', 江西: 'Jiangxi', 山东: 'Shandong', 河南: 'Henan', 湖北: 'Hubei', 湖南: 'Hunan', 广东: 'Guangdong',
  广西: 'Guangxi', 海南: 'Hainan', 重庆: 'Chongqing', 四川: 'Sichuan', 贵州: 'Guizhou', 云南: 'Yunnan', 西藏: 'Tibet',
  陕西: 'Shaanxi', 甘肃: 'Gansu', 青海: 'Qinghai', 宁夏: 'Ningxia', 新疆: 'Xinjiang', 台湾: 'Taiwan', 香港: 'Hong Kong',
  澳门: 'Macau', 南海诸岛: 'South China Sea Islands',
}
