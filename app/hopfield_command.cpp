#include "hopfield_command.h"

#include <unistd.h>

#include <chrono>
#include <cmath>
#include <cstdio>
#include <nlohmann/json.hpp>

#include "argument_walker.h"
#include "hopfield/hopfield_capacity.h"

namespace ebmapp {

HopfieldArguments parseHopfieldArguments(const QStringList& arguments) {
  HopfieldArguments a;
  ArgumentWalker walker(arguments);
  while (!walker.done()) {
    const QString argument = walker.next();
    if (argument == QStringLiteral("--neurons")) {
      a.neurons = parseWholeNumber(argument, walker.valueOf(argument), 10, 20000);
    } else if (argument == QStringLiteral("--seed")) {
      a.seed = parseSeed(argument, walker.valueOf(argument));
    } else if (argument == QStringLiteral("--capacity")) {
      a.capacity = true;
    } else if (argument == QStringLiteral("--json")) {
      a.json = true;
    } else {
      throw UsageError(QStringLiteral("hopfield does not know \"%1\".").arg(argument).toStdString());
    }
  }
  if (!a.capacity) throw UsageError("hopfield needs --capacity (the experiment to run).");
  return a;
}

int runHopfield(const HopfieldArguments& arguments) {
  ebm::hopfield::CapacityOptions options;
  options.neurons = arguments.neurons;
  options.seed = arguments.seed;
  const auto started = std::chrono::steady_clock::now();
  const bool terminal = isatty(fileno(stderr)) != 0;  // a progress line only where a person watches it
  const auto progress = [&](double fraction) {
    if (terminal && !arguments.json) {
      std::fprintf(stderr, "\rstoring and recalling random patterns: %3d %%",
                   int(std::lround(fraction * 100)));
      std::fflush(stderr);
    }
    return true;
  };
  const ebm::hopfield::CapacityCurve result = ebm::hopfield::measureCapacity(options, progress);
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  if (arguments.json) {
    nlohmann::json out;
    out["neurons"] = result.neurons;
    out["alpha_c"] = result.criticalLoad > 0 ? nlohmann::json(result.criticalLoad) : nlohmann::json(nullptr);
    out["curve"] = nlohmann::json::array();
    for (const auto& [alpha, overlap] : result.curve)
      out["curve"].push_back({std::round(alpha * 1e6) / 1e6, std::round(overlap * 1e6) / 1e6});
    std::printf("%s\n", out.dump().c_str());
    return 0;
  }
  if (terminal) std::fprintf(stderr, "\n");
  std::printf("Hebbian Hopfield network, N = %lld neurons, seed %llu (%.2f s)\n", (long long)result.neurons,
              (unsigned long long)arguments.seed, seconds);
  std::printf("  load α = P/N   patterns P   mean final overlap (T = 0, started at each pattern)\n");
  for (const auto& [alpha, overlap] : result.curve) {
    std::printf("  %12.3f %12lld   %.4f%s\n", alpha, (long long)std::llround(alpha * double(result.neurons)),
                overlap, overlap < options.threshold ? "  (recall lost)" : "");
  }
  if (result.criticalLoad > 0) {
    std::printf("α_c = %.3f: the first load where the mean overlap falls below %.1f (theory, N → ∞: 0.138)\n",
                result.criticalLoad, options.threshold);
  } else {
    std::printf("The mean overlap stayed above %.1f at every load swept.\n", options.threshold);
  }
  return 0;
}

}  // namespace ebmapp
