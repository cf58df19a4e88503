#include "session/point_drawing.h"

#include "core/errors.h"
#include "session/session.h"

namespace ebmui {

PointDrawing::PointDrawing(Session* session, QObject* parent) : QObject(parent), session_(session) {
  flushTimer_.setSingleShot(true);
  connect(&flushTimer_, &QTimer::timeout, this, &PointDrawing::flush);
  // The data changed under a stroke (an undo, an import, another lesson): the stroke stops there, and what
  // it has not shown yet is dropped rather than written over that change.
  auto drop = [this] {
    stroke_.reset();
    flushTimer_.stop();
  };
  connect(session_, &Session::changed, this, [this, drop](LessonPart part) {
    if (!flushing_ && (part == LessonPart::Data || part == LessonPart::Box)) drop();
  });
  connect(session_, &Session::lessonReplaced, this, drop);
  sinceFlush_.start();
}

void PointDrawing::setTool(Tool tool) {
  if (tool == tool_) return;
  endStroke();
  tool_ = tool;
}

void PointDrawing::press(const Eigen::Vector2d& at) {
  endStroke();
  if (tool_ == Tool::None) return;
  const ebm::Lesson& lesson = session_->lesson();
  Stroke stroke;
  try {
    stroke.data = ebm::drawablePoints(lesson);
    if (tool_ == Tool::Spray) {
      // Each stroke its own stream of random numbers: one seed per stroke of the session.
      const auto seed =
          std::uint64_t(strokeCount_ + 1) * 0x9E3779B97F4A7C15ull + std::uint64_t(stroke.data.points.cols());
      stroke.spray.emplace(brush_, lesson.box, seed);
    }
  } catch (const ebm::Error&) {
    return;  // a 3D lesson, or a brush of no size: the Data panel offers neither
  }
  ++strokeCount_;
  stroke.last = at;
  const ebm::Index changed = stroke.spray ? stroke.spray->press(stroke.data, at)
                                          : ebm::erasePoints(stroke.data, at, at, brush_.radius);
  stroke.pending = changed > 0;
  stroke_ = std::move(stroke);
  flush();  // what the press did shows at once
}

void PointDrawing::moveTo(const Eigen::Vector2d& at) {
  if (!stroke_) return;
  Stroke& stroke = *stroke_;
  const ebm::Index changed = stroke.spray ? stroke.spray->moveTo(stroke.data, at)
                                          : ebm::erasePoints(stroke.data, stroke.last, at, brush_.radius);
  stroke.last = at;
  if (changed > 0) stroke.pending = true;
  if (!stroke.pending) return;
  // A drag sends many moves a frame: the engine gets the stroke a few times a second, not once per pixel.
  const qint64 waited = sinceFlush_.elapsed();
  if (waited >= kFlushMs) {
    flush();
  } else if (!flushTimer_.isActive()) {
    flushTimer_.start(int(kFlushMs - waited));
  }
}

void PointDrawing::release(const Eigen::Vector2d& at) {
  if (!stroke_) return;
  if (at != stroke_->last) moveTo(at);
  endStroke();
}

void PointDrawing::clear() {
  endStroke();
  const ebm::Lesson& lesson = session_->lesson();
  const bool empty = lesson.data.source == ebm::DataSpec::Source::Points && lesson.data.points.cols() == 0;
  if (empty || lesson.data.source == ebm::DataSpec::Source::None) return;
  try {
    session_->editData(ebm::clearedPoints(lesson), tr("Clear points"));
  } catch (const ebm::Error&) {
    // a 3D lesson: the Data panel offers no Clear there
  }
}

void PointDrawing::flush() {
  flushTimer_.stop();
  if (!stroke_ || !stroke_->pending) return;
  stroke_->pending = false;
  const QString what = stroke_->spray ? tr("Draw points") : tr("Erase points");
  flushing_ = true;
  session_->editDataStroke(stroke_->data, what, strokeCount_);
  flushing_ = false;
  sinceFlush_.restart();
}

void PointDrawing::endStroke() {
  flush();
  stroke_.reset();
}

}  // namespace ebmui
