#include "main_window.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSaveFile>
#include <QScrollArea>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>
#include <atomic>
#include <cstdio>

#include "core/errors.h"
#include "data/point_file_reader.h"
#include "experiments/experiment_panel.h"
#include "experiments/experiment_stage.h"
#include "export/export_launcher.h"
#include "export/export_process.h"
#include "io/model_file.h"
#include "io/neural_energy_spec.h"
#include "io/trained_energy_spec.h"
#include "panels/animation_panel.h"
#include "panels/anomaly_panel.h"
#include "panels/composition_panel.h"
#include "panels/data_panel.h"
#include "panels/energy_panel.h"
#include "panels/message_bar.h"
#include "panels/ood_panel.h"
#include "panels/rich_text.h"
#include "panels/sampler_panel.h"
#include "panels/training_panel.h"
#include "session/lesson_library.h"
#include "session/point_import.h"
#include "session/session.h"
#include "session/simulation_worker.h"
#include "undo_actions.h"
#include "vtk/view_area.h"
#include "vtk/vtk_view.h"

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

  explanation_ = new QTextBrowser(this);
  explanation_->setObjectName(QStringLiteral("explanation"));
  explanation_->setOpenExternalLinks(false);
  auto* lessonDock = new QDockWidget(tr("Lesson"), this);
  lessonDock->setObjectName(QStringLiteral("lessonDock"));
  lessonDock->setWidget(explanation_);
  addDockWidget(Qt::LeftDockWidgetArea, lessonDock);

  buildPanels();
  buildActions();
  buildMenus();

  fpsLabel_ = new QLabel(this);
  // As wide as its longest text from the start: a label that grows on its first number is shown cut ("4")
  // until the status bar lays out again, and one that follows its digits jitters.
  fpsLabel_->setMinimumWidth(fpsLabel_->fontMetrics().horizontalAdvance(tr("%1 fps").arg(888)));
  fpsLabel_->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
  statusLabel_ = new QLabel(this);
  statusBar()->addWidget(statusLabel_, 1);
  statusBar()->addPermanentWidget(fpsLabel_);
  connect(views_, &ViewArea::framesPerSecond, this, [this](double fps) {
    fps_ = fps;
    fpsLabel_->setText(tr("%1 fps").arg(fps, 0, 'f', 0));
  });
  connectSession();

  autosaveTimer_ = new QTimer(this);
  autosaveTimer_->setInterval(autosaveIntervalMs());
  connect(autosaveTimer_, &QTimer::timeout, this, &MainWindow::autosave);
  autosaveTimer_->start();

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
ebm::FramePtr MainWindow::lastFrame() const {
  return lastFrame_;
}

