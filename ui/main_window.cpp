#include "main_window.h"

#include "presentation_mode.h"

#include <QCloseEvent>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLabel>
#include <QSettings>
#include <QStatusBar>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <cstdio>

#include "experiments/experiment_panel.h"
#include "experiments/experiment_stage.h"
#include "export/export_launcher.h"
#include "export/export_process.h"
#include "panels/animation_panel.h"
#include "panels/control_panels.h"
#include "panels/data_panel.h"
#include "panels/energy_panel.h"
#include "panels/message_bar.h"
#include "panels/model_files.h"
#include "panels/number_text.h"
#include "panels/ood_panel.h"
#include "panels/point_import.h"
#include "panels/rich_text.h"
#include "panels/sampler_panel.h"
#include "panels/training_panel.h"
#include "session/lesson_files.h"
#include "session/session.h"
#include "session/simulation_worker.h"
#include "view_actions.h"
#include "vtk/view_area.h"
#include "vtk/vtk_view.h"

namespace ebmui {
namespace {

// The engine needs a new field only for these view settings; the rest (contours, axes, …) are drawing only.
bool engineViewChanged(const ebm::ViewSettings& a, const ebm::ViewSettings& b) {
  return a.field != b.field || a.mapShowsDensity != b.mapShowsDensity ||
         a.mapShowsConfidence != b.mapShowsConfidence || a.gridResolution != b.gridResolution ||
         a.showScoreField != b.showScoreField || a.isoLevels != b.isoLevels || a.showVolume != b.showVolume;
}

}  // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), session_(new Session(this)), worker_(new SimulationWorker(this)) {
  setWindowTitle(QStringLiteral("ebmscape"));
  views_ = new ViewArea(this);
  messageBar_ = new MessageBar(this);
  auto* centre = new QWidget(this);
  auto* layout = new QVBoxLayout(centre);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->setSpacing(0);
  layout->addWidget(messageBar_);
  layout->addWidget(views_, 1);
  setCentralWidget(centre);

  lessonFiles_ = new LessonFiles(session_, messageBar_, this);
  pointImport_ = new PointImport(session_, this);
  modelFiles_ = new ModelFiles(session_, messageBar_, this);
  viewActions_ = new ViewActions(session_, this);
  buildDocks();
  buildActions();
  buildMenus();
  buildStatusBar();
  connectPanels();
  connectSession();
  connectWorker();

  resize(1500, 900);
  QSettings settings;
  restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
  restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
}

MainWindow::~MainWindow() {
  worker_->shutdown();
}

const ebm::Lesson& MainWindow::lesson() const {
  return session_->lesson();
}
VtkView* MainWindow::view() const {
  return views_->mainView();
}

void MainWindow::openLesson(const ebm::Lesson& lesson, const QString& filePath) {
  session_->replaceLesson(lesson, filePath);
}

void MainWindow::takeOverFrom(const MainWindow& previous) {
  restoreGeometry(previous.saveGeometry());
  openLesson(previous.session_->lesson(), previous.session_->filePath());
  if (previous.session_->modified()) session_->markModified();
  if (previous.presentation_->active()) presentation_->setActive(true);
}

bool MainWindow::openLessonNamed(const QString& nameOrPath) {
  return lessonFiles_->openNamed(nameOrPath);
}
bool MainWindow::offerRecovery(bool ask) {
  return lessonFiles_->offerRecovery(ask);
}

// File ▸ Export Animation… and the Animation panel's Export… button: the export dialog, then the export in a
// child process with a progress dialog.
void MainWindow::exportAnimation() {
  launchAnimationExport(this, session_->lesson(), views_->mainView());
}

// The lesson's text on the left, the panels on the right.
void MainWindow::buildDocks() {
  explanation_ = new QTextBrowser(this);
  explanation_->setObjectName(QStringLiteral("explanation"));
  explanation_->setOpenExternalLinks(false);
  auto* lessonDock = new QDockWidget(tr("Lesson"), this);
  lessonDock->setObjectName(QStringLiteral("lessonDock"));
  lessonDock->setWidget(explanation_);
  addDockWidget(Qt::LeftDockWidgetArea, lessonDock);

  panels_ = new ControlPanels(session_, views_, this);
  auto* dock = new QDockWidget(tr("Controls"), this);
  dock->setObjectName(QStringLiteral("controlsDock"));
  dock->setWidget(panels_);
  dock->setMinimumWidth(360);
  addDockWidget(Qt::RightDockWidgetArea, dock);
}

void MainWindow::buildStatusBar() {
  fpsLabel_ = new QLabel(this);
  // As wide as its longest text from the start: a label that grows on its first number is shown cut ("4")
  // until the status bar lays out again, and one that follows its digits jitters.
  fpsLabel_->setMinimumWidth(fpsLabel_->fontMetrics().horizontalAdvance(tr("%1 fps").arg(888)));
  fpsLabel_->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
  statusLabel_ = new QLabel(this);
  statusBar()->addWidget(statusLabel_, 1);
  statusBar()->addPermanentWidget(fpsLabel_);
  connect(views_, &ViewArea::framesPerSecond, this,
          [this](double fps) { fpsLabel_->setText(tr("%1 fps").arg(fps, 0, 'f', 0)); });
}

