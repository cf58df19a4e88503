#include "jobs/progress.h"

#include <algorithm>
#include <cmath>

namespace ebm {

void Progress::advance(std::int64_t units) {
  const auto now = Clock::now();
  const double dt = std::chrono::duration<double>(now - last_).count();
  done_ += units;
  if (dt > 0) {
    // Exponential smoothing with a ~2 s memory: steady ETAs that still follow a change of pace.
    const double instant = double(units) / dt;
    const double keep = std::exp(-dt / 2.0);
    rate_ = rate_ > 0 ? keep * rate_ + (1 - keep) * instant : instant;
  }
  last_ = now;
}

double Progress::elapsedSeconds() const {
  return std::chrono::duration<double>(Clock::now() - start_).count();
}

double Progress::etaSeconds() const {
  if (total_ <= 0 || rate_ <= 0) return -1.0;
  return double(std::max<std::int64_t>(0, total_ - done_)) / rate_;
}

}  // namespace ebm
