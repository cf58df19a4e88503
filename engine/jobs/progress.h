// Progress of a long job: how far, how fast, and when it will be done (for progress bars and ETAs).
#pragma once

#include <chrono>
#include <cstdint>

namespace ebm {

/// Counts units of work against an optional total and estimates the time left from the recent rate.
class Progress {
 public:
  using Clock = std::chrono::steady_clock;

  /// total ≤ 0 means "open-ended" (no ETA, fraction 0).
  explicit Progress(std::int64_t total = 0) : total_(total), start_(Clock::now()), last_(start_) {}

  /// Records that `units` more work are done.
  void advance(std::int64_t units = 1);

  [[nodiscard]] std::int64_t done() const { return done_; }
  [[nodiscard]] std::int64_t total() const { return total_; }
  [[nodiscard]] double fraction() const { return total_ > 0 ? double(done_) / double(total_) : 0.0; }
  [[nodiscard]] double elapsedSeconds() const;
  /// Units per second, smoothed over the last few seconds (0 before the first advance).
  [[nodiscard]] double rate() const { return rate_; }
  /// Seconds left at the current rate; negative when unknown (no total, or no rate yet).
  [[nodiscard]] double etaSeconds() const;

 private:
  std::int64_t total_ = 0, done_ = 0;
  Clock::time_point start_, last_;
  double rate_ = 0;
};

}  // namespace ebm