void MainWindow::connectPanels() {
  AnimationPanel* animation = panels_->animationPanel();
  connect(animation, &AnimationPanel::cameraOrbit, views_, &ViewArea::setCameraOrbit);
  connect(animation, &AnimationPanel::exportRequested, this, &MainWindow::exportAnimation);
  connect(panels_->samplerPanel(), &SamplerPanel::resetRequested, worker_, &SimulationWorker::resetParticles);
  TrainingPanel* training = panels_->trainingPanel();
  connect(training, &TrainingPanel::trainRequested, worker_, &SimulationWorker::startTraining);
  connect(training, &TrainingPanel::pauseRequested, worker_, &SimulationWorker::pauseTraining);
  connect(training, &TrainingPanel::stopRequested, worker_, &SimulationWorker::stopTraining);
  connect(training, &TrainingPanel::resetRequested, this, &MainWindow::resetTraining);
  connect(panels_->oodPanel(), &OodPanel::trainRequested, worker_, &SimulationWorker::startTraining);

  connect(panels_->dataPanel(), &DataPanel::importRequested, pointImport_, &PointImport::chooseAndImport);
  const auto inform = [this](const QString& message) {
    messageBar_->showMessage(message, MessageBar::Level::Info);
  };
  connect(pointImport_, &PointImport::imported, this, inform);
  connect(pointImport_, &PointImport::cancelled, this, inform);
  connect(pointImport_, &PointImport::failed, this, &MainWindow::showError);
  EnergyPanel* energy = panels_->energyPanel();
  connect(energy, &EnergyPanel::loadModelRequested, modelFiles_, &ModelFiles::chooseAndLoad);
  connect(energy, &EnergyPanel::saveModelRequested, modelFiles_, &ModelFiles::chooseAndSave);
}

void MainWindow::connectSession() {
  connect(session_, &Session::lessonReplaced, this, &MainWindow::showLesson);
  connect(session_, &Session::parameterChanged, this, [this](const QString& name, double value) {
    worker_->setParameter(name, value);
    updateStatus();
  });
  connect(session_, &Session::changed, this, &MainWindow::showLessonChange);
  connect(session_, &Session::filePathChanged, this, &MainWindow::updateTitle);
  connect(session_->undoStack(), &QUndoStack::cleanChanged, this, &MainWindow::updateTitle);
}

// Results of a lesson since replaced never arrive here: the worker drops them (SimulationWorker::toGui).
void MainWindow::connectWorker() {
  connect(worker_, &SimulationWorker::frameReady, this, &MainWindow::showFrame);
  connect(worker_, &SimulationWorker::failed, this, &MainWindow::showError);
  connect(worker_, &SimulationWorker::trainedSpec, this, &MainWindow::keepTrainedSpec);
}

void MainWindow::showLesson() {
  const ebm::Lesson& lesson = session_->lesson();
  landscapeReady_ = false;
  lastFrame_ = nullptr;
  engineView_ = lesson.view;
  showExperimentPanel();  // before the views are arranged: a stage takes the map's place
  views_->configure(lesson);
  views_->fitCamerasOnNextFrame();
  worker_->open(lesson);
  explanation_->setHtml(QStringLiteral("<h2>%1</h2><p>%2</p>")
                            .arg(QString::fromStdString(lesson.title.shown()).toHtmlEscaped(),
                                 richText(QString::fromStdString(lesson.explanation.shown()))));
  panels_->showLesson(lesson);
  viewActions_->sync(lesson);
  trainAction_->setText(tr("Train"));  // a new lesson's engine is not training (a frame says when it is)
  syncRunActions();
  updateTitle();
}

void MainWindow::showLessonChange(LessonPart part) {
  const ebm::Lesson& lesson = session_->lesson();
  switch (part) {
    case LessonPart::Parameters:
      break;  // sent by parameterChanged, without copying the lesson
    case LessonPart::Data:
      worker_->update(lesson, ebm::LessonChange::Data);
      break;
    case LessonPart::Energies:
      if (!applyingEngineResult_) worker_->update(lesson, ebm::LessonChange::Energies);
      break;
    case LessonPart::Sampler:
      worker_->update(lesson, ebm::LessonChange::Sampler);
      break;
    case LessonPart::Training:
      worker_->update(lesson, ebm::LessonChange::Training);
      break;
    case LessonPart::View:
      views_->configure(lesson);
      if (engineViewChanged(engineView_, lesson.view)) worker_->update(lesson, ebm::LessonChange::View);
      engineView_ = lesson.view;
      break;
    case LessonPart::Experiment:
      worker_->update(lesson, ebm::LessonChange::Experiment);
      break;
    case LessonPart::Box:
      // A new box is a new lattice, new particles and new cameras: the engine starts the lesson over.
      engineView_ = lesson.view;
      views_->configure(lesson);
      views_->fitCamerasOnNextFrame();
      worker_->update(lesson, ebm::LessonChange::Everything);
      break;
    case LessonPart::Animation:
    case LessonPart::Text:
      break;
  }
  viewActions_->sync(lesson);
  syncRunActions();
  updateTitle();
  updateStatus();
}

