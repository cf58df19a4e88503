#include "panels/training_panel.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QVBoxLayout>

#include "io/lesson_fields.h"
#include "panels/charts/training_charts.h"
#include "panels/training_status.h"
#include "session/session.h"

namespace ebmui {

using TrainingMethod = ebm::TrainingSpec::Method;
using State = ebm::TrainingFrame::State;

namespace {

QDoubleSpinBox* numberBox(QWidget* parent, double lowest, double highest, int decimals, const QString& tip) {
  auto* box = new QDoubleSpinBox(parent);
  box->setRange(lowest, highest);
  box->setDecimals(decimals);
  box->setStepType(QAbstractSpinBox::AdaptiveDecimalStepType);
  box->setKeyboardTracking(false);
  box->setToolTip(tip);
  return box;
}

QSpinBox* countBox(QWidget* parent, int lowest, int highest, const QString& tip) {
  auto* box = new QSpinBox(parent);
  box->setRange(lowest, highest);
  box->setKeyboardTracking(false);
  box->setToolTip(tip);
  return box;
}

// A training count's box takes what a lesson file may hold (io/lesson_fields.h).
QSpinBox* trainingCountBox(QWidget* parent, const char* key, const QString& tip) {
  const auto& field = ebm::specField(ebm::trainingCounts(), key);
  return countBox(parent, field.lowest, field.highest, tip);
}

}  // namespace

TrainingPanel::TrainingPanel(Session* session, QWidget* parent) : QWidget(parent), session_(session) {
  energy_ = new QComboBox(this);
  energy_->setToolTip(tr("The energy that learns the data; a non-neural one is replaced by a fresh network"));
  method_ = new QComboBox(this);
  method_->setObjectName(QStringLiteral("trainingMethod"));
  const struct {
    QString label, tip;
    TrainingMethod method;
  } methods[] = {
      {tr("Persistent contrastive divergence"),
       tr("Lower E on data, raise it on Langevin negatives kept in a replay buffer"), TrainingMethod::Pcd},
      {tr("Contrastive divergence (CD-k)"), tr("Negatives start at the data and take k Langevin steps"),
       TrainingMethod::Cd},
      {tr("Denoising score matching"),
       tr("Match −∇E to the direction that removes Gaussian noise of level σ"), TrainingMethod::Dsm},
      {tr("Noise-contrastive estimation"), tr("Tell data from Gaussian noise; learns log Z as a number"),
       TrainingMethod::Nce},
      {tr("Restricted Boltzmann machine"),
       tr("A Gaussian–Bernoulli RBM trained with CD-k; its free energy is E"), TrainingMethod::Rbm},
      {tr("Classifier (cross-entropy)"),
       tr("Learn the labels; the logits' E = −T·log Σ exp(f/T) is the landscape. Continues from the trained "
          "classifier; λ > 0 (Out-of-distribution panel) adds energy fine-tuning"),
       TrainingMethod::Classifier},
  };
  for (const auto& m : methods) {
    method_->addItem(m.label, int(m.method));
    method_->setItemData(method_->count() - 1, m.tip, Qt::ToolTipRole);
  }
  widths_ = new QLineEdit(this);
  widths_->setValidator(new QRegularExpressionValidator(
      QRegularExpression(QStringLiteral("^\\d{1,4}(,\\d{1,4}){0,7}$")), widths_));
  widths_->setToolTip(tr("Hidden layer widths, e.g. 128,128,128 (a network 2→128→128→128→1)"));
  activation_ = new QComboBox(this);
  for (const char* a : {"silu", "softplus", "tanh", "swish", "elu"})
    activation_->addItem(QString::fromLatin1(a));
  activation_->setToolTip(
      tr("The smooth nonlinearity after each hidden layer (the energy needs a gradient)"));
  iterations_ = trainingCountBox(this, "iterations", tr("How many training iterations a run takes"));
  batchSize_ = trainingCountBox(this, "batchSize", tr("Data points per iteration"));
  learningRate_ = numberBox(this, 1e-6, 1.0, 6, tr("Adam's step size for the weights"));
  langevinSteps_ =
      trainingCountBox(this, "langevinSteps", tr("K: Langevin steps that refine each iteration's negatives"));
  langevinStepSize_ = numberBox(this, 1e-6, 10.0, 5, tr("ε of the negatives' Langevin steps"));
  regularization_ =
      numberBox(this, 0.0, 100.0, 4,
                tr("λ of λ(E⁺² + E⁻²): keeps energies from drifting; raise it if training explodes"));
  noiseLevel_ = numberBox(this, 1e-4, 10.0, 4, tr("σ: the noise the model learns to remove"));
  hiddenUnits_ = trainingCountBox(this, "hiddenUnits", tr("Hidden binary units of the RBM"));
  seed_ = countBox(this, 0, 1 << 30, tr("Seed of the initial weights and of every random draw in training"));

  form_ = new QFormLayout;
  form_->addRow(tr("Energy"), energy_);
  form_->addRow(tr("Hidden widths"), widths_);
  form_->addRow(tr("Activation"), activation_);
  form_->addRow(tr("Iterations"), iterations_);
  form_->addRow(tr("Batch size"), batchSize_);
  form_->addRow(tr("Learning rate"), learningRate_);
  form_->addRow(tr("Langevin steps K"), langevinSteps_);
  form_->addRow(tr("Langevin step ε"), langevinStepSize_);
  form_->addRow(tr("Regularization λ"), regularization_);
  form_->addRow(tr("Noise σ"), noiseLevel_);
  form_->addRow(tr("Hidden units"), hiddenUnits_);
  form_->addRow(tr("Seed"), seed_);

  train_ = new QPushButton(tr("Train"), this);
  train_->setObjectName(QStringLiteral("trainButton"));
  train_->setToolTip(tr("Start or resume training (T)"));
  pause_ = new QPushButton(tr("Pause"), this);
  pause_->setToolTip(tr("Pause training; Train resumes it"));
  stop_ = new QPushButton(tr("Stop"), this);
  stop_->setToolTip(tr("End the run and keep the weights learned so far"));
  reset_ = new QPushButton(tr("Reset"), this);
  reset_->setObjectName(QStringLiteral("resetTrainingButton"));
  reset_->setToolTip(tr("Forget the learned weights and start from a fresh network (asks first; undoable)"));
  progress_ = new QProgressBar(this);
  progress_->setFormat(tr("%v / %m"));
  status_ = new QLabel(this);
  status_->setObjectName(QStringLiteral("trainingStatus"));
  status_->setWordWrap(true);
  charts_ = new TrainingCharts(this);

  auto* buttons = new QHBoxLayout;
  for (QPushButton* b : {train_, pause_, stop_, reset_})
    buttons->addWidget(b);
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(method_);
  layout->addLayout(form_);
  layout->addLayout(buttons);
  layout->addWidget(progress_);
  layout->addWidget(status_);
  layout->addWidget(charts_, 1);

  connect(method_, &QComboBox::currentIndexChanged, this, &TrainingPanel::apply);
  connect(energy_, &QComboBox::currentIndexChanged, this, &TrainingPanel::apply);
  connect(activation_, &QComboBox::currentIndexChanged, this, &TrainingPanel::apply);
  connect(widths_, &QLineEdit::editingFinished, this, &TrainingPanel::apply);
  for (QSpinBox* b : {iterations_, batchSize_, langevinSteps_, hiddenUnits_, seed_}) {
    connect(b, &QSpinBox::valueChanged, this, &TrainingPanel::apply);
  }
  for (QDoubleSpinBox* b : {learningRate_, langevinStepSize_, regularization_, noiseLevel_}) {
    connect(b, &QDoubleSpinBox::valueChanged, this, &TrainingPanel::apply);
  }
  connect(train_, &QPushButton::clicked, this, &TrainingPanel::trainRequested);
  connect(pause_, &QPushButton::clicked, this, &TrainingPanel::pauseRequested);
  connect(stop_, &QPushButton::clicked, this, &TrainingPanel::stopRequested);
  connect(reset_, &QPushButton::clicked, this, &TrainingPanel::resetRequested);
  connect(session_, &Session::lessonReplaced, this, [this] {
    charts_->clear();
    refresh();
  });
  connect(session_, &Session::changed, this, [this](LessonPart part) {
    if (part == LessonPart::Training || part == LessonPart::Energies || part == LessonPart::Data ||
        part == LessonPart::Box)
      refresh();
  });
  refresh();
  showState(State::Idle);
}

void TrainingPanel::refresh() {
  updating_ = true;
  const ebm::Lesson& lesson = session_->lesson();
  const auto& t = lesson.training;
  energy_->clear();
  for (const auto& e : lesson.energies)
    energy_->addItem(QString::fromStdString(e.name.shown()));
  energy_->setCurrentIndex(t.energy);
  method_->setCurrentIndex(method_->findData(int(t.method)));
  QStringList widths;
  for (int w : t.hiddenWidths)
    widths << QString::number(w);
  widths_->setText(widths.join(','));
  activation_->setCurrentText(QString::fromStdString(t.activation));
  iterations_->setValue(t.iterations);
  batchSize_->setValue(t.batchSize);
  learningRate_->setValue(t.learningRate);
  langevinSteps_->setValue(t.langevinSteps);
  langevinStepSize_->setValue(t.langevinStepSize);
  regularization_->setValue(t.regularization);
  noiseLevel_->setValue(t.noiseLevel);
  hiddenUnits_->setValue(t.hiddenUnits);
  seed_->setValue(int(t.seed));
  const bool contrastive =
      t.method == TrainingMethod::Pcd || t.method == TrainingMethod::Cd || t.method == TrainingMethod::Rbm;
  form_->setRowVisible(langevinSteps_, contrastive);
  form_->setRowVisible(langevinStepSize_, t.method == TrainingMethod::Pcd || t.method == TrainingMethod::Cd);
  form_->setRowVisible(regularization_, t.method == TrainingMethod::Pcd || t.method == TrainingMethod::Cd);
  form_->setRowVisible(noiseLevel_, t.method == TrainingMethod::Dsm);
  form_->setRowVisible(hiddenUnits_, t.method == TrainingMethod::Rbm);
  form_->setRowVisible(widths_, t.method != TrainingMethod::Rbm);
  form_->setRowVisible(activation_, t.method != TrainingMethod::Rbm);
  widths_->setToolTip(t.method == TrainingMethod::Classifier
                          ? tr("Hidden layer widths, e.g. 64,64 (a classifier 2→64→64→K logits)")
                          : tr("Hidden layer widths, e.g. 128,128,128 (a network 2→128→128→128→1)"));
  const bool haveData = lesson.data.source != ebm::DataSpec::Source::None;
  train_->setEnabled(haveData && state_ != State::Running);
  train_->setToolTip(haveData ? tr("Start or resume training (T)")
                              : tr("Choose a data set in the Data panel first"));
  updating_ = false;
}

void TrainingPanel::apply() {
  if (updating_) return;
  ebm::TrainingSpec t = session_->lesson().training;
  t.method = TrainingMethod(method_->currentData().toInt());
  t.energy = std::max(0, energy_->currentIndex());
  std::vector<int> widths;
  for (const QString& w : widths_->text().split(',', Qt::SkipEmptyParts)) {
    const int width = w.toInt();
    if (width >= 1 && width <= 1024) widths.push_back(width);
  }
  if (!widths.empty()) t.hiddenWidths = widths;
  t.activation = activation_->currentText().toStdString();
  t.iterations = iterations_->value();
  t.batchSize = batchSize_->value();
  t.learningRate = learningRate_->value();
  t.langevinSteps = langevinSteps_->value();
  t.langevinStepSize = langevinStepSize_->value();
  t.regularization = regularization_->value();
  t.noiseLevel = noiseLevel_->value();
  t.hiddenUnits = hiddenUnits_->value();
  t.seed = std::uint64_t(seed_->value());
  session_->edit(&ebm::Lesson::training, t, LessonPart::Training, tr("Change training settings"));
}

void TrainingPanel::showState(State state) {
  state_ = state;
  const bool running = state == State::Running;
  const bool haveData = session_->lesson().data.source != ebm::DataSpec::Source::None;
  train_->setEnabled(haveData && !running);
  train_->setText(state == State::Paused ? tr("Resume") : tr("Train"));
  pause_->setEnabled(running);
  stop_->setEnabled(running || state == State::Paused);
  for (QWidget* w : {static_cast<QWidget*>(method_), static_cast<QWidget*>(energy_),
                     static_cast<QWidget*>(widths_), static_cast<QWidget*>(activation_)}) {
    w->setEnabled(!running && state != State::Paused);
  }
}

void TrainingPanel::showFrame(const ebm::Frame& frame) {
  charts_->setUnits(frame.axes, frame.dimension);
  if (!frame.training) return;
  const auto& t = *frame.training;
  showState(t.state);
  // Before a run the bar counts toward the iterations a run will take, not "0 / 1".
  const std::int64_t total =
      t.totalIterations > 0 ? t.totalIterations : session_->lesson().training.iterations;
  progress_->setMaximum(int(std::max<std::int64_t>(1, total)));
  progress_->setValue(int(std::min(t.iteration, total)));
  status_->setText(TrainingStatus::text(t));
  charts_->showTraining(t);
}

}  // namespace ebmui
