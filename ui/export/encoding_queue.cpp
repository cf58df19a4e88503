#include "export/encoding_queue.h"

#include <chrono>

namespace ebmui {

EncodingQueue::EncodingQueue(std::unique_ptr<FrameSink> sink, int capacity)
    : sink_(std::move(sink)), capacity_(std::size_t(capacity < 1 ? 1 : capacity)) {
  thread_ = std::thread([this] { run(); });
}

EncodingQueue::~EncodingQueue() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
    closing_ = true;
  }
  changed_.notify_all();
  if (thread_.joinable()) thread_.join();
}

RgbImage EncodingQueue::takeBuffer() {
  std::lock_guard lock(mutex_);
  if (spare_.empty()) return {};
  RgbImage image = std::move(spare_.back());
  spare_.pop_back();
  return image;
}

void EncodingQueue::rethrowFailure() {
  if (failure_) std::rethrow_exception(failure_);
}

void EncodingQueue::push(RgbImage frame) {
  const auto start = std::chrono::steady_clock::now();
  std::unique_lock lock(mutex_);
  changed_.wait(lock, [this] { return failure_ || pending_.size() < capacity_; });
  waited_ += std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  rethrowFailure();
  pending_.push_back(std::move(frame));
  lock.unlock();
  changed_.notify_all();
}

void EncodingQueue::finish() {
  {
    std::unique_lock lock(mutex_);
    closing_ = true;
    changed_.notify_all();
    changed_.wait(lock, [this] { return failure_ || (pending_.empty() && !busy_); });
    rethrowFailure();
  }
  // The thread has nothing left to do; join it so the sink is touched by this thread alone from here on.
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  changed_.notify_all();
  thread_.join();
  sink_->finish();
}

void EncodingQueue::run() {
  std::unique_lock lock(mutex_);
  while (true) {
    changed_.wait(lock, [this] { return stopping_ || !pending_.empty() || closing_; });
    if (stopping_ || failure_) return;
    if (pending_.empty()) {
      if (closing_) {
        // Wait for finish() to say stop (or the destructor), without spinning.
        changed_.wait(lock, [this] { return stopping_ || !pending_.empty(); });
        if (stopping_) return;
      }
      continue;
    }
    RgbImage frame = std::move(pending_.front());
    pending_.pop_front();
    busy_ = true;
    lock.unlock();
    std::exception_ptr error;
    try {
      sink_->write(frame);
    } catch (...) {
      error = std::current_exception();
    }
    lock.lock();
    busy_ = false;
    spare_.push_back(std::move(frame));
    if (error) failure_ = error;
    changed_.notify_all();
    if (failure_) return;
  }
}

}  // namespace ebmui
