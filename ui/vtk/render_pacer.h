// Keeps the window's drawing to at most four fifths of the GUI thread's time, measured over whole repaints.
#pragma once

#include <QElapsedTimer>
#include <QObject>

class QWidget;

namespace ebmui {

/// One per top-level window, shared by its VTK views. Qt repaints every view that asked for a frame in one
/// go and then composes the window: with software OpenGL that block is tens of milliseconds in which no
/// click, key or timer is served. The pacer measures the block, from the first view's paint to the swap,
/// and a view asking for its next frame waits until a quarter of that has passed since the block ended, so
/// input gets a fifth of the thread however many views are drawing. (Measured on two cores with software
/// OpenGL while training: a block of ~75 ms; no wait gave 13.6 repaints/s and a median timer lateness of
/// 56 ms, a quarter 9.9/s and 21 ms, a whole block 6/s and 5 ms.)
class RenderPacer : public QObject {
  Q_OBJECT
 public:
  /// The pacer of `widget`'s top-level window, made on first use.
  static RenderPacer* of(QWidget* widget);

  /// A view starts painting (the first one opens the block).
  void paintStarted();
  /// The window has been composed and swapped (closes the block).
  void frameSwapped();
  /// Milliseconds to wait before the next repaint (≤ 0: now).
  [[nodiscard]] qint64 waitMilliseconds() const;

 private:
  explicit RenderPacer(QObject* parent) : QObject(parent) {}

  static constexpr double kIdleShare = 0.2;       // the GUI thread's time kept free of drawing
  static constexpr double kLongestBlockMs = 150;  // a grab or a hidden window never stalls drawing longer
  bool inBlock_ = false;
  QElapsedTimer block_, sinceBlock_;
  double lastBlockMs_ = 0;
};

}  // namespace ebmui