void MainWindow::showFrame(const ebm::FramePtr& frame) {
  QElapsedTimer profile;
  profile.start();
  views_->showFrame(frame);
  const qint64 viewsMs = profile.elapsed();
  panels_->showFrame(*frame);
  syncStepAction();  // an experiment's Step is greyed out once it settled
  const qint64 panelsMs = profile.elapsed() - viewsMs;
  // A calibrating lesson learns its threshold from the engine: keep the lesson's value in step (not an edit),
  // from a frame that has seen the edit asking for it (one still in flight holds the old calibration).
  if (frame->anomaly && session_->lesson().anomaly.calibrate && worker_->frameIsCurrent()) {
    session_->applyWithoutUndo([](ebm::Lesson& l) { l.anomaly.calibrate = false; }, LessonPart::Parameters);
    session_->setParameterWithoutUndo(QStringLiteral("threshold"), frame->anomaly->threshold);
  }
  for (const std::string& m : frame->messages)
    messageBar_->showMessage(QString::fromStdString(m), MessageBar::Level::Warning);
  if (frame->training) {
    const bool running = frame->training->state == ebm::TrainingFrame::State::Running;
    if (running) trainedSinceLastSpec_ = true;
    trainAction_->setText(running ? tr("Pause Training") : tr("Train"));
  }
  lastFrame_ = frame;
  updateStatus();
  worker_->frameConsumed();
  if (qEnvironmentVariableIsSet("EBMSCAPE_PROFILE")) {
    std::fprintf(stderr, "frame %llu: views %lld ms, panels %lld ms, all %lld ms, render %.1f ms\n",
                 static_cast<unsigned long long>(frame->serial), viewsMs, panelsMs, profile.elapsed(),
                 views_->landscapeView()->lastRenderMilliseconds());
  }
  emit frameShown();
  if (!landscapeReady_) {
    landscapeReady_ = true;
    emit landscapeShown();
  }
}

// An experiment lesson gets its kind's panel as the last tab and its stage beside the landscape; the panel
// is made again only when the kind changes.
void MainWindow::showExperimentPanel() {
  const QString kind = QString::fromStdString(session_->lesson().experimentKind());
  if (kind == experimentKind_) return;
  views_->setMarkerDragHandler({});  // ends a drag while its panel is still there
  views_->setStage(nullptr);
  panels_->setExperimentPanel(kind.isEmpty() ? nullptr : createExperimentPanel(kind.toStdString(), session_));
  experimentKind_ = kind;
  ExperimentPanel* panel = panels_->experimentPanel();
  if (!panel) return;
  connect(panel, &ExperimentPanel::commandRequested, worker_, &SimulationWorker::command);
  views_->setStage(panel->stage());
  views_->setMarkerDragHandler(
      [panel = QPointer<ExperimentPanel>(panel)](GrabPhase phase, int marker, const Eigen::Vector2d& point) {
        return panel && panel->dragMarker(phase, marker, point);
      });
}

QPixmap MainWindow::screenshot() {
  for (VtkView* view : {views_->landscapeView(), views_->mapView(), views_->volumeView()})
    view->renderAtFullResolutionNext();
  return grab();
}

void MainWindow::showError(const QString& message) {
  messageBar_->showMessage(message, MessageBar::Level::Error);
}

void MainWindow::updateTitle() {
  const ebm::Lesson& lesson = session_->lesson();
  const QString file =
      session_->filePath().isEmpty() ? QString() : QFileInfo(session_->filePath()).fileName();
  setWindowTitle(QStringLiteral("%1%2%3 — ebmscape")
                     .arg(QString::fromStdString(lesson.title.shown()),
                          file.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(file),
                          session_->modified() ? QStringLiteral(" •") : QString()));
}

void MainWindow::updateStatus() {
  const ebm::Lesson& lesson = session_->lesson();
  QString text = tr("T = %1").arg(lesson.temperature, 0, 'g', 3);
  if (lesson.composition.operation == ebm::Composition::Operation::Blend) {
    text += tr("   α = %1").arg(lesson.composition.alpha, 0, 'f', 2);
  }
  if (lastFrame_ && lastFrame_->particles)
    text += tr("   %1 particles").arg(lastFrame_->particles->positions.cols());
  if (lastFrame_ && lastFrame_->partitionError.empty()) {
    text += tr("   log Z = %1").arg(fixedText(lastFrame_->partition.logPartition, 3));
  }
  statusLabel_->setText(text);
}

void MainWindow::closeEvent(QCloseEvent* event) {
  if (!lessonFiles_->confirmDiscard()) {
    event->ignore();
    return;
  }
  QSettings settings;
  settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
  settings.setValue(QStringLiteral("window/state"), saveState());
  worker_->shutdown();
  for (ExportProcess* running : findChildren<ExportProcess*>())
    running->abandon();    // a half-made video is not kept
  pointImport_->cancel();  // else the program would wait for the file at exit
  lessonFiles_->closeCleanly();
  event->accept();
}

}  // namespace ebmui
