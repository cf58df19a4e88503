#include "experiments/hopfield_panel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>
#include <algorithm>

#include "experiments/capacity_chart.h"
#include "experiments/experiment_stage.h"
#include "experiments/hopfield_stage.h"
#include "experiments/recall_chart.h"
#include "hopfield/hopfield_experiment.h"
#include "i18n/language.h"
#include "panels/parameter_slider.h"
#include "session/session.h"

namespace ebmui {
namespace {

QStringList storedNamesOf(const nlohmann::json& e) {
  QStringList names;
  if (e.contains("stored") && e["stored"].is_array()) {
    for (const auto& n : e["stored"])
      if (n.is_string()) names << QString::fromStdString(n.get<std::string>());
  } else if (e.contains("patterns") && e["patterns"].is_array()) {
    for (const auto& p : e["patterns"])
      names << jsonText(p, "name");
  }
  return names;
}

}  // namespace

HopfieldPanel::HopfieldPanel(Session* session, QWidget* parent) : ExperimentPanel(session, parent) {
  makeStage();
  stage()->setToolTip(tr("Paint the cue: left button ink, right button paper. Then Recall (C)."));
  stage()->setCursor(Qt::CrossCursor);

  memories_ = new QGridLayout;
  randomPatterns_ = new QSpinBox(this);
  randomPatterns_->setObjectName(QStringLiteral("hopfieldRandomPatterns"));
  randomPatterns_->setRange(0, ebm::hopfield::kMaxRandomPatterns);
  randomPatterns_->setPrefix(tr("+ "));
  randomPatterns_->setSuffix(tr(" random patterns"));
  randomPatterns_->setToolTip(
      tr("Store random pictures too: past about 0.138 × 256 ≈ 35 patterns in all, Hebb's "
         "valleys run into each other and recall fails"));
  rule_ = new QComboBox(this);
  rule_->setObjectName(QStringLiteral("hopfieldRule"));
  rule_->addItem(tr("Hebbian: wᵢⱼ = (1/N) Σ ξᵢξⱼ"), QStringLiteral("hebbian"));
  rule_->setItemData(0,
                     tr("Each memory adds its own valley; correlated memories (letters) disturb each other"),
                     Qt::ToolTipRole);
  rule_->addItem(tr("Pseudo-inverse (projection)"), QStringLiteral("pseudo-inverse"));
  rule_->setItemData(1,
                     tr("W projects onto the memories: each one a fixed point even when they are correlated, "
                        "up to about N/2 memories"),
                     Qt::ToolTipRole);
  rule_->setToolTip(tr("How the couplings are made from the memories"));

  cue_ = new QComboBox(this);
  cue_->setObjectName(QStringLiteral("hopfieldCue"));
  cue_->setToolTip(tr("The memory the cue is made from"));
  noise_ = new ParameterSlider(session, QStringLiteral("hopfield.noise"), this);
  temperature_ = new ParameterSlider(session, QStringLiteral("hopfield.temperature"), this);
  pace_ = new ParameterSlider(session, QStringLiteral("hopfield.pace"), this);
  newCue_ = new QPushButton(tr("New cue"), this);
  newCue_->setObjectName(QStringLiteral("hopfieldNewCue"));
  newCue_->setShortcut(Qt::Key_N);
  newCue_->setToolTip(tr("Flip a fresh random set of the memory's pixels and recall from there (N)"));
  recall_ = new QPushButton(tr("Recall"), this);
  recall_->setObjectName(QStringLiteral("hopfieldRecall"));
  recall_->setShortcut(Qt::Key_C);  // R resets the camera
  recall_->setToolTip(tr("Let the network descend from the picture it shows, one unit at a time (C)"));
  step_ = new QPushButton(tr("Step"), this);
  step_->setObjectName(QStringLiteral("hopfieldStep"));
  setStepButton(step_);  // S is the window's Run ▸ Step
  step_->setToolTip(tr("One frame's updates, also while paused (S)"));
  play_ = new QPushButton(this);
  play_->setObjectName(QStringLiteral("hopfieldPlay"));
  play_->setToolTip(tr("Run or pause the recall (Space)"));
  for (int k = 0; k < 2; ++k) {
    axes_[k] = new QComboBox(this);
    axes_[k]->setObjectName(k == 0 ? QStringLiteral("hopfieldAxis1") : QStringLiteral("hopfieldAxis2"));
    axes_[k]->setToolTip(tr("The memory whose overlap m%1 runs along this axis of the landscape").arg(k + 1));
  }
  readout_ = new QLabel(this);
  readout_->setWordWrap(true);
  readout_->setTextFormat(Qt::RichText);
  energyChart_ = new RecallChart(tr("Energy of the recall"), tr("updates"), tr("E(s)"), 0, 0, this);
  energyChart_->setObjectName(QStringLiteral("hopfieldEnergyChart"));
  energyChart_->setToolTip(tr("At T = 0 each update lowers E or leaves it: the curve never rises"));
  overlapChart_ =
      new RecallChart(tr("Overlaps with the memories"), tr("updates"), tr("m"), -1.05, 1.05, this);
  overlapChart_->setObjectName(QStringLiteral("hopfieldOverlapChart"));
  overlapChart_->setToolTip(tr("m_μ = (1/N) Σᵢ ξᵢ^μ sᵢ: 1 when the state is memory μ, −1 at its negative"));
  capacityNeurons_ = new QSpinBox(this);
  capacityNeurons_->setRange(50, 1000);
  capacityNeurons_->setSingleStep(50);
  capacityNeurons_->setValue(400);
  capacityNeurons_->setSuffix(tr(" neurons"));
  capacityNeurons_->setToolTip(tr("The size N of the random networks measured (not the lesson's 16×16)"));
  measureCapacity_ = new QPushButton(tr("Measure capacity"), this);
  measureCapacity_->setObjectName(QStringLiteral("hopfieldMeasureCapacity"));
  measureCapacity_->setToolTip(
      tr("For α from 0.02 to 0.25: store αN random patterns, start at each, settle at "
         "T = 0, and plot the mean overlap kept"));
  capacityChart_ = new CapacityChart(this);
  capacityReadout_ = new QLabel(tr("Not measured yet."), this);
  capacityReadout_->setWordWrap(true);

  auto* buttons = new QHBoxLayout;
  for (QPushButton* b : {newCue_, recall_, step_, play_})
    buttons->addWidget(b);
  auto* axesRow = new QHBoxLayout;
  axesRow->addWidget(new QLabel(tr("Landscape m₁:"), this));
  axesRow->addWidget(axes_[0], 1);
  axesRow->addWidget(new QLabel(tr("m₂:"), this));
  axesRow->addWidget(axes_[1], 1);
  auto* recallPage = new QWidget(this);
  auto* recallLayout = new QVBoxLayout(recallPage);
  recallLayout->setContentsMargins(0, 0, 0, 0);
  recallLayout->addWidget(energyChart_, 1);
  recallLayout->addWidget(overlapChart_, 1);
  auto* capacityPage = new QWidget(this);
  auto* capacityLayout = new QVBoxLayout(capacityPage);
  capacityLayout->setContentsMargins(0, 0, 0, 0);
  auto* capacityRow = new QHBoxLayout;
  capacityRow->addWidget(capacityNeurons_);
  capacityRow->addWidget(measureCapacity_, 1);
  capacityLayout->addLayout(capacityRow);
  capacityLayout->addWidget(capacityReadout_);
  capacityLayout->addWidget(capacityChart_, 1);
  auto* charts = new QTabWidget(this);
  charts->setObjectName(QStringLiteral("hopfieldCharts"));
  charts->addTab(recallPage, tr("Recall"));
  charts->addTab(capacityPage, tr("Capacity"));

  auto* layout = new QVBoxLayout(this);
  layout->addWidget(new QLabel(tr("<b>Memories</b> (stored as valleys)"), this));
  layout->addLayout(memories_);
  layout->addWidget(randomPatterns_);
  layout->addWidget(rule_);
  auto* cueRow = new QHBoxLayout;
  cueRow->addWidget(new QLabel(tr("<b>Cue</b> from"), this));
  cueRow->addWidget(cue_, 1);
  layout->addLayout(cueRow);
  layout->addWidget(noise_);
  layout->addWidget(temperature_);
  layout->addWidget(pace_);
  layout->addLayout(buttons);
  layout->addLayout(axesRow);
  layout->addWidget(readout_);
  layout->addWidget(charts, 1);

  connect(randomPatterns_, &QSpinBox::editingFinished, this,
          [this] { editSetting("randomPatterns", randomPatterns_->value(), tr("Store random patterns")); });
  connect(rule_, &QComboBox::activated, this, [this](int index) {
    editSetting("rule", rule_->itemData(index).toString().toStdString(), tr("Change the storage rule"));
  });
  connect(cue_, &QComboBox::activated, this, [this](int index) {
    nlohmann::json settings = session_->lesson().experiment;
    settings["cue"] = cue_->itemText(index).toStdString();
    settings.erase("painted");
    if (settings != session_->lesson().experiment)
      session_->edit(&ebm::Lesson::experiment, settings, LessonPart::Experiment, tr("Choose the cue"));
  });
  for (int k = 0; k < 2; ++k) {
    connect(axes_[k], &QComboBox::activated, this, [this] {
      editSetting("axes", {axes_[0]->currentText().toStdString(), axes_[1]->currentText().toStdString()},
                  tr("Choose the landscape's memories"));
    });
  }
  connect(newCue_, &QPushButton::clicked, this,
          [this] { emit commandRequested("cue", nlohmann::json::object()); });
  connect(recall_, &QPushButton::clicked, this,
          [this] { emit commandRequested("recall", nlohmann::json::object()); });
  connect(step_, &QPushButton::clicked, this,
          [this] { emit commandRequested("step", nlohmann::json::object()); });
  connect(play_, &QPushButton::clicked, this, [this] {
    session_->applyWithoutUndo([](ebm::Lesson& l) { l.sampler.playing = !l.sampler.playing; },
                               LessonPart::Sampler);
  });
  connect(measureCapacity_, &QPushButton::clicked, this, [this] {
    capacityReadout_->setText(tr("Measuring %1 neurons…").arg(capacityNeurons_->value()));
    emit commandRequested("capacity", {{"neurons", capacityNeurons_->value()}});
  });
  connect(stage(), &StageWidget::pointerAt, this, &HopfieldPanel::paintAt);
  connect(stage(), &StageWidget::pointerReleased, this, [this] { paintedUnit_ = -1; });
  connect(session_, &Session::changed, this, [this] { syncFromLesson(); });
  connect(session_, &Session::lessonReplaced, this, [this] { syncFromLesson(); });
  syncFromLesson();
}

// The controls follow the lesson (undo, a reopened file) without echoing the change back.
void HopfieldPanel::syncFromLesson() {
  const ebm::Lesson& lesson = session_->lesson();
  if (lesson.experimentKind() != ebm::HopfieldExperiment::kKind) return;
  const nlohmann::json& e = lesson.experiment;
  updating_ = true;
  rebuildMemoryBoxes(e);
  const QStringList stored = storedNamesOf(e);
  for (QCheckBox* box : stored_) {
    const QSignalBlocker blocker(box);
    box->setChecked(stored.contains(box->text()));
  }
  {
    const QSignalBlocker b1(randomPatterns_), b2(rule_);
    randomPatterns_->setValue(e.value("randomPatterns", 0));
    rule_->setCurrentIndex(
        std::max(0, rule_->findData(QString::fromStdString(e.value("rule", std::string("hebbian"))))));
  }
  play_->setText(lesson.sampler.playing ? tr("Pause") : tr("Play"));
  updating_ = false;
}

// One check box per bundled bitmap, five to a row; made again when another lesson of this kind bundles
// others.
void HopfieldPanel::rebuildMemoryBoxes(const nlohmann::json& e) {
  QStringList names;
  if (e.contains("patterns") && e["patterns"].is_array()) {
    for (const auto& p : e["patterns"])
      names << jsonText(p, "name");
  }
  QStringList shown;
  for (QCheckBox* box : stored_)
    shown << box->text();
  if (names == shown) return;
  for (QCheckBox* box : stored_)
    delete box;
  stored_.clear();
  for (const QString& name : names) {
    auto* box = new QCheckBox(name, this);
    box->setToolTip(tr("Store this picture as a memory"));
    memories_->addWidget(box, int(stored_.size()) / 5, int(stored_.size()) % 5);
    stored_.push_back(box);
    connect(box, &QCheckBox::toggled, this, [this] { editStored(); });
  }
}

void HopfieldPanel::editSetting(const char* key, const nlohmann::json& value, const QString& what) {
  if (updating_) return;
  nlohmann::json settings = session_->lesson().experiment;
  if (settings.value(key, nlohmann::json()) == value) return;
  settings[key] = value;
  session_->edit(&ebm::Lesson::experiment, settings, LessonPart::Experiment, what);
}

// A change of the stored set keeps the cue and the landscape's axes on memories that are still stored.
void HopfieldPanel::editStored() {
  if (updating_) return;
  nlohmann::json settings = session_->lesson().experiment;
  nlohmann::json names = nlohmann::json::array();
  for (QCheckBox* box : stored_)
    if (box->isChecked()) names.push_back(box->text().toStdString());
  if (names.empty() && settings.value("randomPatterns", 0) == 0) {
    syncFromLesson();  // a memory needs something stored: the last box stays ticked
    return;
  }
  settings["stored"] = names;
  const auto kept = [&](const std::string& name) {
    if (name.rfind("random ", 0) == 0) return true;
    return std::find(names.begin(), names.end(), name) != names.end();
  };
  const std::string first = names.empty() ? std::string("random 1") : names[0].get<std::string>();
  if (!kept(settings.value("cue", first))) settings["cue"] = first;
  if (settings.contains("axes") && settings["axes"].is_array()) {
    for (auto& a : settings["axes"])
      if (!a.is_string() || !kept(a.get<std::string>())) a = first;
  }
  session_->edit(&ebm::Lesson::experiment, settings, LessonPart::Experiment, tr("Choose the memories"));
}

// Left button paints ink, right button paper; a drag paints every unit it crosses once.
void HopfieldPanel::paintAt(QPointF position, QSizeF size, Qt::MouseButtons buttons) {
  const int unit = HopfieldStage::unitAt(QRectF(QPointF(0, 0), size), position);
  const int value = buttons & Qt::RightButton ? -1 : 1;
  if (unit < 0 || (unit == paintedUnit_ && value == paintedValue_)) return;
  paintedUnit_ = unit;
  paintedValue_ = value;
  emit commandRequested("paint", {{"cell", unit}, {"value", value}});
}

void HopfieldPanel::showFrame(const ebm::Frame& frame) {
  const auto* f = dynamic_cast<const ebm::HopfieldFrame*>(frame.experiment.get());
  if (!f) return;
  stage()->showFrame(frame.experiment);
  QStringList names;
  for (const auto& n : f->patternNames)
    names << QString::fromStdString(n);
  {
    const QSignalBlocker b1(cue_), b2(axes_[0]), b3(axes_[1]);
    if (cue_->count() != names.size() || (cue_->count() > 0 && cue_->itemText(0) != names[0])) {
      for (QComboBox* box : {cue_, axes_[0], axes_[1]}) {
        box->clear();
        box->addItems(names);
      }
    }
    cue_->setCurrentIndex(f->cueName.empty() ? -1 : int(names.indexOf(QString::fromStdString(f->cueName))));
    axes_[0]->setCurrentIndex(f->axes[0]);
    axes_[1]->setCurrentIndex(f->axes[1]);
  }
  const int n = int(f->state.size());
  const double alpha = double(names.size()) / n;
  readout_->setText(
      tr("E = <b>%1</b> after %2 updates (%3 sweeps)%4<br>%5 memories in %6 units: load α = P/N = "
         "%7%8")
          .arg(f->energy, 0, 'f', 2)
          .arg(f->updates)
          .arg(double(f->updates) / n, 0, 'f', 1)
          .arg(f->settled ? tr(" — a fixed point") : QString())
          .arg(names.size())
          .arg(n)
          .arg(alpha, 0, 'f', 3)
          .arg(alpha > 0.138 && f->rule == "hebbian" ? tr(" — beyond Hebb's capacity 0.138") : QString()));
  energyChart_->showHistory(f->historyUpdates, {f->historyEnergy.get()}, {tr("E")});
  std::vector<const std::vector<double>*> overlaps;
  for (const auto& o : *f->historyOverlaps)
    overlaps.push_back(&o);
  overlapChart_->showHistory(f->historyUpdates, overlaps, names.mid(0, qsizetype(overlaps.size())));
  step_->setEnabled(!f->settled);
  recall_->setEnabled(!f->settled);
  if (f->capacity) {
    capacityChart_->showCurve(f->capacity);
    capacityReadout_->setText(
        f->capacity->criticalLoad > 0
            ? tr("N = %1: recall drops below 0.9 at α_c = %2 (theory for N → ∞: 0.138)")
                  .arg(f->capacity->neurons)
                  .arg(f->capacity->criticalLoad, 0, 'f', 2)
            : tr("N = %1: recall stayed above 0.9 at every load").arg(f->capacity->neurons));
  }
}

}  // namespace ebmui
