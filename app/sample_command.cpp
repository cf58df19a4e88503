#include "sample_command.h"

#include <QString>
#include <chrono>
#include <cmath>
#include <cstdio>

#include <nlohmann/json.hpp>

#include "analysis/mixing_watch.h"
#include "core/errors.h"
#include "session/lesson_library.h"
#include "simulation/simulation.h"
#include "train_command.h"

namespace ebmapp {
namespace {

const char* samplerName(ebm::SamplerSpec::Method method) {
  switch (method) {
    case ebm::SamplerSpec::Method::Ula:
      return "ULA";
    case ebm::SamplerSpec::Method::Mala:
      return "MALA";
    case ebm::SamplerSpec::Method::Hmc:
      return "HMC";
    case ebm::SamplerSpec::Method::Annealed:
      return "annealed Langevin";
  }
  return "?";
}

// A lesson's default: the steps its animation runs (duration × frame rate × steps per frame), and never fewer
// than the mixing verdict needs. An annealing schedule that starts over is judged on its last stage only, so
// it runs on (up to kLongestDefault) until that stage has been seen often enough.
constexpr std::int64_t kLongestDefault = 20000;
std::int64_t defaultSampleSteps(const ebm::Lesson& lesson) {
  const double frames = lesson.animation.duration * lesson.animation.framesPerSecond;
  const auto steps = std::int64_t(std::llround(frames)) * lesson.sampler.stepsPerFrame;
  return std::max<std::int64_t>(steps, ebm::MixingWatch::stepsToJudge());
}

nlohmann::json numberOrNull(double x, int digits) {
  return std::isfinite(x) ? nlohmann::json(rounded(x, digits)) : nlohmann::json(nullptr);
}

void printSamplingReport(const nlohmann::json& r) {
  std::printf("lesson          %s\n", r["lesson"].get<std::string>().c_str());
  std::printf("sampler         %s, %lld particles, step size %g, T = %g\n",
              r["sampler"].get<std::string>().c_str(), r["particles"].get<long long>(),
              r["step_size"].get<double>(), r["temperature"].get<double>());
  std::printf("steps           %lld in %.1f s\n", r["steps"].get<long long>(), r["seconds"].get<double>());
  if (r["mean_energy"].is_number() && r["predicted_mean_energy"].is_number()) {
    std::printf("mean energy     %.4g (p_T predicts %.4g)\n", r["mean_energy"].get<double>(),
                r["predicted_mean_energy"].get<double>());
  }
  if (!r["tv_distance"].is_number()) {
    std::printf("tv distance     — (%s)\n", r["note"].get<std::string>().c_str());
    return;
  }
  std::printf("tv distance     %.3f (%s: at most %.1f means mixed)\n", r["tv_distance"].get<double>(),
              r["mixed"].get<bool>() ? "mixed" : "NOT mixed", ebm::MixingWatch::kMixedDistance);
  const auto& h = r["histogram"];
  std::printf("\n  energy from      particles  Boltzmann\n");
  std::printf("  (below)          %9.4f  %9.4f\n", h["particles_below"].get<double>(),
              h["boltzmann_below"].get<double>());
  for (std::size_t i = 0; i < h["particles"].size(); ++i) {
    std::printf("  %-15.4g  %9.4f  %9.4f\n", h["edges"][i].get<double>(), h["particles"][i].get<double>(),
                h["boltzmann"][i].get<double>());
  }
  std::printf("  (above %-8.4g) %9.4f  %9.4f\n", h["edges"].back().get<double>(),
              h["particles_above"].get<double>(), h["boltzmann_above"].get<double>());
  if (r.contains("advice")) std::printf("\n%s\n", r["advice"].get<std::string>().c_str());
}

}  // namespace

int runSample(const SampleArguments& a) {
  ebm::Lesson lesson;
  try {
    lesson = ebmui::loadLesson(QString::fromStdString(a.lesson));
  } catch (const ebm::Error& e) {
    std::fprintf(stderr, "ebmscape: %s\n", e.what());
    return 1;
  }
  if (lesson.energies.empty()) {
    std::fprintf(
        stderr,
        "ebmscape: the lesson \"%s\" has no particles to sample: it is an experiment (%s) without an "
        "energy over points.\n",
        a.lesson.c_str(), lesson.experimentKind().c_str());
    return 1;
  }
  if (lesson.sampler.particles < 1) {
    std::fprintf(stderr, "ebmscape: the lesson \"%s\" has no particles to sample with.\n", a.lesson.c_str());
    return 1;
  }
  lesson.sampler.playing = true;  // a lesson that opens with its particles paused is still sampled here
  lesson.sampler.trailLength = 0;
  const std::int64_t steps = a.steps > 0 ? a.steps : defaultSampleSteps(lesson);
  const auto started = std::chrono::steady_clock::now();
  ebm::FramePtr frame;
  try {
    ebm::Simulation simulation(lesson);
    const int perFrame = std::max(1, lesson.sampler.stepsPerFrame);
    auto judged = [&frame] { return frame && std::isfinite(frame->particles->mixingDistance); };
    for (std::int64_t done = 0; done < steps || (a.steps == 0 && !judged() && done < kLongestDefault);
         done += perFrame) {
      simulation.advanceFrame();
      frame = simulation.currentFrame();  // each frame offers the particles to the mixing verdict
    }
    if (!frame) frame = simulation.currentFrame();
  } catch (const ebm::Error& e) {
    std::fprintf(stderr, "ebmscape: %s\n", e.what());
    return 1;
  }
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();

  if (!frame || !frame->particles) {
    std::fprintf(stderr, "ebmscape: the lesson \"%s\" drew no particles.\n", a.lesson.c_str());
    return 1;
  }
  const ebm::ParticleLayer& p = *frame->particles;
  nlohmann::json r;
  r["lesson"] = lesson.title.english;
  r["sampler"] = samplerName(lesson.sampler.method);
  r["particles"] = p.positions.cols();
  r["step_size"] = lesson.sampler.stepSize;
  r["temperature"] = lesson.temperature;
  r["steps"] = p.steps;
  r["seconds"] = rounded(seconds, 2);
  r["mean_energy"] = numberOrNull(p.meanEnergy, 4);
  r["predicted_mean_energy"] = numberOrNull(p.predictedMeanEnergy, 4);
  r["tv_distance"] = numberOrNull(p.mixingDistance, 4);
  r["mixed_below"] = ebm::MixingWatch::kMixedDistance;
  if (std::isfinite(p.mixingDistance)) {
    r["mixed"] = p.mixingDistance <= ebm::MixingWatch::kMixedDistance;
    if (!p.mixingAdvice.empty()) r["advice"] = p.mixingAdvice;
  } else {
    r["mixed"] = nullptr;
    r["note"] = frame->partitionError.empty()
                    ? "too few steps to judge: at least " + std::to_string(ebm::MixingWatch::stepsToJudge()) +
                          " after the burn-in"
                    : frame->partitionError;
  }
  if (frame->histogram && !frame->histogram->pooledParticles.empty()) {
    // The histogram the verdict judged: pooled over the last snapshots, as fractions of all particles.
    const auto& h = *frame->histogram;
    auto roundedAll = [](const std::vector<double>& values) {
      std::vector<double> out;
      out.reserve(values.size());
      for (double v : values)
        out.push_back(rounded(v, 5));
      return out;
    };
    r["histogram"] = {{"edges", roundedAll(h.binEdges)},
                      {"particles", roundedAll(h.pooledParticles)},
                      {"boltzmann", roundedAll(h.boltzmann)},
                      {"particles_below", rounded(h.pooledBelow, 5)},
                      {"particles_above", rounded(h.pooledAbove, 5)},
                      {"boltzmann_below", rounded(h.boltzmannBelow, 5)},
                      {"boltzmann_above", rounded(h.boltzmannAbove, 5)}};
  }
  if (a.json)
    std::printf("%s\n", r.dump().c_str());
  else
    printSamplingReport(r);
  return 0;
}

}  // namespace ebmapp
