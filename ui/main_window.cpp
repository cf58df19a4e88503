#include "main_window.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QFileDialog>
#include <QLabel>
#include <QMenuBar>
#include <QSignalBlocker>
#include <QStatusBar>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include "core/errors.h"
#include "io/lesson_energy.h"
#include "panels/message_bar.h"
#include "session/lesson_library.h"
#include "vtk/field_scene.h"
#include "vtk/vtk_view.h"

namespace ebmui {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent),
      view_(new VtkView(this)),
      scene_(std::make_unique<FieldScene>(SceneMode::Landscape)) {
  setWindowTitle(QStringLiteral("ebmscape"));
  auto* centre = new QWidget(this);
  auto* centreLayout = new QVBoxLayout(centre);
  centreLayout->setContentsMargins(0, 0, 0, 0);
  centreLayout->setSpacing(0);
  messageBar_ = new MessageBar(centre);
  centreLayout->addWidget(messageBar_);
  centreLayout->addWidget(view_, 1);
  setCentralWidget(centre);
  scene_->addTo(view_->renderer());

  buildLessonPanel();
  buildMenus();

  frameLabel_ = new QLabel(this);
  lessonLabel_ = new QLabel(this);
  statusBar()->addWidget(lessonLabel_, 1);
  statusBar()->addPermanentWidget(frameLabel_);
  connect(view_, &VtkView::frameRendered, this,
          [this](double ms) { frameLabel_->setText(tr("frame %1 ms").arg(ms, 0, 'f', 1)); });

  connect(&gridWatcher_, &QFutureWatcher<ebm::EnergyGrid>::finished, this, [this] {
    try {
      showGrid(gridWatcher_.result());
    } catch (const std::exception& e) {
      showError(QString::fromStdString(e.what()));
    }
  });
  resize(1280, 800);
}

MainWindow::~MainWindow() {
  gridWatcher_.waitForFinished();
}

void MainWindow::buildLessonPanel() {
  auto* panel = new QWidget(this);
  auto* layout = new QVBoxLayout(panel);
  titleLabel_ = new QLabel(panel);
  titleLabel_->setWordWrap(true);
  QFont titleFont = titleLabel_->font();
  titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
  titleFont.setBold(true);
  titleLabel_->setFont(titleFont);
  explanation_ = new QTextBrowser(panel);
  explanation_->setOpenExternalLinks(false);
  explanation_->setFrameShape(QFrame::NoFrame);
  layout->addWidget(titleLabel_);
  layout->addWidget(explanation_, 1);
  auto* dock = new QDockWidget(tr("Lesson"), this);
  dock->setObjectName(QStringLiteral("lessonDock"));
  dock->setWidget(panel);
  dock->setMinimumWidth(280);
  addDockWidget(Qt::LeftDockWidgetArea, dock);
}

void MainWindow::buildMenus() {
  QMenu* file = menuBar()->addMenu(tr("&File"));
  QAction* open = file->addAction(tr("&Open Lesson…"), this, &MainWindow::chooseLessonFile);
  open->setShortcut(QKeySequence::Open);
  QMenu* builtIn = file->addMenu(tr("&Built-in Lessons"));
  for (const QString& name : builtInLessonNames()) {
    builtIn->addAction(name, this, [this, name] { openLessonNamed(name); });
  }
  file->addSeparator();
  QAction* shot = file->addAction(tr("Save &Screenshot…"), this, &MainWindow::saveScreenshot);
  shot->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
  file->addSeparator();
  QAction* quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
  quit->setShortcut(QKeySequence::Quit);

  QMenu* viewMenu = menuBar()->addMenu(tr("&View"));
  QAction* reset = viewMenu->addAction(tr("&Reset Camera"), this, [this] { view_->resetCamera(); });
  reset->setShortcut(Qt::Key_R);
  reset->setToolTip(tr("Fit the whole landscape into the view"));
  const struct {
    QString label;
    CameraPreset preset;
    Qt::Key key;
  } presets[] = {{tr("&Top"), CameraPreset::Top, Qt::Key_1},
                 {tr("&Front"), CameraPreset::Front, Qt::Key_2},
                 {tr("&Iso"), CameraPreset::Iso, Qt::Key_3}};
  for (const auto& p : presets) {
    QAction* action =
        viewMenu->addAction(p.label, this, [this, preset = p.preset] { view_->setCameraPreset(preset); });
    action->setShortcut(p.key);
  }
  viewMenu->addSeparator();
  auto addToggle = [&](const QString& label, const QString& tip) {
    QAction* action = viewMenu->addAction(label);
    action->setCheckable(true);
    action->setChecked(true);
    action->setToolTip(tip);
    connect(action, &QAction::toggled, this, &MainWindow::applyViewToggles);
    return action;
  };
  showContours_ = addToggle(tr("&Contour Lines"), tr("Lines of equal energy on the floor"));
  showAxes_ = addToggle(tr("&Axes"), tr("Coordinate axes; the height axis is in energy units"));
  showColorBar_ = addToggle(tr("Colour &Bar"), tr("The energy scale of the colours"));
  viewMenu->setToolTipsVisible(true);
}

