#include "panels/sampler_panel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <cmath>

#include "io/lesson_fields.h"
#include "panels/charts/histogram_chart.h"
#include "panels/charts/rate_chart.h"
#include "panels/parameter_slider.h"
#include "panels/rich_text.h"
#include "session/session.h"

namespace ebmui {

using Method = ebm::SamplerSpec::Method;
using Walls = ebm::SamplerSpec::Walls;

namespace {

// A sampler count's box takes what a lesson file may hold (io/lesson_fields.h).
void setSamplerCountRange(QSpinBox* box, const char* key) {
  const auto& field = ebm::specField(ebm::samplerCounts(), key);
  box->setRange(field.lowest, field.highest);
}

}  // namespace

SamplerPanel::SamplerPanel(Session* session, QWidget* parent) : QWidget(parent), session_(session) {
  method_ = new QComboBox(this);
  method_->setObjectName(QStringLiteral("samplerMethod"));
  const struct {
    QString label, tip;
    Method method;
  } methods[] = {
      {tr("Langevin (ULA)"), tr("x ← x − (ε/2)∇E/T + √ε·ξ: fast, slightly biased for large ε"), Method::Ula},
      {tr("Metropolis-adjusted Langevin (MALA)"),
       tr("A Langevin proposal accepted or rejected so p_T is exact"), Method::Mala},
      {tr("Hamiltonian Monte Carlo (HMC)"),
       tr("Momentum and leapfrog steps: long moves that follow the landscape"), Method::Hmc},
      {tr("Annealed Langevin"), tr("Langevin while the temperature cools from hot to the lesson's T"),
       Method::Annealed},
  };
  for (const auto& m : methods) {
    method_->addItem(m.label, int(m.method));
    method_->setItemData(method_->count() - 1, m.tip, Qt::ToolTipRole);
  }
  method_->setToolTip(tr("The Markov chain that moves the particles"));
  particles_ = new ParameterSlider(session, QStringLiteral("particles"), this);
  stepSize_ = new ParameterSlider(session, QStringLiteral("stepSize"), this);
  stepsPerFrame_ = new QSpinBox(this);
  setSamplerCountRange(stepsPerFrame_, "stepsPerFrame");
  stepsPerFrame_->setToolTip(
      tr("Sampler steps between two drawn frames: higher is faster motion, same physics"));
  leapfrogSteps_ = new QSpinBox(this);
  setSamplerCountRange(leapfrogSteps_, "leapfrogSteps");
  leapfrogSteps_->setToolTip(tr("HMC: leapfrog steps per proposal (trajectory length L·ε)"));
  trailLength_ = new QSpinBox(this);
  setSamplerCountRange(trailLength_, "trailLength");
  trailLength_->setToolTip(tr("How many past positions each particle's fading trail shows (0 = none)"));
  walls_ = new QComboBox(this);
  walls_->addItem(tr("none"), int(Walls::None));
  walls_->addItem(tr("reflecting"), int(Walls::Reflecting));
  walls_->addItem(tr("periodic"), int(Walls::Periodic));
  walls_->setToolTip(tr("What happens at the box's edge: nothing, a bounce, or re-entry on the other side"));
  startFromData_ = new QCheckBox(tr("Start at the data"), this);
  startFromData_->setToolTip(
      tr("Start particles at data points (as contrastive divergence does) instead of "
         "uniformly in the box"));
  seed_ = new QSpinBox(this);
  seed_->setRange(0, 1 << 30);
  seed_->setToolTip(tr("The random seed: the same seed gives the same particles, frame for frame"));
  play_ = new QPushButton(this);
  play_->setObjectName(QStringLiteral("playParticles"));
  play_->setToolTip(tr("Start or stop the particles (Space)"));
  reset_ = new QPushButton(tr("Reset particles"), this);
  reset_->setToolTip(tr("Put the particles back at their starting positions, drawn again from the seed"));
  stats_ = new QLabel(this);
  stats_->setWordWrap(true);
  stats_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  mixing_ = new QLabel(this);
  mixing_->setObjectName(QStringLiteral("mixingVerdict"));
  mixing_->setWordWrap(true);
  mixing_->setToolTip(
      richText(tr("Total variation between the particles' energy histogram (pooled over recent steps after a "
                  "burn-in) and the Boltzmann prediction: above 0.1 the particles do not sample p_T yet")));
  histogram_ = new HistogramChart(this);
  rates_ = new RateChart(this);

  auto* form = new QFormLayout;
  form->addRow(tr("Steps per frame"), stepsPerFrame_);
  form->addRow(tr("Leapfrog steps"), leapfrogSteps_);
  form->addRow(tr("Trail length"), trailLength_);
  form->addRow(tr("Walls"), walls_);
  form->addRow(tr("Seed"), seed_);
  auto* buttons = new QHBoxLayout;
  buttons->addWidget(play_);
  buttons->addWidget(reset_);
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(method_);
  layout->addWidget(particles_);
  layout->addWidget(stepSize_);
  layout->addLayout(form);
  layout->addWidget(startFromData_);
  layout->addLayout(buttons);
  layout->addWidget(stats_);
  layout->addWidget(mixing_);
  layout->addWidget(histogram_, 1);
  layout->addWidget(rates_, 1);

  connect(method_, &QComboBox::currentIndexChanged, this, &SamplerPanel::apply);
  connect(walls_, &QComboBox::currentIndexChanged, this, &SamplerPanel::apply);
  for (QSpinBox* box : {stepsPerFrame_, leapfrogSteps_, trailLength_, seed_}) {
    connect(box, &QSpinBox::valueChanged, this, &SamplerPanel::apply);
  }
  connect(startFromData_, &QCheckBox::toggled, this, &SamplerPanel::apply);
  connect(play_, &QPushButton::clicked, this, [this] {
    session_->applyWithoutUndo([](ebm::Lesson& l) { l.sampler.playing = !l.sampler.playing; },
                               LessonPart::Sampler);
  });
  connect(reset_, &QPushButton::clicked, this, &SamplerPanel::resetRequested);
  connect(session_, &Session::lessonReplaced, this, [this] {
    rates_->clear();
    refresh();
  });
  connect(session_, &Session::changed, this, [this](LessonPart part) {
    if (part == LessonPart::Sampler || part == LessonPart::Parameters) refresh();
  });
  refresh();
}

void SamplerPanel::refresh() {
  updating_ = true;
  const auto& s = session_->lesson().sampler;
  method_->setCurrentIndex(method_->findData(int(s.method)));
  walls_->setCurrentIndex(walls_->findData(int(s.walls)));
  stepsPerFrame_->setValue(s.stepsPerFrame);
  leapfrogSteps_->setValue(s.leapfrogSteps);
  leapfrogSteps_->setEnabled(s.method == Method::Hmc);
  trailLength_->setValue(s.trailLength);
  seed_->setValue(int(s.seed));
  startFromData_->setChecked(s.startFromData);
  startFromData_->setEnabled(session_->lesson().data.source != ebm::DataSpec::Source::None);
  play_->setText(s.playing ? tr("Pause") : tr("Play"));
  updating_ = false;
}

void SamplerPanel::apply() {
  if (updating_) return;
  ebm::SamplerSpec s = session_->lesson().sampler;
  s.method = Method(method_->currentData().toInt());
  s.walls = Walls(walls_->currentData().toInt());
  s.stepsPerFrame = stepsPerFrame_->value();
  s.leapfrogSteps = leapfrogSteps_->value();
  s.trailLength = trailLength_->value();
  s.seed = std::uint64_t(seed_->value());
  s.startFromData = startFromData_->isChecked();
  session_->edit(&ebm::Lesson::sampler, s, LessonPart::Sampler, tr("Change sampler"));
}

void SamplerPanel::showFrame(const ebm::Frame& frame) {
  if (frame.particles) {
    const auto& p = *frame.particles;
    QString text = tr("%1 particles · %2 steps · mean E %3")
                       .arg(p.positions.cols())
                       .arg(p.steps)
                       .arg(p.meanEnergy, 0, 'f', 3);
    if (p.acceptanceRate >= 0) text += tr(" · acceptance %1%").arg(100.0 * p.acceptanceRate, 0, 'f', 1);
    text += tr("<br>basin crossings %1").arg(p.basinCrossings);
    if (p.particleStepsAtTemperature > 0)
      text += tr(" · rate %1 per particle-step").arg(p.crossingRate, 0, 'g', 3);
    if (std::isfinite(p.barrier)) text += tr(" · barrier ΔE %1").arg(p.barrier, 0, 'g', 3);
    if (p.divergedResets > 0)
      text += tr(" · <span style='color:#e0a030'>%1 diverged, reset</span>").arg(p.divergedResets);
    stats_->setText(text);
    if (!p.mixingAdvice.empty()) {
      mixing_->setStyleSheet(QStringLiteral("color: #e0a030;"));
      mixing_->setText(richText(QString::fromStdString(p.mixingAdvice)));
    } else if (std::isfinite(p.mixingDistance)) {
      mixing_->setStyleSheet(QString());
      mixing_->setText(richText(tr("The particles sample p_T: their energies are %1 in total variation from "
                                   "the Boltzmann prediction (mixed: at most 0.1).")
                                    .arg(p.mixingDistance, 0, 'f', 3)));
    } else {
      mixing_->setStyleSheet(QString());
      mixing_->setText(tr("Mixing: judged after a burn-in of 100 steps and 300 more."));
    }
  }
  if (frame.histogram) histogram_->showHistogram(*frame.histogram);
  if (frame.particles) rates_->showParticles(*frame.particles, frame.temperature);
  rates_->setVisible(frame.particles && std::isfinite(frame.particles->barrier));
}

}  // namespace ebmui
