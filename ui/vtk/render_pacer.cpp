#include "vtk/render_pacer.h"

#include <QWidget>
#include <algorithm>

namespace ebmui {

RenderPacer* RenderPacer::of(QWidget* widget) {
  QWidget* window = widget->window();
  auto* pacer = window->findChild<RenderPacer*>(QString(), Qt::FindDirectChildrenOnly);
  return pacer ? pacer : new RenderPacer(window);
}

void RenderPacer::renderStarted() {
  // A block left open (a render that never finished) is closed by the next one.
  if (inBlock_ && block_.elapsed() < qint64(kLongestBlockMs)) return;
  inBlock_ = true;
  block_.start();
}

void RenderPacer::renderFinished() {
  if (!inBlock_) return;
  inBlock_ = false;
  lastBlockMs_ = std::min(kLongestBlockMs, double(block_.nsecsElapsed()) / 1e6);
  sinceBlock_.start();
}

qint64 RenderPacer::waitMilliseconds() const {
  if (!sinceBlock_.isValid()) return 0;
  return qint64(kIdleShare / (1 - kIdleShare) * lastBlockMs_) - sinceBlock_.elapsed();
}

}  // namespace ebmui
