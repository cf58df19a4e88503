// Overlaps encoding with rendering: rendered frames wait in a short queue for a thread that writes them to a
// FrameSink, while the next frame is already being drawn.
#pragma once

#include <condition_variable>
#include <deque>
#include <exception>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

#include "export/frame_sink.h"

namespace ebmui {

/// Owns a sink and the thread that feeds it. Frames keep their order. Image buffers are recycled so a 4K
/// export does not allocate 25 MB per frame. Used by one producer thread.
class EncodingQueue {
 public:
  explicit EncodingQueue(std::unique_ptr<FrameSink> sink, int capacity = 3);
  /// Stops the thread without finishing: frames not yet written are dropped and the sink discards its result.
  ~EncodingQueue();
  EncodingQueue(const EncodingQueue&) = delete;
  EncodingQueue& operator=(const EncodingQueue&) = delete;

  /// An image buffer to render the next frame into (a recycled one when available).
  [[nodiscard]] RgbImage takeBuffer();
  /// Queues a frame, waiting while the queue is full. Throws the sink's error if writing failed.
  void push(RgbImage frame);
  /// Waits until every frame is written, then finishes the sink. Throws the first error.
  void finish();
  /// Seconds the producer spent waiting for the encoder (the queue was full) so far.
  [[nodiscard]] double waitedSeconds() const { return waited_; }

 private:
  void run();
  void rethrowFailure();

  std::unique_ptr<FrameSink> sink_;
  const std::size_t capacity_;
  std::mutex mutex_;
  std::condition_variable changed_;
  std::deque<RgbImage> pending_;
  std::vector<RgbImage> spare_;
  std::exception_ptr failure_;
  bool closing_ = false;   // no more frames will come
  bool stopping_ = false;  // drop what is left
  bool busy_ = false;      // the thread is writing a frame
  double waited_ = 0;
  std::thread thread_;
};

}  // namespace ebmui
