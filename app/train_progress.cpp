#include "train_progress.h"

#include <unistd.h>

#include <algorithm>
#include <cmath>

namespace ebmapp {
namespace {

constexpr int kBarWidth = 24;

// "1:05" for 65 s, "1:02:05" past an hour.
std::string clock(double seconds) {
  const long total = std::lround(std::max(0.0, seconds));
  char text[32];
  if (total >= 3600)
    std::snprintf(text, sizeof(text), "%ld:%02ld:%02ld", total / 3600, total / 60 % 60, total % 60);
  else
    std::snprintf(text, sizeof(text), "%ld:%02ld", total / 60, total % 60);
  return text;
}

}  // namespace

TrainProgress::TrainProgress(std::FILE* stream, std::string label, std::int64_t iterations, double seconds)
    : stream_(stream),
      label_(std::move(label)),
      iterations_(iterations),
      seconds_(seconds),
      terminal_(::isatty(::fileno(stream)) == 1),
      start_(std::chrono::steady_clock::now()),
      lastDraw_(start_) {}

double TrainProgress::fraction(const ebm::TrainingMetrics& metrics) const {
  if (iterations_ > 0) return std::clamp(double(metrics.step) / double(iterations_), 0.0, 1.0);
  if (seconds_ > 0) return std::clamp(metrics.seconds / seconds_, 0.0, 1.0);
  return 0;
}

void TrainProgress::update(const ebm::TrainingMetrics& metrics) {
  const auto now = std::chrono::steady_clock::now();
  if (terminal_) {
    if (now - lastDraw_ < std::chrono::milliseconds(100)) return;
    lastDraw_ = now;
    draw(metrics);
  } else if (fraction(metrics) * 10 >= nextTenth_) {
    nextTenth_ = int(fraction(metrics) * 10) + 1;
    line(metrics);
    lastLineStep_ = metrics.step;
  }
}

void TrainProgress::finish(const ebm::TrainingMetrics& metrics) {
  if (terminal_) {
    draw(metrics);
    std::fputc('\n', stream_);
  } else if (metrics.step != lastLineStep_) {
    line(metrics);
  }
  std::fflush(stream_);
}

// ETA from the wall time so far and the part of the budget done: (1 − f)/f of the elapsed time.
void TrainProgress::draw(const ebm::TrainingMetrics& metrics) {
  const double f = fraction(metrics);
  const double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  const int filled = int(std::lround(f * kBarWidth));
  std::string bar(std::size_t(filled), '#');
  bar.append(std::size_t(kBarWidth - filled), '-');
  const std::string eta = f > 0 ? clock(elapsed * (1 - f) / f) : std::string("?");
  std::fprintf(stream_, "\r%s [%s] %3d%%  it %lld  loss %.4g  %s left   ", label_.c_str(), bar.c_str(),
               int(std::floor(f * 100)), static_cast<long long>(metrics.step), metrics.loss, eta.c_str());
  std::fflush(stream_);
}

void TrainProgress::line(const ebm::TrainingMetrics& metrics) {
  const double f = fraction(metrics);
  const double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  std::fprintf(stream_, "%s: %3d%%, iteration %lld, loss %.4g, %s elapsed", label_.c_str(),
               int(std::floor(f * 100)), static_cast<long long>(metrics.step), metrics.loss,
               clock(elapsed).c_str());
  if (f > 0 && f < 1) std::fprintf(stream_, ", about %s left", clock(elapsed * (1 - f) / f).c_str());
  std::fputc('\n', stream_);
  std::fflush(stream_);
}

}  // namespace ebmapp
