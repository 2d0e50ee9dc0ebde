// Small inputs the start form can fill in, to try a simulation without files at hand
// (formats: docs/simulator.md). Pool: openb pods and nodes; federation: a centers file.
export const POOL_POLICIES = ['FragPack', 'FGD', 'BestFit', 'DotProduct', 'GpuClustering', 'GpuPacking', 'Random']
export const FEDERATION_POLICIES = ['default', 'cost-first', 'performance-first', 'green', 'balanced', 'qos-first']

// 16 nodes of 8 cards and 48 pods of at most 0.6 card: arrivals are fine enough (< 0.5 % of the
// pool each) for the figures at 90 % and 130 % arrived to be measured.
export const POOL_NODES = [
  'sn,cpu_milli,memory_mib,gpu,model',
  ...Array.from({ length: 16 }, (_, i) => `node-${String(i).padStart(2, '0')},96000,393216,8,${i < 8 ? 'V100M32' : 'A100'}`),
].join('\n')

const GPU_MILLI = [100, 200, 250, 300, 400, 500, 600]
const CPU_MILLI = [1000, 2000, 3000, 2000]
const MEMORY_MIB = [2048, 4096, 8192]
export const POOL_TRACE = [
  'name,cpu_milli,memory_mib,num_gpu,gpu_milli',
  ...Array.from({ length: 48 }, (_, i) => {
    const cpuOnly = i % 12 === 11
    return `pod-${String(i).padStart(2, '0')},${CPU_MILLI[i % 4]},${MEMORY_MIB[i % 3]},${cpuOnly ? 0 : 1},${cpuOnly ? 0 : GPU_MILLI[(i * 3) % 7]}`
  }),
].join('\n')

export const FEDERATION_CENTERS = `id,region,gpus,cpus,price_gpu_hour,static_w,exec_w,performance,security,bandwidth_mbps
east-a,east,16,256,10.0,120,400,1.2,5,10000
east-b,east,8,128,8.0,100,350,1.0,4,10000
west-a,west,16,256,6.0,90,300,0.9,3,5000`
