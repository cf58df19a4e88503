// The window's menus and toolbar: each part puts its own actions in (lesson files, view switches), the window
// adds the run commands, undo, the cameras, the screenshot and the export.
#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QFileDialog>
#include <QMenuBar>
#include <QSaveFile>
#include <QToolBar>

#include "experiments/experiment_panel.h"
#include "i18n/language.h"
#include "keyboard/keyboard_focus.h"
#include "keyboard/shortcuts_dialog.h"
#include "main_window.h"
#include "panels/animation_panel.h"
#include "presentation_mode.h"
#include "session/lesson_files.h"
#include "session/session.h"
#include "session/simulation_worker.h"
#include "undo_actions.h"
#include "view_actions.h"
#include "vtk/view_area.h"
#include "vtk/view_camera.h"

namespace ebmui {

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
  stepAction_ = new QAction(tr("&Step"), this);
  stepAction_->setObjectName(QStringLiteral("stepAction"));
  stepAction_->setShortcut(Qt::Key_S);
  stepAction_->setToolTip(tr("One frame's steps, also while paused (S)"));
  connect(stepAction_, &QAction::triggered, this, &MainWindow::step);
}

void MainWindow::buildMenus() {
  QMenu* file = menuBar()->addMenu(tr("&File"));
  lessonFiles_->addToMenu(file);
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
  viewActions_->addToMenu(view);
  view->addSeparator();
  // The cameras: a submenu of their own. The arrows and + / − turn and zoom a view that has the focus.
  QMenu* camera = view->addMenu(tr("&Camera"));
  QAction* reset = camera->addAction(tr("&Reset Camera"), this, [this] { views_->resetCameras(); });
  reset->setShortcut(Qt::Key_R);
  const struct {
    QString label;
    CameraPreset preset;
    Qt::Key key;
  } presets[] = {{tr("From &Top"), CameraPreset::Top, Qt::Key_1},
                 {tr("From &Front"), CameraPreset::Front, Qt::Key_2},
                 {tr("&Isometric"), CameraPreset::Iso, Qt::Key_3}};
  for (const auto& p : presets) {
    QAction* a =
        camera->addAction(p.label, this, [this, preset = p.preset] { views_->setCameraPreset(preset); });
    a->setShortcut(p.key);
  }
  view->addSeparator();
  view->addAction(tr("&Next Panel"), QKeySequence(Qt::CTRL | Qt::Key_PageDown), this,
                  [this] { panels_->showNeighbourTab(1); });
  view->addAction(tr("Pre&vious Panel"), QKeySequence(Qt::CTRL | Qt::Key_PageUp), this,
                  [this] { panels_->showNeighbourTab(-1); });
  view->addSeparator();
  presentation_ = new PresentationMode(this, explanation_, panels_);
  view->addAction(presentation_->action());
  buildLanguageMenu(view->addMenu(tr("&Language")));
  view->setToolTipsVisible(true);

  QMenu* run = menuBar()->addMenu(tr("&Run"));
  run->addAction(playAction_);
  run->addAction(stepAction_);
  run->addAction(tr("Reset &Particles"), QKeySequence(Qt::Key_P), worker_, &SimulationWorker::resetParticles);
  run->addSeparator();
  run->addAction(trainAction_);

  QMenu* help = menuBar()->addMenu(tr("&Help"));
  help->addAction(tr("&Keyboard Shortcuts"), QKeySequence(Qt::Key_F1), this, [this] {
    ShortcutsDialog dialog(this, this);
    dialog.exec();
  });
  // Tab in the panels' reading order, sliders' steps, Space for a button Tab reached (keyboard_focus.h).
  qApp->installEventFilter(new KeyboardFocus(this, panels_));

  QToolBar* bar = addToolBar(tr("Main"));
  bar->setObjectName(QStringLiteral("mainToolBar"));
  bar->addAction(fixedLabelUndoAction(session_->undoStack(), false, this));
  bar->addAction(fixedLabelUndoAction(session_->undoStack(), true, this));
  bar->addSeparator();
  bar->addAction(playAction_);
  bar->addAction(trainAction_);
  bar->addSeparator();
  viewActions_->addToToolBar(bar);
  keepButtonWidth(bar, playAction_, {tr("Play Particles"), tr("Pause Particles")});
  keepButtonWidth(bar, trainAction_, {tr("Train"), tr("Pause Training")});
}

