// Keeps the window's drawing to at most four fifths of the GUI thread's time, measured over whole repaints.
#pragma once

#include <QElapsedTimer>
#include <QObject>

class QWidget;

namespace ebmui {

/// One per top-level window, shared by its VTK views. A view's render (VTK's draw and the read-back) is tens
/// of milliseconds of GUI-thread work with software OpenGL when its still layer changed, in which no click,
/// key or timer is served. The pacer measures each render and a view asking for its next one waits until a
/// twentieth of that has passed since it ended, so input is never starved by back-to-back renders. (Measured
/// on two cores with software OpenGL when the window was composed through OpenGL: a block of ~75 ms; no wait
/// gave 13.6 repaints/s and a median timer lateness of 56 ms, a quarter 9.9/s and 21 ms. Views now render
/// one at a time, each its own event, so input is also served between them.)
class RenderPacer : public QObject {
  Q_OBJECT
 public:
  /// The pacer of `widget`'s top-level window, made on first use.
  static RenderPacer* of(QWidget* widget);

  /// A view starts rendering (opens the block).
  void renderStarted();
  /// The render is done and read back (closes the block).
  void renderFinished();
  /// Milliseconds to wait before the next repaint (≤ 0: now).
  [[nodiscard]] qint64 waitMilliseconds() const;

 private:
  explicit RenderPacer(QObject* parent) : QObject(parent) {}

  static constexpr double kIdleShare = 0.05;      // the GUI thread's time kept free of drawing, at least
  static constexpr double kLongestBlockMs = 150;  // one slow render never stalls drawing longer
  bool inBlock_ = false;
  QElapsedTimer block_, sinceBlock_;
  double lastBlockMs_ = 0;
};

}  // namespace ebmui