void MainWindow::openLesson(const ebm::Lesson& lesson) {
  lesson_ = lesson;
  landscapeReady_ = false;
  titleLabel_->setText(QString::fromStdString(lesson.title));
  explanation_->setPlainText(QString::fromStdString(lesson.explanation));
  setWindowTitle(QString::fromStdString(lesson.title) + QStringLiteral(" — ebmscape"));
  lessonLabel_->setText(tr("Computing the landscape…"));
  const std::pair<QAction*, bool> toggles[] = {{showContours_, lesson.view.showContours},
                                               {showAxes_, lesson.view.showAxes},
                                               {showColorBar_, lesson.view.showColorBar}};
  for (const auto& [action, on] : toggles) {
    const QSignalBlocker blocker(action);
    action->setChecked(on);
  }
  applyViewToggles();

  const ebm::EnergyPtr energy = ebm::buildLessonEnergy(lesson);
  const ebm::Lattice lattice = ebm::Lattice::over(lesson.box, lesson.view.gridResolution);
  gridWatcher_.setFuture(
      QtConcurrent::run([energy, lattice] { return ebm::evaluateOnLattice(*energy, lattice); }));
}

bool MainWindow::openLessonNamed(const QString& nameOrPath) {
  try {
    openLesson(loadLesson(nameOrPath));
    return true;
  } catch (const ebm::Error& e) {
    showError(QString::fromStdString(e.what()));
    return false;
  }
}

void MainWindow::showGrid(const ebm::EnergyGrid& grid) {
  scene_->setField(grid, FieldKind::Energy);
  if (!cameraPlaced_) {
    applyCameraPreset(view_->renderer(), CameraPreset::Iso);
    cameraPlaced_ = true;
  }
  view_->requestRender();
  landscapeReady_ = true;
  const auto& m = scene_->mapping();
  lessonLabel_->setText(tr("%1 — %2×%3 grid, energy scale %4 … %5, T = %6")
                            .arg(QString::fromStdString(lesson_.title))
                            .arg(grid.lattice.shape[0])
                            .arg(grid.lattice.shape[1])
                            .arg(m.low, 0, 'g', 3)
                            .arg(m.knee, 0, 'g', 3)
                            .arg(lesson_.temperature, 0, 'g', 3));
  emit landscapeShown();
}

void MainWindow::applyViewToggles() {
  lesson_.view.showContours = showContours_->isChecked();
  lesson_.view.showAxes = showAxes_->isChecked();
  lesson_.view.showColorBar = showColorBar_->isChecked();
  scene_->setOptions({lesson_.view.showContours, lesson_.view.showAxes, lesson_.view.showColorBar});
  view_->requestRender();
}

void MainWindow::showError(const QString& message) {
  messageBar_->showMessage(message, MessageBar::Level::Error);
}

void MainWindow::chooseLessonFile() {
  const QString path =
      QFileDialog::getOpenFileName(this, tr("Open Lesson"), QString(), tr("Lessons (*.json)"));
  if (!path.isEmpty()) openLessonNamed(path);
}

void MainWindow::saveScreenshot() {
  const QString path = QFileDialog::getSaveFileName(this, tr("Save Screenshot"),
                                                    QStringLiteral("ebmscape.png"), tr("PNG (*.png)"));
  if (path.isEmpty()) return;
  if (!grab().save(path, "PNG")) showError(tr("Cannot write the screenshot to %1.").arg(path));
}

}  // namespace ebmui
