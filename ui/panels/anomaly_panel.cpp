#include "panels/anomaly_panel.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>

#include "panels/charts/roc_chart.h"
#include "panels/parameter_slider.h"
#include "session/session.h"

namespace ebmui {

AnomalyPanel::AnomalyPanel(Session* session, QWidget* parent) : QWidget(parent), session_(session) {
  threshold_ = new ParameterSlider(session, QStringLiteral("threshold"), this);
  calibrate_ = new QPushButton(tr("Calibrate on normal data"), this);
  calibrate_->setToolTip(
      tr("Set the threshold so that the chosen share of normal (held-out) points is flagged"));
  rates_ = new QLabel(this);
  rates_->setWordWrap(true);
  legend_ = new QLabel(tr("<span style='color:#5aa0e6'>●</span> normal, passed &nbsp; "
                          "<span style='color:#ff9940'>●</span> normal, flagged (false alarm)<br>"
                          "<span style='color:#66cc66'>●</span> anomaly, missed &nbsp; "
                          "<span style='color:#f25a61'>●</span> anomaly, caught"),
                       this);
  roc_ = new RocChart(this);
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(threshold_);
  layout->addWidget(calibrate_);
  layout->addWidget(rates_);
  layout->addWidget(legend_);
  layout->addWidget(roc_, 1);
  connect(calibrate_, &QPushButton::clicked, this,
          [this] { session_->setParameter(QStringLiteral("threshold"), calibrated_); });
}

void AnomalyPanel::showFrame(const ebm::Frame& frame) {
  if (!frame.anomaly) return;
  const auto& a = *frame.anomaly;
  calibrated_ = a.calibratedThreshold;
  double low = a.threshold, high = a.threshold;
  for (const auto* set : {&a.normalEnergies, &a.anomalyEnergies}) {
    for (double e : *set)
      low = std::min(low, e), high = std::max(high, e);
  }
  threshold_->setRange(low, high);
  rates_->setText(tr("False alarms: <b>%1%</b> of normal points flagged<br>Misses: <b>%2%</b> of anomalies "
                     "not flagged<br>Area under the ROC curve: <b>%3</b> (calibrated threshold %4)")
                      .arg(100 * a.falseAlarmRate, 0, 'f', 1)
                      .arg(100 * a.missRate, 0, 'f', 1)
                      .arg(a.area, 0, 'f', 3)
                      .arg(a.calibratedThreshold, 0, 'g', 4));
  roc_->showAnomalies(a);
}

}  // namespace ebmui
