// GPU validation probe for the agent's enforcement backends (see run.sh, docs/agent-devices.md).
// Allocates --memory-mb in chunks with cudaMalloc, then keeps the GPU busy for --seconds with a
// fixed-size arithmetic kernel and reports how many kernels it completed per second, so runs at
// different MPS compute percentages can be compared. One "key=value ..." result line on stdout.
// Exit 0: done; 2: cudaErrorMemoryAllocation (out of memory); 1: any other CUDA error; 64: usage.
#include <cuda_runtime.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>

static const char* label = "probe";

static void fail(const char* what, cudaError_t err) {
  std::printf("probe=%s result=cuda_error where=%s error=%s\n", label, what, cudaGetErrorName(err));
  std::exit(1);
}

__global__ void busy(float* sink, int iterations) {
  float x = threadIdx.x * 0.001f + blockIdx.x;
  for (int i = 0; i < iterations; ++i) {
    x = x * 1.000001f + 0.5f;
  }
  if (x == 42.0f) sink[0] = x;  // practically never; keeps the loop from being removed
}

int main(int argc, char** argv) {
  long memory_mb = -1, seconds = 5, chunk_mb = 256;
  for (int i = 1; i + 1 < argc; i += 2) {
    if (!std::strcmp(argv[i], "--memory-mb")) memory_mb = std::atol(argv[i + 1]);
    else if (!std::strcmp(argv[i], "--seconds")) seconds = std::atol(argv[i + 1]);
    else if (!std::strcmp(argv[i], "--chunk-mb")) chunk_mb = std::atol(argv[i + 1]);
    else if (!std::strcmp(argv[i], "--label")) label = argv[i + 1];
    else {
      std::fprintf(stderr, "unknown option %s\n", argv[i]);
      return 64;
    }
  }
  if (memory_mb < 0 || chunk_mb < 1) {
    std::fprintf(stderr, "usage: mps_probe --memory-mb N [--seconds S] [--chunk-mb C] [--label L]\n");
    return 64;
  }

  cudaError_t err = cudaSetDevice(0);
  if (err != cudaSuccess) fail("cudaSetDevice", err);
  cudaDeviceProp prop;
  if ((err = cudaGetDeviceProperties(&prop, 0)) != cudaSuccess) fail("cudaGetDeviceProperties", err);
  size_t free_b = 0, total_b = 0;
  if ((err = cudaMemGetInfo(&free_b, &total_b)) != cudaSuccess) fail("cudaMemGetInfo", err);
  std::printf("probe=%s device=\"%s\" sms=%d visible_total_mb=%zu visible_free_mb=%zu\n", label,
              prop.name, prop.multiProcessorCount, total_b >> 20, free_b >> 20);
  std::fflush(stdout);

  std::vector<void*> chunks;
  long allocated = 0;
  while (allocated < memory_mb) {
    long want = memory_mb - allocated < chunk_mb ? memory_mb - allocated : chunk_mb;
    void* p = nullptr;
    err = cudaMalloc(&p, (size_t)want << 20);
    if (err == cudaErrorMemoryAllocation) {
      std::printf("probe=%s result=oom requested_mb=%ld allocated_mb=%ld error=%s\n", label,
                  memory_mb, allocated, cudaGetErrorName(err));
      return 2;
    }
    if (err != cudaSuccess) fail("cudaMalloc", err);
    if ((err = cudaMemset(p, 1, (size_t)want << 20)) != cudaSuccess) fail("cudaMemset", err);
    chunks.push_back(p);
    allocated += want;
  }

  float* sink = nullptr;
  if ((err = cudaMalloc(&sink, sizeof(float))) != cudaSuccess) fail("cudaMalloc(sink)", err);
  const int blocks = prop.multiProcessorCount * 8, threads = 256, iterations = 20000;
  auto start = std::chrono::steady_clock::now();
  long kernels = 0;
  double elapsed = 0;
  while (elapsed < (double)seconds) {
    busy<<<blocks, threads>>>(sink, iterations);
    if ((err = cudaDeviceSynchronize()) != cudaSuccess) fail("busy kernel", err);
    ++kernels;
    elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  }
  std::printf("probe=%s result=ok allocated_mb=%ld seconds=%.2f kernels=%ld kernels_per_s=%.2f\n",
              label, allocated, elapsed, kernels, kernels / elapsed);
  for (void* p : chunks) cudaFree(p);
  cudaFree(sink);
  return 0;
}
