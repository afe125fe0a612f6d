// In-process microbenchmarks (Google Benchmark): what one document costs each stage, without
// the process start that bench/run measures. On demand: build/bench/mtk_micro_bench.
#include <benchmark/benchmark.h>

#include <fstream>
#include <sstream>
#include <string>

#include "mtk/converters/registry.hpp"
#include "mtk/validators/registry.hpp"
#include "mtk/xml_io.hpp"

namespace {

std::string read(const std::string& rel) {
    std::ifstream in(std::string(MTK_SOURCE_DIR) + "/" + rel, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

// Three layouts: a typed board meeting, a council web page, a US council's text minutes.
const char* const kSamples[] = {"samples/text/lcrb-2023-01-17.txt",
                                "samples/html/brookfield-cabinet-2024-11-14.html",
                                "samples/text/cedar-grove-council-2024-05-20.txt"};

void convert(benchmark::State& state) {
    const mtk::converters::SourceDocument doc{kSamples[state.range(0)],
                                              read(kSamples[state.range(0)])};
    for (auto _ : state) benchmark::DoNotOptimize(mtk::converters::convert(doc));
    state.SetLabel(doc.name);
    state.SetBytesProcessed(std::int64_t(state.iterations()) * std::int64_t(doc.bytes.size()));
}
BENCHMARK(convert)->DenseRange(0, 2);

mtk::validators::Document converted(int sample) {
    const mtk::converters::SourceDocument doc{kSamples[sample], read(kSamples[sample])};
    mtk::validators::Document d;
    d.path = doc.name;
    d.minutes = *mtk::converters::convert(doc).minutes;
    d.xml = mtk::to_xml(d.minutes);
    return d;
}

// Every rule, the XSD check included, on one document as a set of one.
void rules(benchmark::State& state) {
    const std::vector<mtk::validators::Document> docs{converted(int(state.range(0)))};
    const mtk::validators::Config config;
    for (auto _ : state) benchmark::DoNotOptimize(mtk::validators::run_rules(docs, config));
    state.SetLabel(docs.front().path);
}
BENCHMARK(rules)->DenseRange(0, 2);

void xml_round_trip(benchmark::State& state) {
    const mtk::validators::Document d = converted(int(state.range(0)));
    for (auto _ : state) benchmark::DoNotOptimize(mtk::from_xml(mtk::to_xml(d.minutes)));
    state.SetLabel(d.path);
}
BENCHMARK(xml_round_trip)->DenseRange(0, 2);

}  // namespace

BENCHMARK_MAIN();