// An experiment lesson without an energy has no particles, no network to train and no density: Space plays
// and pauses the experiment.
void MainWindow::syncRunActions() {
  const ebm::Lesson& lesson = session_->lesson();
  const bool particles = !lesson.energies.empty();
  if (particles)
    playAction_->setText(lesson.sampler.playing ? tr("Pause Particles") : tr("Play Particles"));
  else
    playAction_->setText(lesson.sampler.playing ? tr("Pause") : tr("Play"));
  playAction_->setToolTip(particles ? tr("Start or stop the particles (Space)")
                                    : tr("Start or stop the experiment (Space)"));
  trainAction_->setEnabled(particles);
  syncStepAction();
}

// Step does what the experiment's own Step button would (and is greyed out with it), else steps particles.
void MainWindow::syncStepAction() {
  const ExperimentPanel* experiment = panels_->experimentPanel();
  if (experiment && experiment->stepButton()) {
    stepAction_->setEnabled(experiment->stepButton()->isEnabled());
  } else {
    stepAction_->setEnabled(!session_->lesson().energies.empty());
  }
}

// Run ▸ Step (S): an experiment's own Step (Sudoku, Hopfield, attention), else one frame of the particles.
void MainWindow::step() {
  if (const ExperimentPanel* experiment = panels_->experimentPanel();
      experiment && experiment->stepButton()) {
    experiment->stepButton()->click();
  } else if (!session_->lesson().energies.empty()) {
    worker_->stepParticles();
  }
}

void MainWindow::play() {
  if (!session_->lesson().sampler.playing) playAction_->trigger();
  if (!session_->lesson().animation.keyframes.empty()) panels_->animationPanel()->setPlaying(true);
}

void MainWindow::saveScreenshot() {
  const QString path = QFileDialog::getSaveFileName(this, tr("Save Screenshot"),
                                                    QStringLiteral("ebmscape.png"), tr("PNG (*.png)"));
  if (path.isEmpty()) return;
  if (!writeScreenshot(path)) showError(tr("Cannot write the screenshot to %1.").arg(path));
}

bool MainWindow::writeScreenshot(const QString& path) {
  // Written whole or not at all, like every file the window writes.
  QSaveFile file(path);
  return file.open(QIODevice::WriteOnly) && screenshot().save(&file, "PNG") && file.commit();
}

// View ▸ Language: the system's language or one the interface is translated into, remembered; the window is
// rebuilt in it at once (app/run_program.cpp), with the lesson as it is.
void MainWindow::buildLanguageMenu(QMenu* menu) {
  menu->setToolTipsVisible(true);
  auto* group = new QActionGroup(menu);
  const QString saved = savedLanguage();
  const auto add = [&](const QString& tag, const QString& name) {
    QAction* action = menu->addAction(name);
    action->setCheckable(true);
    action->setChecked(tag == saved);
    action->setData(tag);
    group->addAction(action);
    connect(action, &QAction::triggered, this, [this, tag] {
      saveLanguage(tag);
      const QString next = tag.isEmpty() ? systemLanguage() : tag;
      if (next != currentLanguage()) emit languageChosen(next);
    });
    return action;
  };
  add(QString(), tr("System Default"))->setToolTip(tr("The language of the desktop (LANGUAGE, LANG)"));
  menu->addSeparator();
  for (const Language& language : languages())
    add(language.tag, language.nativeName);
}

}  // namespace ebmui
