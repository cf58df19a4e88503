#include "panels/control_panels.h"

#include <QComboBox>
#include <QFormLayout>
#include <QScrollArea>
#include <algorithm>
#include <iterator>

#include "experiments/experiment_panel.h"
#include "experiments/experiment_stage.h"
#include "panels/animation_panel.h"
#include "panels/anomaly_panel.h"
#include "panels/composition_panel.h"
#include "panels/data_panel.h"
#include "panels/energy_panel.h"
#include "panels/ood_panel.h"
#include "panels/sampler_panel.h"
#include "panels/training_panel.h"

namespace ebmui {
namespace {

// A panel fits the dock's width: long combo entries ("Persistent contrastive divergence", energy names)
// elide instead of widening the panel, and a form puts a field under its label when a row is too wide — a
// horizontal scrollbar would cut the labels on the left.
QWidget* scrollable(QWidget* panel) {
  for (QComboBox* box : panel->findChildren<QComboBox*>()) {
    box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    box->setMinimumContentsLength(10);
  }
  for (QFormLayout* form : panel->findChildren<QFormLayout*>())
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
  auto* area = new QScrollArea;
  area->setWidget(panel);
  area->setWidgetResizable(true);
  area->setFrameShape(QFrame::NoFrame);
  return area;
}

}  // namespace

ControlPanels::ControlPanels(Session* session, ViewArea* views, QWidget* parent)
    : QTabWidget(parent),
      composition_(new CompositionPanel(session)),
      sampler_(new SamplerPanel(session)),
      training_(new TrainingPanel(session)),
      data_(new DataPanel(session, views)),
      energy_(new EnergyPanel(session)),
      anomaly_(new AnomalyPanel(session)),
      ood_(new OodPanel(session)),
      animation_(new AnimationPanel(session)) {
  setObjectName(QStringLiteral("panels"));
  const struct {
    QWidget* panel;
    QString title, tip;
  } tabs[] = {
      {composition_, tr("Landscape"),
       tr("Compose energies, set the temperature, read log Z and the free energy")},
      {sampler_, tr("Sampler"),
       tr("The particles: sampler, step size, how many, and their energy histogram")},
      {training_, tr("Training"), tr("Train a neural energy on the data, with live charts")},
      {data_, tr("Data"), tr("The data set the energy learns")},
      {energy_, tr("Energies"), tr("The lesson's energies: analytic ones, networks, model files")},
      {anomaly_, tr("Anomalies"), tr("Energy as surprise: a threshold on the energy flags anomalies")},
      {ood_, tr("Out-of-distribution"),
       tr("Does a classifier know what it has never seen? Its energy against its max-softmax score, and "
          "energy "
          "fine-tuning")},
      {animation_, tr("Animation"), tr("Keyframes for sliders and the camera, a preview, and video export")},
  };
  for (const auto& tab : tabs)
    setTabToolTip(addTab(scrollable(tab.panel), tab.title), tab.tip);
}

void ControlPanels::setExperimentPanel(ExperimentPanel* panel) {
  if (experiment_) {
    removeTab(indexOf(experimentTab_));
    delete experimentTab_;  // the scroll area, with the panel and its stage
    experiment_ = nullptr;
    experimentTab_ = nullptr;
  }
  if (!panel) return;
  experiment_ = panel;
  experiment_->setObjectName(QStringLiteral("experimentPanel"));
  experimentTab_ = scrollable(experiment_);
  setTabToolTip(addTab(experimentTab_, experiment_->title()), experiment_->toolTip());
}

// Lesson mode: the tabs a lesson lists in hiddenControls are not shown to the class. The anomaly tab only
// exists for lessons that draw anomalies, the out-of-distribution tab for lessons that place outliers around
// a classifier's data.
void ControlPanels::showLesson(const ebm::Lesson& lesson) {
  const auto& hidden = lesson.hiddenControls;
  const auto hides = [&hidden](const char* name) {
    return std::find(hidden.begin(), hidden.end(), name) != hidden.end();
  };
  const char* names[] = {"landscape", "sampler",   "training", "data",
                         "energies",  "anomalies", "ood",      "animation"};
  for (int i = 0; i < int(std::size(names)); ++i)
    setTabVisible(i, !hides(names[i]));
  setTabVisible(Anomalies, lesson.anomaly.count > 0);
  setTabVisible(Ood, lesson.ood.any() && !hides("ood"));
  if (experiment_) {
    setCurrentWidget(experimentTab_);
  } else {
    setCurrentIndex(lesson.anomaly.count > 0 ? Anomalies : lesson.ood.any() ? Ood : Landscape);
  }
}

void ControlPanels::showNeighbourTab(int step) {
  for (int i = 1; i < count(); ++i) {
    const int tab = ((currentIndex() + step * i) % count() + count()) % count();
    if (isTabVisible(tab) && isTabEnabled(tab)) {
      setCurrentIndex(tab);
      return;
    }
  }
}

void ControlPanels::showFrame(const ebm::Frame& frame) {
  composition_->showFrame(frame);
  sampler_->showFrame(frame);
  training_->showFrame(frame);
  anomaly_->showFrame(frame);
  ood_->showFrame(frame);
  if (experiment_) experiment_->showFrame(frame);
}

}  // namespace ebmui
