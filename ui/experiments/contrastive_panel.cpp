#include "experiments/contrastive_panel.h"
#include "i18n/language.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QUndoStack>
#include <QVBoxLayout>
#include <cmath>

#include "contrastive/contrastive_experiment.h"
#include "data/data_set_registry.h"
#include "experiments/contrastive_stage.h"
#include "experiments/experiment_stage.h"
#include "panels/charts/history_chart.h"
#include "panels/parameter_slider.h"
#include "panels/training_status.h"
#include "session/session.h"
#include "style/palette.h"

namespace ebmui {

using State = ebm::TrainingFrame::State;

ContrastivePanel::ContrastivePanel(Session* session, QWidget* parent) : ExperimentPanel(session, parent) {
  StageWidget* stage = makeStage();
  auto* about = new QLabel(
      tr("<b>InfoNCE</b> is a cross-entropy: for each view, a softmax over the batch's N views of the other "
         "side, p(j | i) ∝ exp(−E(x<sub>i</sub>, y<sub>j</sub>)), must pick its own partner. The other N − 1 "
         "views are its negatives — no sampler needed."),
      this);
  about->setWordWrap(true);
  about->setTextFormat(Qt::RichText);

  train_ = new QPushButton(tr("Train"), this);
  train_->setObjectName(QStringLiteral("contrastiveTrain"));
  train_->setShortcut(Qt::Key_T);
  train_->setToolTip(tr("Start or resume training the encoder (T); after a finished run, start again"));
  pause_ = new QPushButton(tr("Pause"), this);
  pause_->setObjectName(QStringLiteral("contrastivePause"));
  pause_->setToolTip(tr("Pause training; Train resumes it"));
  stop_ = new QPushButton(tr("Stop"), this);
  stop_->setObjectName(QStringLiteral("contrastiveStop"));
  stop_->setToolTip(tr("End the run and keep the encoder learned so far"));
  reset_ = new QPushButton(tr("Reset"), this);
  reset_->setObjectName(QStringLiteral("contrastiveReset"));
  reset_->setToolTip(tr("Forget the encoder and start from fresh random weights"));
  progress_ = new QProgressBar(this);
  progress_->setFormat(tr("%v / %m steps"));
  status_ = new QLabel(this);
  status_->setWordWrap(true);

  temperature_ = new ParameterSlider(session, QStringLiteral("temperature"), this);
  temperature_->setLabel(tr("InfoNCE temperature τ"),
                         tr("E(x, y) = −g(x)·g(y)/τ: a small τ punishes the nearest negatives hardest and "
                            "spreads the embedding; a large τ blurs the choice"));
  viewNoise_ = new ParameterSlider(session, QStringLiteral("contrastive.viewNoise"), this);
  anchorX_ = new ParameterSlider(session, QStringLiteral("contrastive.anchorX"), this);
  anchorY_ = new ParameterSlider(session, QStringLiteral("contrastive.anchorY"), this);

  dataSet_ = new QComboBox(this);
  dataSet_->setObjectName(QStringLiteral("contrastiveData"));
  dataSet_->setToolTip(tr("The 2D data the encoder learns to embed"));
  for (const std::string& name : ebm::dataSetNames()) {
    const auto& info = ebm::dataSetInfo(name);
    if (info.dimension == 2) dataSet_->addItem(engineText(info.title), QString::fromStdString(name));
  }
  embedding_ = new QComboBox(this);
  embedding_->setObjectName(QStringLiteral("contrastiveEmbedding"));
  embedding_->addItem(tr("Circle (g has 2 outputs)"), 2);
  embedding_->addItem(tr("Sphere (g has 3 outputs)"), 3);
  embedding_->setToolTip(tr("Where g(x) = h/‖h‖ lives: the unit circle or the unit sphere"));
  auto* form = new QFormLayout;
  form->addRow(tr("Data"), dataSet_);
  form->addRow(tr("Embedding"), embedding_);

  loss_ = new HistoryChart(tr("InfoNCE loss (batch)"),
                           tr("The cross-entropy of picking the partner; log N (dashed) is what an encoder "
                              "that cannot tell views apart scores"),
                           this);
  lossSeries_ = loss_->addSeries(tr("loss"), palette::seriesColour(0).qcolor());
  lossBound_ = loss_->addReference(tr("log N"), QColor(200, 200, 200));
  alignment_ = new HistoryChart(tr("Alignment E‖g(x) − g(x')‖²"),
                                tr("How far apart the two views of a pair land (Wang & Isola 2020): 0 when "
                                   "every pair lands on one point"),
                                this);
  alignment_->addSeries(tr("alignment"), palette::seriesColour(1).qcolor());
  uniformity_ = new HistoryChart(tr("Uniformity log E exp(−2‖g(x) − g(y)‖²)"),
                                 tr("How evenly all points spread (Wang & Isola 2020); dashed: the uniform "
                                    "distribution on the circle or sphere, the lowest reachable"),
                                 this);
  uniformity_->addSeries(tr("uniformity"), palette::seriesColour(2).qcolor());
  uniformityFloor_ = uniformity_->addReference(tr("uniform"), QColor(200, 200, 200));
  for (HistoryChart* chart : {loss_, alignment_, uniformity_})
    chart->setMinimumHeight(115);

  auto* buttons = new QHBoxLayout;
  for (QPushButton* b : {train_, pause_, stop_, reset_})
    buttons->addWidget(b);
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(about);
  layout->addLayout(buttons);
  layout->addWidget(progress_);
  layout->addWidget(status_);
  layout->addWidget(temperature_);
  layout->addWidget(viewNoise_);
  layout->addWidget(anchorX_);
  layout->addWidget(anchorY_);
  layout->addLayout(form);
  layout->addWidget(loss_, 1);
  layout->addWidget(alignment_, 1);
  layout->addWidget(uniformity_, 1);

  connect(train_, &QPushButton::clicked, this, [this] { emit commandRequested("train", {}); });
  connect(pause_, &QPushButton::clicked, this, [this] { emit commandRequested("pause", {}); });
  connect(stop_, &QPushButton::clicked, this, [this] { emit commandRequested("stop", {}); });
  connect(reset_, &QPushButton::clicked, this, [this] { emit commandRequested("reset", {}); });
  connect(dataSet_, &QComboBox::currentIndexChanged, this, [this] {
    if (updating_) return;
    nlohmann::json data = session_->lesson().experiment.value("data", nlohmann::json::object());
    data["name"] = dataSet_->currentData().toString().toStdString();
    editSetting("data", data, tr("Change the contrastive data"));
  });
  connect(embedding_, &QComboBox::currentIndexChanged, this, [this] {
    if (!updating_) editSetting("embedding", embedding_->currentData().toInt(), tr("Change the embedding"));
  });
  connect(stage, &StageWidget::pointerAt, this, [this](QPointF position, QSizeF size, Qt::MouseButtons) {
    if (!pressed_) pickAnchor(position, size);
    pressed_ = true;
  });
  connect(stage, &StageWidget::pointerReleased, this, [this] { pressed_ = false; });
  connect(session_, &Session::changed, this, [this](LessonPart part) {
    if (part == LessonPart::Experiment) showSettings();
  });
  connect(session_, &Session::lessonReplaced, this, &ContrastivePanel::showSettings);
  showSettings();
}

void ContrastivePanel::showSettings() {
  updating_ = true;
  const ebm::Lesson& lesson = session_->lesson();
  const auto& e = lesson.experiment;
  const nlohmann::json data = e.value("data", nlohmann::json::object());
  dataSet_->setCurrentIndex(
      dataSet_->findData(QString::fromStdString(data.value("name", std::string("8gaussians")))));
  embedding_->setCurrentIndex(embedding_->findData(e.value("embedding", 2)));
  anchorX_->setRange(lesson.box.lower[0], lesson.box.upper[0]);
  anchorY_->setRange(lesson.box.lower[1], lesson.box.upper[1]);
  updating_ = false;
}

// A settings edit restarts the run on the new data or shape: one undo step.
void ContrastivePanel::editSetting(const std::string& key, const nlohmann::json& value, const QString& what) {
  nlohmann::json settings = session_->lesson().experiment;
  if (settings[key] == value) return;
  settings[key] = value;
  session_->edit(&ebm::Lesson::experiment, settings, LessonPart::Experiment, what);
}

// A click on the stage's data plane moves the anchor there: both coordinates in one undo step.
void ContrastivePanel::pickAnchor(QPointF position, QSizeF size) {
  const auto point =
      ContrastiveStage::planePoint(QRectF(QPointF(0, 0), size), session_->lesson().box, position);
  if (!point) return;
  QUndoStack* undo = session_->undoStack();
  undo->beginMacro(tr("Move the anchor"));
  session_->setParameter(QStringLiteral("contrastive.anchorX"), point->x());
  session_->setParameter(QStringLiteral("contrastive.anchorY"), point->y());
  undo->endMacro();
}

void ContrastivePanel::showFrame(const ebm::Frame& frame) {
  const auto* f = dynamic_cast<const ebm::ContrastiveFrame*>(frame.experiment.get());
  if (!f) return;
  stage()->showFrame(frame.experiment);
  const auto& t = f->training;
  const bool running = t.state == State::Running;
  train_->setEnabled(!running);
  train_->setText(t.state == State::Paused ? tr("Resume") : tr("Train"));
  pause_->setEnabled(running);
  stop_->setEnabled(running || t.state == State::Paused);
  dataSet_->setEnabled(!running);
  embedding_->setEnabled(!running);
  progress_->setMaximum(int(std::max<std::int64_t>(1, t.totalIterations)));
  progress_->setValue(int(std::min(t.iteration, t.totalIterations)));
  status_->setText(TrainingStatus::text(t));
  loss_->setSeries(lossSeries_, t.iterations, t.loss);
  loss_->setReference(lossBound_, std::log(double(f->batchSize)));
  alignment_->setSeries(0, f->evaluatedAt, f->alignment);
  uniformity_->setSeries(0, f->evaluatedAt, f->uniformity);
  uniformity_->setReference(uniformityFloor_, f->uniformCircleUniformity);
  for (HistoryChart* chart : {loss_, alignment_, uniformity_})
    chart->rescale();
}

}  // namespace ebmui
