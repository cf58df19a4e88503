#include "panels/training_status.h"

#include <cmath>

namespace ebmui {

QString clockText(double seconds) {
  if (seconds < 0) return QStringLiteral("—");
  const int s = int(std::lround(seconds));
  return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

QString TrainingStatus::text(const ebm::TrainingFrame& t) {
  using State = ebm::TrainingFrame::State;
  QString text;
  switch (t.state) {
    case State::Idle:
      text = tr("Ready to train.");
      break;
    case State::Running:
      text = tr("Training — %1 elapsed, about %2 left")
                 .arg(clockText(t.elapsedSeconds), clockText(t.etaSeconds));
      break;
    case State::Paused:
      text = tr("Paused after %1 iterations.").arg(t.iteration);
      break;
    case State::Finished:
      text = tr("Finished %1 iterations in %2.").arg(t.iteration).arg(clockText(t.elapsedSeconds));
      break;
    case State::Stopped:
      text = tr("Stopped after %1 iterations; the weights so far are kept.").arg(t.iteration);
      break;
    case State::Diverged:
      text = tr("Stopped: training diverged.");
      break;
  }
  // The engine's message of a finished or stopped run says what the line above says; a divergence's says why.
  const bool saysMore = t.state != State::Finished && t.state != State::Stopped;
  if (saysMore && !t.message.empty())
    text += QStringLiteral("<br>") + QString::fromStdString(t.message).toHtmlEscaped();
  return text;
}

}  // namespace ebmui
