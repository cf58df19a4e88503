#include "panels/anomaly_panel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>

#include "io/lesson_parameters.h"
#include "panels/charts/roc_chart.h"
#include "panels/parameter_slider.h"
#include "session/session.h"
#include "style/palette.h"

namespace ebmui {

AnomalyPanel::AnomalyPanel(Session* session, QWidget* parent) : QWidget(parent), session_(session) {
  watchdog_ = new QComboBox(this);
  watchdog_->setObjectName(QStringLiteral("watchdog"));
  watchdog_->setToolTip(
      tr("The model whose energy scores surprise: the true density, or a model trained on normal data only"));
  watchdogLabel_ = new QLabel(tr("Watchdog"), this);
  threshold_ = new ParameterSlider(session, QStringLiteral("threshold"), this);
  calibrate_ = new QPushButton(tr("Calibrate on normal data"), this);
  calibrate_->setToolTip(
      tr("Set the threshold so that the chosen share of normal (held-out) points is flagged"));
  rates_ = new QLabel(this);
  rates_->setWordWrap(true);
  using palette::Flag;
  legend_ = new QLabel(tr("%1 normal, passed &nbsp; %2 normal, flagged (false alarm)<br>"
                          "%3 anomaly, missed &nbsp; %4 anomaly, caught")
                           .arg(palette::swatch(Flag::NormalPassed), palette::swatch(Flag::FalseAlarm),
                                palette::swatch(Flag::AnomalyMissed), palette::swatch(Flag::AnomalyCaught)),
                       this);
  legend_->setStyleSheet(palette::legendStyleSheet());
  roc_ = new RocChart(this);
  auto* choice = new QHBoxLayout;
  choice->addWidget(watchdogLabel_);
  choice->addWidget(watchdog_, 1);
  auto* layout = new QVBoxLayout(this);
  layout->addLayout(choice);
  layout->addWidget(threshold_);
  layout->addWidget(calibrate_);
  layout->addWidget(rates_);
  layout->addWidget(legend_);
  layout->addWidget(roc_, 1);
  connect(calibrate_, &QPushButton::clicked, this, [this] {
    if (calibrated_) session_->setParameter(QStringLiteral("threshold"), *calibrated_);
  });
  connect(session_, &Session::parameterChanged, this, [this](const QString& name) {
    if (name == QLatin1String("threshold")) enableCalibrate();
  });
  connect(watchdog_, &QComboBox::currentIndexChanged, this, [this](int index) {
    if (!updating_ && index >= 0) chooseWatchdog(index);
  });
  connect(session_, &Session::lessonReplaced, this, [this] {
    calibrated_.reset();  // a new lesson waits for its calibration from the engine
    enableCalibrate();
    refresh();
  });
  connect(session_, &Session::changed, this, [this](LessonPart part) {
    if (part == LessonPart::Energies) refresh();
  });
  refresh();
  enableCalibrate();
}

// Calibrate is a button only while it would move the threshold: greyed out, it says the threshold is the
// calibrated one (or that no frame has calibrated it yet).
void AnomalyPanel::enableCalibrate() {
  calibrate_->setEnabled(calibrated_ && ebm::admissibleValue("threshold", *calibrated_) !=
                                            session_->parameter(QStringLiteral("threshold")));
}

// The choice appears when the lesson has several energies to watch with; the drawn one is selected.
void AnomalyPanel::refresh() {
  updating_ = true;
  const ebm::Lesson& lesson = session_->lesson();
  watchdog_->clear();
  for (const auto& e : lesson.energies)
    watchdog_->addItem(QString::fromStdString(e.name.shown()));
  const bool single = lesson.composition.operation == ebm::Composition::Operation::Single;
  watchdog_->setCurrentIndex(single && !lesson.composition.terms.empty() ? lesson.composition.terms.front()
                                                                         : -1);
  const bool choice = lesson.energies.size() > 1;
  watchdog_->setVisible(choice);
  watchdogLabel_->setVisible(choice);
  updating_ = false;
}

// One undoable step: the landscape becomes the chosen energy, its threshold is calibrated again (energies of
// different models live on different scales), and Train would retrain that watchdog.
void AnomalyPanel::chooseWatchdog(int energy) {
  ebm::Lesson lesson = session_->lesson();
  if (energy >= int(lesson.energies.size())) return;
  lesson.composition.operation = ebm::Composition::Operation::Single;
  lesson.composition.terms = {energy};
  lesson.anomaly.calibrate = true;
  const std::string type = lesson.energies[std::size_t(energy)].spec.value("type", std::string());
  if (type == "rbm" || type == "mlp") {
    lesson.training.energy = energy;
    if (type == "rbm") {
      lesson.training.method = ebm::TrainingSpec::Method::Rbm;
    } else if (lesson.training.method == ebm::TrainingSpec::Method::Rbm) {
      lesson.training.method = ebm::TrainingSpec::Method::Nce;
    }
  }
  session_->editWhole(
      lesson, LessonPart::Energies,
      tr("Watch with %1").arg(QString::fromStdString(lesson.energies[std::size_t(energy)].name.shown())));
}

void AnomalyPanel::showFrame(const ebm::Frame& frame) {
  if (!frame.anomaly) return;
  const auto& a = *frame.anomaly;
  calibrated_ = a.calibratedThreshold;
  enableCalibrate();
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
