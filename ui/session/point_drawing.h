// Drawing points on the map as a teacher holds the brush: each stroke, from the press to the release, sprays
// or erases the lesson's points and is one undoable step; Clear empties the map in one step too.
#pragma once

#include <Eigen/Core>
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <optional>

#include "io/lesson_drawing.h"

namespace ebmui {

class Session;

/// Turns strokes on the map (world coordinates) into edits of the lesson's data (io/lesson_drawing.h). The
/// points appear while the brush moves: a stroke's edits reach the session at most every kFlushMs and merge
/// into one undo step ("Draw points", "Erase points"). A stroke ends early if the data changes under it
/// (an undo, another lesson): what it drew so far stays one step.
class PointDrawing : public QObject {
  Q_OBJECT
 public:
  enum class Tool { None, Spray, Erase };
  /// The longest a stroke's points wait before they reach the lesson (and the engine).
  static constexpr int kFlushMs = 80;

  explicit PointDrawing(Session* session, QObject* parent = nullptr);

  void setTool(Tool tool);
  [[nodiscard]] Tool tool() const { return tool_; }
  /// The brush of the strokes that follow: its radius in world units, its density and its class.
  void setBrush(const ebm::PointBrush& brush) { brush_ = brush; }
  [[nodiscard]] const ebm::PointBrush& brush() const { return brush_; }

  /// The brush lands on the map at `at`, moves to `at`, lifts at `at`. Without a tool nothing happens.
  void press(const Eigen::Vector2d& at);
  void moveTo(const Eigen::Vector2d& at);
  void release(const Eigen::Vector2d& at);
  /// True between a press and its release.
  [[nodiscard]] bool stroking() const { return stroke_.has_value(); }

  /// Removes every point, as one undoable step ("Clear points"); the classes stay for drawing on.
  void clear();

 private:
  struct Stroke {
    ebm::DataSpec data;  ///< the lesson's data with the stroke so far
    std::optional<ebm::SprayStroke> spray;
    Eigen::Vector2d last = Eigen::Vector2d::Zero();
    bool pending = false;  ///< `data` has changes the lesson does not have yet
  };
  void flush();
  void endStroke();

  Session* session_;
  Tool tool_ = Tool::None;
  ebm::PointBrush brush_;
  std::optional<Stroke> stroke_;
  int strokeCount_ = 0;  ///< strokes begun: the current one's number for the undo stack
  bool flushing_ = false;
  QElapsedTimer sinceFlush_;
  QTimer flushTimer_;
};

}  // namespace ebmui