void MainWindow::buildPanels() {
  compositionPanel_ = new CompositionPanel(session_);
  samplerPanel_ = new SamplerPanel(session_);
  trainingPanel_ = new TrainingPanel(session_);
  dataPanel_ = new DataPanel(session_, views_);
  energyPanel_ = new EnergyPanel(session_);
  anomalyPanel_ = new AnomalyPanel(session_);
  oodPanel_ = new OodPanel(session_);
  animationPanel_ = new AnimationPanel(session_);
  panels_ = new QTabWidget(this);
  panels_->setObjectName(QStringLiteral("panels"));
  panels_->addTab(scrollable(compositionPanel_), tr("Landscape"));
  panels_->addTab(scrollable(samplerPanel_), tr("Sampler"));
  panels_->addTab(scrollable(trainingPanel_), tr("Training"));
  panels_->addTab(scrollable(dataPanel_), tr("Data"));
  panels_->addTab(scrollable(energyPanel_), tr("Energies"));
  panels_->addTab(scrollable(anomalyPanel_), tr("Anomalies"));
  panels_->addTab(scrollable(oodPanel_), tr("Out-of-distribution"));
  panels_->addTab(scrollable(animationPanel_), tr("Animation"));
  panels_->setTabToolTip(0, tr("Compose energies, set the temperature, read log Z and the free energy"));
  panels_->setTabToolTip(1, tr("The particles: sampler, step size, how many, and their energy histogram"));
  panels_->setTabToolTip(2, tr("Train a neural energy on the data, with live charts"));
  panels_->setTabToolTip(3, tr("The data set the energy learns"));
  panels_->setTabToolTip(4, tr("The lesson's energies: analytic ones, networks, model files"));
  panels_->setTabToolTip(5, tr("Energy as surprise: a threshold on the energy flags anomalies"));
  panels_->setTabToolTip(6, tr("Does a classifier know what it has never seen? Its energy against its "
                               "max-softmax score, and energy fine-tuning"));
  panels_->setTabToolTip(7, tr("Keyframes for sliders and the camera, a preview, and video export"));
  connect(animationPanel_, &AnimationPanel::cameraOrbit, views_, &ViewArea::setCameraOrbit);
  connect(animationPanel_, &AnimationPanel::exportRequested, this, &MainWindow::exportAnimation);
  auto* dock = new QDockWidget(tr("Controls"), this);
  dock->setObjectName(QStringLiteral("controlsDock"));
  dock->setWidget(panels_);
  dock->setMinimumWidth(360);
  addDockWidget(Qt::RightDockWidgetArea, dock);

  connect(samplerPanel_, &SamplerPanel::resetRequested, worker_, &SimulationWorker::resetParticles);
  connect(trainingPanel_, &TrainingPanel::trainRequested, worker_, &SimulationWorker::startTraining);
  connect(trainingPanel_, &TrainingPanel::pauseRequested, worker_, &SimulationWorker::pauseTraining);
  connect(trainingPanel_, &TrainingPanel::stopRequested, worker_, &SimulationWorker::stopTraining);
  connect(trainingPanel_, &TrainingPanel::resetRequested, this, &MainWindow::resetTraining);
  pointImport_ = new PointImport(session_, this);
  connect(dataPanel_, &DataPanel::importRequested, pointImport_, &PointImport::chooseAndImport);
  connect(pointImport_, &PointImport::imported, this,
          [this](const QString& message) { messageBar_->showMessage(message, MessageBar::Level::Info); });
  connect(pointImport_, &PointImport::cancelled, this,
          [this](const QString& message) { messageBar_->showMessage(message, MessageBar::Level::Info); });
  connect(pointImport_, &PointImport::failed, this, &MainWindow::showError);
  connect(oodPanel_, &OodPanel::trainRequested, worker_, &SimulationWorker::startTraining);
  connect(energyPanel_, &EnergyPanel::loadModelRequested, this, &MainWindow::loadModel);
  connect(energyPanel_, &EnergyPanel::saveModelRequested, this, &MainWindow::saveModel);
}

