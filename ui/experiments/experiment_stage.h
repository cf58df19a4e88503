// The stage of an experiment lesson: the picture the class watches beside the landscape — a Sudoku board, a
// Hopfield network's pixels, a bar chart of choices. One painter per kind draws it, for the window's stage
// widget and for exported frames alike, so a video shows exactly what the window shows.
#pragma once

#include <QColor>
#include <QWidget>
#include <memory>
#include <string>

#include "experiment/experiment.h"

class QPainter;

namespace ebmui {

/// Draws one kind's stage from its frame. Stateless: the same frame and size give the same picture.
class StagePainter {
 public:
  virtual ~StagePainter() = default;
  /// Paints `frame` into `area` (in logical pixels; the painter may be scaled). `frame` has the kind of the
  /// painter.
  virtual void paint(QPainter& painter, const QRectF& area, const ebm::ExperimentFrame& frame) const = 0;
};

/// The painter of an experiment kind, or nullptr for a kind without a stage.
[[nodiscard]] const StagePainter* stagePainter(const std::string& kind);

/// Every stage's text on the dark background, and its quieter captions.
inline const QColor kStageText(230, 233, 240);
inline const QColor kStageDim(160, 168, 182);

/// Fills `area` with the dark background every ebmscape view uses, so a stage sits well beside VTK views.
void paintStageBackground(QPainter& painter, const QRectF& area);
/// The painter's font at `pixels` pixels (9 at least), bold or not.
[[nodiscard]] QFont stageFont(const QPainter& painter, double pixels, bool bold = false);
/// One line of text in `area` with the painter's font, shrunk until it fits.
void drawFittedText(QPainter& painter, const QRectF& area, int flags, const QString& text);

/// The window's stage: shows the newest frame of an experiment with its kind's painter. Mouse presses and
/// drags over it are reported (in the widget's coordinates, with the area the painter drew into) for kinds
/// whose stage is also an input (painting a Hopfield cue).
class StageWidget : public QWidget {
  Q_OBJECT
 public:
  explicit StageWidget(QWidget* parent = nullptr);
  void showFrame(const std::shared_ptr<const ebm::ExperimentFrame>& frame);
  [[nodiscard]] const std::shared_ptr<const ebm::ExperimentFrame>& frame() const { return frame_; }
  [[nodiscard]] QSize sizeHint() const override { return {640, 640}; }
  [[nodiscard]] QSize minimumSizeHint() const override { return {200, 200}; }

 signals:
  /// A press or a drag with a button held at `position` in a stage of `size`.
  void pointerAt(QPointF position, QSizeF size, Qt::MouseButtons buttons);
  /// The button was released after pointerAt().
  void pointerReleased();

 protected:
  void paintEvent(QPaintEvent* event) override;
  void mousePressEvent(QMouseEvent* event) override;
  void mouseMoveEvent(QMouseEvent* event) override;
  void mouseReleaseEvent(QMouseEvent* event) override;

 private:
  std::shared_ptr<const ebm::ExperimentFrame> frame_;
};

}  // namespace ebmui
