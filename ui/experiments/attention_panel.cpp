#include "experiments/attention_panel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSlider>
#include <QUndoStack>
#include <QVBoxLayout>
#include <cmath>

#include "attention/attention_experiment.h"
#include "experiments/experiment_stage.h"
#include "panels/parameter_slider.h"
#include "session/session.h"

namespace ebmui {
namespace {

// β from 10⁻² to 10³, in steps of 10^(1/40) along the slider.
constexpr double kLowestLogBeta = -2, kHighestLogBeta = 3;
constexpr int kTicksPerDecade = 40;

int betaTick(double beta) {
  return int(std::lround((std::log10(beta) - kLowestLogBeta) * kTicksPerDecade));
}

double betaAt(int tick) {
  return std::pow(10.0, kLowestLogBeta + double(tick) / kTicksPerDecade);
}

}  // namespace

AttentionPanel::AttentionPanel(Session* session, QWidget* parent) : ExperimentPanel(session, parent) {
  makeStage();
  betaLabel_ = new QLabel(this);
  beta_ = new QSlider(Qt::Horizontal, this);
  beta_->setObjectName(QStringLiteral("attentionBeta"));
  beta_->setRange(0, int((kHighestLogBeta - kLowestLogBeta) * kTicksPerDecade));
  beta_->setToolTip(
      tr("β = 1/T of the softmax over the patterns (log scale): small β averages all patterns, "
         "medium β a cluster, large β retrieves one pattern"));
  variant_ = new QComboBox(this);
  variant_->setObjectName(QStringLiteral("attentionVariant"));
  variant_->addItem(tr("Dot product (attention)"), QStringLiteral("dot"));
  variant_->addItem(tr("Euclidean (Gaussian mixture)"), QStringLiteral("euclidean"));
  variant_->setToolTip(
      tr("Scores xᵢ·ξ (attention) or −‖ξ − xᵢ‖²/2: then E is a Gaussian mixture's "
         "−log-density over β and a step is mean shift"));
  normalize_ = new QCheckBox(tr("Normalize patterns"), this);
  normalize_->setObjectName(QStringLiteral("attentionNormalize"));
  normalize_->setToolTip(
      tr("Scale every pattern to length 1: with dot products a short pattern beside a long "
         "one cannot be retrieved otherwise"));
  queryX_ = new ParameterSlider(session, QStringLiteral("attention.x"), this);
  queryY_ = new ParameterSlider(session, QStringLiteral("attention.y"), this);
  step_ = new QPushButton(tr("Step"), this);
  step_->setObjectName(QStringLiteral("attentionStep"));
  setStepButton(step_);  // S is the window's Run ▸ Step
  step_->setToolTip(tr("One attention update ξ ← Σᵢ pᵢ xᵢ, which is ξ − ∇E(ξ): E never rises (S)"));
  reset_ = new QPushButton(tr("Back to the start"), this);
  reset_->setObjectName(QStringLiteral("attentionReset"));
  reset_->setToolTip(tr("Put the query back where the sliders placed it"));
  readout_ = new QLabel(this);
  readout_->setWordWrap(true);
  readout_->setTextFormat(Qt::RichText);

  auto* layout = new QVBoxLayout(this);
  layout->addWidget(betaLabel_);
  layout->addWidget(beta_);
  layout->addWidget(variant_);
  layout->addWidget(normalize_);
  layout->addWidget(queryX_);
  layout->addWidget(queryY_);
  auto* buttons = new QHBoxLayout;
  buttons->addWidget(step_);
  buttons->addWidget(reset_);
  layout->addLayout(buttons);
  layout->addWidget(readout_);
  layout->addStretch(1);

  connect(beta_, &QSlider::valueChanged, this, [this](int tick) {
    if (updating_) return;
    const double beta = betaAt(tick);
    betaLabel_->setText(tr("β = %1").arg(beta, 0, 'g', 3));
    editSpec("beta", beta, tr("Change β"), kMergeAttentionBeta);
  });
  connect(variant_, &QComboBox::currentIndexChanged, this, [this] {
    if (!updating_)
      editSpec("variant", variant_->currentData().toString().toStdString(), tr("Change variant"));
  });
  connect(normalize_, &QCheckBox::toggled, this, [this](bool on) {
    if (!updating_) editSpec("normalize", on, on ? tr("Normalize patterns") : tr("Keep pattern lengths"));
  });
  connect(step_, &QPushButton::clicked, this, [this] { emit commandRequested("step", {}); });
  connect(reset_, &QPushButton::clicked, this, [this] { emit commandRequested("reset", {}); });
}

void AttentionPanel::editSpec(const char* key, const nlohmann::json& value, const QString& what,
                              int mergeId) {
  auto energies = session_->lesson().energies;
  const int index = session_->lesson().experiment.value("energy", 0);
  if (index < 0 || index >= int(energies.size())) return;
  energies[std::size_t(index)].spec[key] = value;
  session_->edit(&ebm::Lesson::energies, energies, LessonPart::Energies, what, mergeId);
}

// Hover and Press accept the 2D patterns of the spec; each Move writes the pattern, inside one undo macro
// that the first move opens and the release closes.
bool AttentionPanel::dragMarker(GrabPhase phase, int marker, const Eigen::Vector2d& point) {
  const auto& energies = session_->lesson().energies;
  const int index = session_->lesson().experiment.value("energy", 0);
  if (index < 0 || index >= int(energies.size())) return false;
  nlohmann::json patterns = energies[std::size_t(index)].spec.value("patterns", nlohmann::json::array());
  const bool movable = patterns.is_array() && marker >= 0 && marker < int(patterns.size()) &&
                       patterns[std::size_t(marker)].is_array() && patterns[std::size_t(marker)].size() == 2;
  const QString what = tr("Move pattern %1").arg(marker + 1);
  switch (phase) {
    case GrabPhase::Hover:
    case GrabPhase::Press:
      return movable;
    case GrabPhase::Move:
      if (!movable) return false;
      if (!patternMacroOpen_) {
        session_->undoStack()->beginMacro(what);
        patternMacroOpen_ = true;
      }
      patterns[std::size_t(marker)] = {point.x(), point.y()};
      editSpec("patterns", patterns, what, kMergeAttentionPattern);
      return true;
    case GrabPhase::Release:
      if (patternMacroOpen_) session_->undoStack()->endMacro();
      patternMacroOpen_ = false;
      return true;
  }
  return false;
}

void AttentionPanel::showFrame(const ebm::Frame& frame) {
  const auto* f = dynamic_cast<const ebm::AttentionFrame*>(frame.experiment.get());
  if (!f) return;
  stage()->showFrame(frame.experiment);
  updating_ = true;
  if (!beta_->isSliderDown()) beta_->setValue(betaTick(f->beta));
  betaLabel_->setText(tr("β = %1").arg(f->beta, 0, 'g', 3));
  variant_->setCurrentIndex(f->euclidean ? 1 : 0);
  normalize_->setChecked(f->normalize);
  Eigen::Index best = 0;
  const double top = f->weights.size() > 0 ? f->weights.maxCoeff(&best) : 0.0;
  readout_->setText(tr("ξ = (%1, %2) after %3 steps<br>E(ξ) = <b>%4</b><br>Largest weight: pattern %5 "
                       "(p = %6%)")
                        .arg(f->query.x(), 0, 'f', 3)
                        .arg(f->query.y(), 0, 'f', 3)
                        .arg(f->steps)
                        .arg(f->energy, 0, 'f', 4)
                        .arg(best + 1)
                        .arg(100 * top, 0, 'f', 1));
  updating_ = false;
}

}  // namespace ebmui