void MainWindow::buildActions() {
  // Not checkable: its label says what a click does ("Pause Particles" while they move).
  playAction_ = new QAction(tr("Play Particles"), this);
  playAction_->setObjectName(QStringLiteral("playAction"));
  playAction_->setShortcut(Qt::Key_Space);
  playAction_->setToolTip(tr("Start or stop the particles (Space)"));
  connect(playAction_, &QAction::triggered, this, [this] {
    session_->applyWithoutUndo([](ebm::Lesson& l) { l.sampler.playing = !l.sampler.playing; },
                               LessonPart::Sampler);
  });
  trainAction_ = new QAction(tr("Train"), this);
  trainAction_->setObjectName(QStringLiteral("trainAction"));
  trainAction_->setShortcut(Qt::Key_T);
  trainAction_->setToolTip(tr("Start, pause or resume training (T)"));
  connect(trainAction_, &QAction::triggered, this, &MainWindow::toggleTraining);

  layoutGroup_ = new QActionGroup(this);
  const struct {
    QString label;
    ebm::ViewSettings::Layout layout;
    QKeySequence key;
  } layouts[] = {
      {tr("Landscape and Map"), ebm::ViewSettings::Layout::SideBySide, QKeySequence(Qt::ALT | Qt::Key_1)},
      {tr("Landscape Only"), ebm::ViewSettings::Layout::Landscape, QKeySequence(Qt::ALT | Qt::Key_2)},
      {tr("Map Only"), ebm::ViewSettings::Layout::Map, QKeySequence(Qt::ALT | Qt::Key_3)}};
  for (const auto& l : layouts) {
    QAction* a = layoutGroup_->addAction(l.label);
    a->setCheckable(true);
    a->setShortcut(l.key);
    a->setData(int(l.layout));
    connect(a, &QAction::triggered, this, [this, layout = l.layout] {
      if (session_->lesson().view.layout != layout)
        setViewOption([layout](ebm::ViewSettings& v) { v.layout = layout; });
    });
  }
  densityAction_ = new QAction(tr("Show Density p_T"), this);
  densityAction_->setCheckable(true);
  densityAction_->setShortcut(Qt::Key_D);
  densityAction_->setToolTip(
      richText(tr("Draw the normalized density p_T = e^{−E/T}/Z_T instead of the energy E (D)")));
  connect(densityAction_, &QAction::triggered, this, [this](bool on) {
    setViewOption([on](ebm::ViewSettings& v) {
      v.field = on ? ebm::ViewSettings::Field::Density : ebm::ViewSettings::Field::Energy;
    });
  });
  const struct {
    QString key, label, tip;
    bool ebm::ViewSettings::*member;
  } toggles[] = {
      {"contours", tr("Contour Lines"), tr("Lines of equal energy"), &ebm::ViewSettings::showContours},
      {"axes", tr("Axes"), tr("Coordinate axes; the landscape's height axis is in energy units"),
       &ebm::ViewSettings::showAxes},
      {"colorBar", tr("Colour Bar"), tr("The scale of the colours"), &ebm::ViewSettings::showColorBar},
      {"data", tr("Data Points"), tr("The data set"), &ebm::ViewSettings::showData},
      {"particles", tr("Particles"), tr("The sampler's particles"), &ebm::ViewSettings::showParticles},
      {"negatives", tr("Training Negatives"), tr("The Langevin negatives of the last training iteration"),
       &ebm::ViewSettings::showNegatives},
      {"trails", tr("Particle Trails"),
       tr("Each particle's recent path (set a trail length in the Sampler panel)"),
       &ebm::ViewSettings::showTrails},
      {"score", tr("Score Field −∇E"), tr("Arrows of the score: where the landscape pushes a particle"),
       &ebm::ViewSettings::showScoreField},
      {"minimum", tr("Lowest Point and Its Trace"),
       tr("The landscape's minimum, and the path it takes as you move a slider"),
       &ebm::ViewSettings::showMinimum},
      {"mapDensity", tr("Map Shows Density p_T"),
       richText(tr("The map shows p_T = e^{−E/T}/Z_T beside the energy landscape")),
       &ebm::ViewSettings::mapShowsDensity},
      {"mapConfidence", tr("Map Shows Max-Softmax"),
       tr("A classifier's map shows its confidence max_y p(y|x) beside its energy landscape"),
       &ebm::ViewSettings::mapShowsConfidence},
      {"boundaries", tr("Decision Boundaries"), tr("Where a classifier's predicted class changes"),
       &ebm::ViewSettings::showBoundaries},
      {"volume", tr("Density Volume (3D)"), tr("Volume rendering of p_T for 3D lessons"),
       &ebm::ViewSettings::showVolume},
  };
  for (const auto& t : toggles) {
    auto* a = new QAction(t.label, this);
    a->setCheckable(true);
    a->setToolTip(t.tip);
    connect(a, &QAction::triggered, this, [this, member = t.member](bool on) {
      setViewOption([member, on](ebm::ViewSettings& v) { v.*member = on; });
    });
    viewToggles_[t.key] = a;
  }
}

