#include "vtk/render_pacer.h"

#include <QWidget>
#include <algorithm>

namespace ebmui {

RenderPacer* RenderPacer::of(QWidget* widget) {
  QWidget* window = widget->window();
  auto* pacer = window->findChild<RenderPacer*>(QString(), Qt::FindDirectChildrenOnly);
  return pacer ? pacer : new RenderPacer(window);
}

void RenderPacer::paintStarted() {
  // A block left open (a paint without a swap, e.g. a grab) is closed by the next paint.
  if (inBlock_ && block_.elapsed() < qint64(kLongestBlockMs)) return;
  inBlock_ = true;
  block_.start();
}

void RenderPacer::frameSwapped() {
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