void MainWindow::buildMenus() {
  QMenu* file = menuBar()->addMenu(tr("&File"));
  file->addAction(tr("&Open Lesson…"), QKeySequence::Open, this, &MainWindow::chooseLessonFile);
  QMenu* builtIn = file->addMenu(tr("&Built-in Lessons"));
  for (const QString& name : builtInLessonNames()) {
    const QString title = builtInLessonTitle(name);
    builtIn->addAction(title.isEmpty() ? name : title, this, [this, name] {
      if (confirmDiscard()) openLessonNamed(name);
    });
  }
  recentMenu_ = file->addMenu(tr("Open &Recent"));
  connect(recentMenu_, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentMenu);
  file->addSeparator();
  file->addAction(tr("&Save"), QKeySequence::Save, this, &MainWindow::save);
  // Spelled out: QKeySequence::SaveAs is empty on desktops without a platform theme (Xvfb, some WMs).
  file->addAction(tr("Save &As…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), this, &MainWindow::saveAs)
      ->setObjectName(QStringLiteral("saveAsAction"));
  file->addSeparator();
  file->addAction(tr("Save Screens&hot…"), QKeySequence(Qt::Key_F12), this, &MainWindow::saveScreenshot);
  file->addAction(tr("Export &Animation…"), QKeySequence(Qt::CTRL | Qt::Key_E), this,
                  &MainWindow::exportAnimation);
  file->addSeparator();
  file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

  QMenu* edit = menuBar()->addMenu(tr("&Edit"));
  QAction* undo = session_->undoStack()->createUndoAction(this, tr("&Undo"));
  undo->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Z));
  QAction* redo = session_->undoStack()->createRedoAction(this, tr("&Redo"));
  redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
  edit->addAction(undo);
  edit->addAction(redo);
  qApp->installEventFilter(new SpinBoxUndoFilter(this));

  QMenu* view = menuBar()->addMenu(tr("&View"));
  view->addActions(layoutGroup_->actions());
  view->addSeparator();
  view->addAction(densityAction_);
  for (const char* key : {"mapDensity", "mapConfidence", "boundaries", "minimum", "contours", "axes",
                          "colorBar", "data", "particles", "negatives", "trails", "score", "volume"}) {
    view->addAction(viewToggles_.at(QString::fromLatin1(key)));
  }
  view->addSeparator();
  QAction* reset = view->addAction(tr("&Reset Camera"), this, [this] { views_->resetCameras(); });
  reset->setShortcut(Qt::Key_R);
  const struct {
    QString label;
    CameraPreset preset;
    Qt::Key key;
  } presets[] = {{tr("Camera: &Top"), CameraPreset::Top, Qt::Key_1},
                 {tr("Camera: &Front"), CameraPreset::Front, Qt::Key_2},
                 {tr("Camera: &Iso"), CameraPreset::Iso, Qt::Key_3}};
  for (const auto& p : presets) {
    QAction* a =
        view->addAction(p.label, this, [this, preset = p.preset] { views_->setCameraPreset(preset); });
    a->setShortcut(p.key);
  }
  view->setToolTipsVisible(true);

  QMenu* run = menuBar()->addMenu(tr("&Run"));
  run->addAction(playAction_);
  run->addAction(tr("Reset &Particles"), QKeySequence(Qt::Key_P), worker_, &SimulationWorker::resetParticles);
  run->addSeparator();
  run->addAction(trainAction_);

  QToolBar* bar = addToolBar(tr("Main"));
  bar->setObjectName(QStringLiteral("mainToolBar"));
  bar->addAction(fixedLabelUndoAction(session_->undoStack(), false, this));
  bar->addAction(fixedLabelUndoAction(session_->undoStack(), true, this));
  bar->addSeparator();
  bar->addAction(playAction_);
  bar->addAction(trainAction_);
  bar->addSeparator();
  bar->addActions(layoutGroup_->actions());
  bar->addAction(densityAction_);
  keepButtonWidth(bar, playAction_, {tr("Play Particles"), tr("Pause Particles")});
  keepButtonWidth(bar, trainAction_, {tr("Train"), tr("Pause Training")});
}

void MainWindow::connectSession() {
  connect(session_, &Session::lessonReplaced, this, [this] {
    const ebm::Lesson& lesson = session_->lesson();
    landscapeReady_ = false;
    lastFrame_ = nullptr;
    engineView_ = lesson.view;
    showExperimentPanel();  // before the views are arranged: a stage takes the map's place
    views_->configure(lesson);
    views_->fitCamerasOnNextFrame();
    worker_->open(lesson);
    explanation_->setHtml(QStringLiteral("<h2>%1</h2><p>%2</p>")
                              .arg(QString::fromStdString(lesson.title).toHtmlEscaped(),
                                   richText(QString::fromStdString(lesson.explanation))));
    applyLessonMode();
    if (experimentPanel_) {
      panels_->setCurrentWidget(experimentTab_);
    } else {
      panels_->setCurrentIndex(lesson.anomaly.count > 0 ? 5 : lesson.ood.any() ? 6 : 0);
    }
    syncViewActions();
    updateTitle();
  });
  connect(session_, &Session::parameterChanged, this, [this](const QString& name, double value) {
    worker_->setParameter(name, value);
    updateStatus();
  });
  connect(session_, &Session::changed, this, [this](LessonPart part) {
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
    syncViewActions();
    updateTitle();
    updateStatus();
  });
  connect(session_->undoStack(), &QUndoStack::cleanChanged, this, &MainWindow::updateTitle);
  connect(worker_, &SimulationWorker::frameReady, this, &MainWindow::showFrame);
  connect(worker_, &SimulationWorker::failed, this, &MainWindow::showError);
  connect(worker_, &SimulationWorker::trainedSpec, this, [this](int index, const QString& json) {
    const ebm::Lesson& lesson = session_->lesson();
    if (index < 0 || index >= int(lesson.energies.size())) return;
    auto energies = lesson.energies;
    energies[std::size_t(index)].spec = nlohmann::json::parse(json.toStdString());
    applyingEngineResult_ = true;  // the engine has these weights already
    if (trainedSinceLastSpec_) {
      // A run's weights are one undo step: undo gives back the network from before it (and an older edit's
      // undo can no longer bring untrained weights back over them).
      session_->edit(&ebm::Lesson::energies, energies, LessonPart::Energies,
                     tr("Train “%1”").arg(QString::fromStdString(energies[std::size_t(index)].name)));
    } else {
      // The weights of a network that has not trained (a reset's fresh one) replace its seed's description.
      session_->applyWithoutUndo([&energies](ebm::Lesson& l) { l.energies = energies; },
                                 LessonPart::Energies);
      session_->markModified();
    }
    applyingEngineResult_ = false;
    trainedSinceLastSpec_ = false;
  });
}

void MainWindow::showFrame(const ebm::FramePtr& frame) {
  QElapsedTimer profile;
  profile.start();
  views_->showFrame(frame);
  const qint64 viewsMs = profile.elapsed();
  compositionPanel_->showFrame(*frame);
  samplerPanel_->showFrame(*frame);
  const qint64 samplerMs = profile.elapsed();
  trainingPanel_->showFrame(*frame);
  const qint64 trainingMs = profile.elapsed();
  anomalyPanel_->showFrame(*frame);
  oodPanel_->showFrame(*frame);
  if (experimentPanel_) experimentPanel_->showFrame(*frame);
  // A calibrating lesson learns its threshold from the engine: keep the lesson's value in step (not an edit),
  // from a frame that has seen the edit asking for it (one still in flight holds the old calibration).
  if (frame->anomaly && session_->lesson().anomaly.calibrate && worker_->frameIsCurrent()) {
    session_->applyWithoutUndo(
        [t = frame->anomaly->threshold](ebm::Lesson& l) {
          l.threshold = t;
          l.anomaly.calibrate = false;
        },
        LessonPart::Parameters);
    emit session_->parameterChanged(QStringLiteral("threshold"), frame->anomaly->threshold);
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
    std::fprintf(
        stderr, "frame %llu: views %lld ms, sampler %lld ms, training %lld ms, all %lld ms, render %.1f ms\n",
        static_cast<unsigned long long>(frame->serial), viewsMs, samplerMs, trainingMs, profile.elapsed(),
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
  if (experimentPanel_) {
    views_->setStage(nullptr);
    panels_->removeTab(panels_->indexOf(experimentTab_));
    delete experimentTab_;  // the scroll area, with the panel and its stage
    experimentPanel_ = nullptr;
    experimentTab_ = nullptr;
  }
  experimentKind_ = kind;
  if (kind.isEmpty()) return;
  experimentPanel_ = createExperimentPanel(kind.toStdString(), session_);
  experimentPanel_->setObjectName(QStringLiteral("experimentPanel"));
  experimentTab_ = scrollable(experimentPanel_);
  const int tab = panels_->addTab(experimentTab_, experimentPanel_->title());
  panels_->setTabToolTip(tab, experimentPanel_->toolTip());
  connect(experimentPanel_, &ExperimentPanel::commandRequested, worker_, &SimulationWorker::command);
  views_->setStage(experimentPanel_->stage());
  views_->setMarkerDragHandler([panel = QPointer<ExperimentPanel>(experimentPanel_)](
                                   GrabPhase phase, int marker, const Eigen::Vector2d& point) {
    return panel && panel->dragMarker(phase, marker, point);
  });
}

QPixmap MainWindow::screenshot() {
  for (VtkView* view : {views_->landscapeView(), views_->mapView(), views_->volumeView()})
    view->renderAtFullResolutionNext();
  return grab();
}

void MainWindow::toggleTraining() {
  const bool running =
      lastFrame_ && lastFrame_->training && lastFrame_->training->state == ebm::TrainingFrame::State::Running;
  if (running) {
    worker_->pauseTraining();
  } else if (session_->lesson().data.source == ebm::DataSpec::Source::None) {
    offerData();
  } else {
    worker_->startTraining();
  }
}

// What is shown is not a lesson edit: no undo step (Edit ▸ Undo stays for the lesson itself), but the view is
// saved with the lesson, so it counts as an unsaved change.
void MainWindow::setViewOption(const std::function<void(ebm::ViewSettings&)>& change) {
  session_->applyWithoutUndo([&change](ebm::Lesson& l) { change(l.view); }, LessonPart::View);
  session_->markModified();
}

void MainWindow::syncViewActions() {
  const ebm::Lesson& lesson = session_->lesson();
  const auto& v = lesson.view;
  for (QAction* a : layoutGroup_->actions()) {
    a->setChecked(a->data().toInt() == int(v.layout));
    a->setEnabled(lesson.box.dimension == 2);
  }
  densityAction_->setChecked(v.field == ebm::ViewSettings::Field::Density);
  const std::pair<const char*, bool> states[] = {
      {"contours", v.showContours},    {"axes", v.showAxes},
      {"colorBar", v.showColorBar},    {"data", v.showData},
      {"particles", v.showParticles},  {"negatives", v.showNegatives},
      {"trails", v.showTrails},        {"score", v.showScoreField},
      {"volume", v.showVolume},        {"mapDensity", v.mapShowsDensity},
      {"minimum", v.showMinimum},      {"mapConfidence", v.mapShowsConfidence},
      {"boundaries", v.showBoundaries}};
  for (const auto& [key, on] : states)
    viewToggles_.at(QString::fromLatin1(key))->setChecked(on);
  viewToggles_.at(QStringLiteral("volume"))->setEnabled(lesson.box.dimension == 3);
  viewToggles_.at(QStringLiteral("score"))->setEnabled(lesson.box.dimension == 2);
  viewToggles_.at(QStringLiteral("mapDensity"))->setEnabled(lesson.box.dimension == 2);
  const bool classifier = std::any_of(lesson.energies.begin(), lesson.energies.end(), [](const auto& e) {
    return e.spec.value("type", std::string()) == "classifier";
  });
  viewToggles_.at(QStringLiteral("mapConfidence"))->setEnabled(lesson.box.dimension == 2 && classifier);
  viewToggles_.at(QStringLiteral("boundaries"))->setEnabled(lesson.box.dimension == 2 && classifier);
  viewToggles_.at(QStringLiteral("contours"))->setEnabled(lesson.box.dimension == 2);
  // An experiment lesson without an energy has no particles, no network to train and no density: Space
  // plays and pauses the experiment.
  const bool particles = !lesson.energies.empty();
  if (particles)
    playAction_->setText(lesson.sampler.playing ? tr("Pause Particles") : tr("Play Particles"));
  else
    playAction_->setText(lesson.sampler.playing ? tr("Pause") : tr("Play"));
  playAction_->setToolTip(particles ? tr("Start or stop the particles (Space)")
                                    : tr("Start or stop the experiment (Space)"));
  trainAction_->setEnabled(particles);
  densityAction_->setEnabled(particles && lesson.box.dimension == 2);
}

// File ▸ Export Animation… and the Animation panel's Export… button: the export dialog, then the export in a
// child process with a progress dialog.
void MainWindow::exportAnimation() {
  launchAnimationExport(this, session_->lesson(), views_->mainView());
}

// Lesson mode: the tabs a lesson lists in hiddenControls are not shown to the class.
void MainWindow::applyLessonMode() {
  const auto& hidden = session_->lesson().hiddenControls;
  const char* names[] = {"landscape", "sampler",   "training", "data",
                         "energies",  "anomalies", "ood",      "animation"};
  for (int i = 0; i < int(std::size(names)); ++i) {
    const bool hide = std::find(hidden.begin(), hidden.end(), names[i]) != hidden.end();
    panels_->setTabVisible(i, !hide);
  }
  // The anomaly tab only exists for lessons that draw anomalies, the out-of-distribution tab for lessons that
  // place outliers around a classifier's data.
  panels_->setTabVisible(5, session_->lesson().anomaly.count > 0);
  panels_->setTabVisible(
      6, session_->lesson().ood.any() && std::find(hidden.begin(), hidden.end(), "ood") == hidden.end());
}

void MainWindow::updateTitle() {
  const ebm::Lesson& lesson = session_->lesson();
  const QString file =
      session_->filePath().isEmpty() ? QString() : QFileInfo(session_->filePath()).fileName();
  setWindowTitle(QStringLiteral("%1%2%3 — ebmscape")
                     .arg(QString::fromStdString(lesson.title),
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
    text += tr("   log Z = %1").arg(lastFrame_->partition.logPartition, 0, 'f', 3);
  }
  statusLabel_->setText(text);
}

void MainWindow::showError(const QString& message) {
  messageBar_->showMessage(message, MessageBar::Level::Error);
}

void MainWindow::showWarnings(const std::vector<std::string>& warnings) {
  if (warnings.empty()) return;
  QStringList lines;
  for (const auto& w : warnings)
    lines << QString::fromStdString(w);
  messageBar_->showMessage(lines.join(QStringLiteral("\n")), MessageBar::Level::Warning);
}

void MainWindow::openLesson(const ebm::Lesson& lesson, const QString& filePath) {
  session_->replaceLesson(lesson, filePath);
}

bool MainWindow::openLessonNamed(const QString& nameOrPath) {
  try {
    const ebm::LessonReadResult result = loadLessonWithWarnings(nameOrPath);
    const bool builtIn = isBuiltInLesson(nameOrPath);
    openLesson(result.lesson, builtIn ? QString() : QFileInfo(nameOrPath).absoluteFilePath());
    if (!builtIn) rememberRecentLesson(nameOrPath);
    QSettings().setValue(QStringLiteral("lastLesson"),
                         builtIn ? nameOrPath : QFileInfo(nameOrPath).absoluteFilePath());
    showWarnings(result.warnings);
    return true;
  } catch (const ebm::Error& e) {
    showError(QString::fromStdString(e.what()));
    return false;
  }
}

bool MainWindow::saveLessonTo(const QString& path) {
  try {
    saveLesson(session_->lesson(), path);
  } catch (const ebm::Error& e) {
    showError(QString::fromStdString(e.what()));
    return false;
  }
  session_->setFilePath(QFileInfo(path).absoluteFilePath());
  session_->markSaved();
  rememberRecentLesson(path);
  QSettings().setValue(QStringLiteral("lastLesson"), QFileInfo(path).absoluteFilePath());
  messageBar_->showMessage(tr("Saved %1").arg(QFileInfo(path).fileName()), MessageBar::Level::Info);
  updateTitle();
  return true;
}

bool MainWindow::save() {
  if (session_->filePath().isEmpty()) return saveAs();
  return saveLessonTo(session_->filePath());
}

bool MainWindow::saveAs() {
  QString path = QFileDialog::getSaveFileName(
      this, tr("Save Lesson"),
      session_->filePath().isEmpty() ? suggestedLessonFileName(session_->lesson()) : session_->filePath(),
      tr("Lessons (*.json)"));
  if (path.isEmpty()) return false;
  if (!path.endsWith(QStringLiteral(".json"))) path += QStringLiteral(".json");
  return saveLessonTo(path);
}

bool MainWindow::confirmDiscard() {
  if (!session_->modified()) return true;
  const auto answer = QMessageBox::question(
      this, tr("Unsaved changes"), tr("The lesson has unsaved changes. Save them first?"),
      QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
  if (answer == QMessageBox::Cancel) return false;
  if (answer == QMessageBox::Save) return save();
  return true;
}

void MainWindow::chooseLessonFile() {
  if (!confirmDiscard()) return;
  const QString path =
      QFileDialog::getOpenFileName(this, tr("Open Lesson"), QString(), tr("Lessons (*.json)"));
  if (!path.isEmpty()) openLessonNamed(path);
}

void MainWindow::rebuildRecentMenu() {
  recentMenu_->clear();
  const QStringList recent = recentLessons();
  for (const QString& path : recent) {
    recentMenu_
        ->addAction(QFileInfo(path).fileName(), this,
                    [this, path] {
                      if (confirmDiscard()) openLessonNamed(path);
                    })
        ->setToolTip(path);
  }
  if (recent.isEmpty()) recentMenu_->addAction(tr("(none yet)"))->setEnabled(false);
}

void MainWindow::saveScreenshot() {
  const QString path = QFileDialog::getSaveFileName(this, tr("Save Screenshot"),
                                                    QStringLiteral("ebmscape.png"), tr("PNG (*.png)"));
  if (path.isEmpty()) return;
  if (!screenshot().save(path, "PNG")) showError(tr("Cannot write the screenshot to %1.").arg(path));
}

void MainWindow::loadModel() {
  const QString path = QFileDialog::getOpenFileName(this, tr("Load Model"), QString(), tr("Models (*.json)"));
  if (path.isEmpty()) return;
  try {
    const ebm::ModelFile model = ebm::loadModel(path.toStdString());
    if (model.energy->dimension() != session_->lesson().box.dimension) {
      throw ebm::ModelError("This model is " + std::to_string(model.energy->dimension()) +
                            "D; the lesson is " + std::to_string(session_->lesson().box.dimension) + "D.");
    }
    auto energies = session_->lesson().energies;
    energies.push_back(
        {QFileInfo(path).completeBaseName().toStdString(), *ebm::trainedEnergySpec(*model.energy)});
    session_->edit(&ebm::Lesson::energies, energies, LessonPart::Energies, tr("Load model"));
    std::vector<std::string> warnings = model.warnings;  // settings from a newer ebmscape, not used here
    if (!model.normalization.sameAs(session_->lesson().data.standardization)) {
      warnings.push_back(
          "This model was trained on data standardized otherwise than this lesson's data: it is drawn in the "
          "lesson's units, where its valleys may miss the points. Retrain it on this data, or open the "
          "lesson "
          "it was trained in.");
    }
    showWarnings(warnings);
  } catch (const ebm::Error& e) {
    showError(QString::fromStdString(e.what()));
  }
}

void MainWindow::saveModel(int index) {
  const auto& energies = session_->lesson().energies;
  if (index < 0 || index >= int(energies.size())) return;
  const QString path = QFileDialog::getSaveFileName(
      this, tr("Save Model"),
      QString::fromStdString(energies[std::size_t(index)].name) + QStringLiteral(".json"),
      tr("Models (*.json)"));
  if (path.isEmpty()) return;
  try {
    ebm::ModelFile model;
    model.energy = ebm::trainedEnergyFromSpec(energies[std::size_t(index)].spec, "energy");
    model.normalization = session_->lesson().data.standardization;  // imported data's units → the network's
    const std::string text = ebm::writeModel(model);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(text.data(), qint64(text.size())) != qint64(text.size()) || !file.commit()) {
      throw ebm::Error("Cannot write " + path.toStdString() + ": " + file.errorString().toStdString());
    }
    messageBar_->showMessage(tr("Saved the model to %1").arg(QFileInfo(path).fileName()),
                             MessageBar::Level::Info);
  } catch (const ebm::Error& e) {
    showError(QString::fromStdString(e.what()));
  }
}

void MainWindow::closeEvent(QCloseEvent* event) {
  if (!confirmDiscard()) {
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
  autosaveTimer_->stop();
  autosaveRun_.waitForFinished();  // an autosave still being written would outlive the discard
  recovery_.discard();             // a clean exit: nothing to recover next time
  event->accept();
}

// The lesson is copied on the GUI thread (cheap) and written on a pool thread (JSON of inline weights is
// not).
void MainWindow::autosave() {
  if (autosaveRun_.isRunning()) return;  // the last one is still being written: the next tick catches up
  const ebm::Lesson lesson = session_->lesson();
  const QString path = session_->filePath();
  const bool modified = session_->modified();
  auto* watcher = new QFutureWatcher<QString>(this);
  connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher] {
    const QString error = watcher->result();
    watcher->deleteLater();
    if (!error.isEmpty() && !autosaveFailedShown_) {
      autosaveFailedShown_ = true;
      messageBar_->showMessage(tr("Autosave failed: %1").arg(error), MessageBar::Level::Warning);
    }
  });
  autosaveRun_ = QtConcurrent::run([store = recovery_, lesson, path, modified]() mutable {
    try {
      store.save(lesson, path, modified);
      return QString();
    } catch (const std::exception& e) {
      return QString::fromStdString(e.what());
    }
  });
  watcher->setFuture(autosaveRun_);
}

bool MainWindow::offerRecovery(bool ask) {
  const auto recovered = recovery_.pending();
  if (!recovered) return false;
  if (ask) {
    const QString what = recovered->originalPath.isEmpty() ? QString::fromStdString(recovered->lesson.title)
                                                           : QFileInfo(recovered->originalPath).fileName();
    const auto answer =
        QMessageBox::question(this, tr("Restore lesson?"),
                              tr("ebmscape did not close properly last time. Restore “%1” as it was at %2?")
                                  .arg(what, recovered->savedAt.toString(QStringLiteral("HH:mm:ss"))),
                              QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer != QMessageBox::Yes) {
      recovery_.discard();
      return false;
    }
  }
  openLesson(recovered->lesson, recovered->originalPath);
  if (recovered->modified) session_->markModified();
  messageBar_->showMessage(tr("Restored the lesson autosaved at %1.").arg(recovered->savedAt.toString()),
                           MessageBar::Level::Info);
  return true;
}

}  // namespace ebmui
