// The window without a mouse (issue: keyboard-only use): Tab reaches every control of the panels in reading
// order, sliders and views answer their keys, Space presses what Tab reached, no two shortcuts clash, and
// Help ▸ Keyboard Shortcuts lists every one of them.
#include <gtest/gtest.h>

#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QKeySequence>
#include <QLineEdit>
#include <QPushButton>
#include <QSlider>
#include <QTabBar>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <cstdio>
#include <map>
#include <set>

#include <vtkCamera.h>
#include <vtkRenderer.h>

#include "experiments/experiment_panel.h"
#include "experiments/experiment_stage.h"
#include "keyboard/keyboard_focus.h"
#include "keyboard/shortcuts_dialog.h"
#include "panels/control_panels.h"
#include "panels/sampler_panel.h"
#include "session/lesson_library.h"
#include "session/session.h"
#include "session/simulation_worker.h"
#include "vtk/view_area.h"
#include "vtk/vtk_view.h"
#include "walkthrough_fixture.h"

namespace ebmui {
namespace {

using KeyboardTest = ebmtest::WalkthroughFixture;

// EBMSCAPE_KEYBOARD_PNG_DIR=folder: the tests save what they show there (the shortcuts dialog, a focused
// slider), to be looked at.
QString pictureFolder() {
  return qEnvironmentVariable("EBMSCAPE_KEYBOARD_PNG_DIR");
}

QString describe(const QWidget* w) {
  QString text;
  if (const auto* b = qobject_cast<const QAbstractButton*>(w)) text = b->text();
  return QStringLiteral("%1 %2 “%3”").arg(w->metaObject()->className(), w->objectName(), text);
}

// The control a focus widget belongs to (a spin box's or an editable combo box's line edit is theirs).
QWidget* controlOf(QWidget* w) {
  for (QWidget* p = w; p; p = p->parentWidget()) {
    if (qobject_cast<QAbstractSpinBox*>(p) || qobject_cast<QComboBox*>(p)) return p;
    if (p->isWindow()) break;
  }
  return w;
}

// What a keyboard user must reach: buttons, sliders, number boxes, choices, check boxes, text fields, tab
// bars — not Qt's own parts of them (a tab bar's scroll arrows, a table's corner, a spin box's line edit).
bool isControl(const QWidget* w) {
  const QByteArray kind = w->metaObject()->className();
  if (kind == "QTableCornerButton" || kind == "QLineEditIconButton") return false;
  if (const auto* b = qobject_cast<const QAbstractButton*>(w))
    return !qobject_cast<const QTabBar*>(b->parentWidget());
  if (qobject_cast<const QLineEdit*>(w))
    return !qobject_cast<const QAbstractSpinBox*>(w->parentWidget()) &&
           !qobject_cast<const QComboBox*>(w->parentWidget());
  return qobject_cast<const QSlider*>(w) || qobject_cast<const QAbstractSpinBox*>(w) ||
         qobject_cast<const QComboBox*>(w) || qobject_cast<const QTabBar*>(w);
}

// Presses Tab from `start` until the focus comes back to it; the controls it stopped at, in order.
QWidgetList tabCycle(QWidget* start) {
  start->setFocus(Qt::TabFocusReason);
  QWidget* first = controlOf(QApplication::focusWidget());
  QWidgetList stops{first};
  for (int press = 0; press < 2000; ++press) {
    QWidget* focus = QApplication::focusWidget();
    QTest::keyClick(focus, Qt::Key_Tab);
    QWidget* next = controlOf(QApplication::focusWidget());
    if (next == first) return stops;
    if (next == controlOf(focus)) {
      ADD_FAILURE() << "Tab stays on " << describe(focus).toStdString();
      return stops;
    }
    stops << next;
  }
  ADD_FAILURE() << "Tab never came back to where it started";
  return stops;
}

// Walks Tab round the window and checks that every visible, enabled control of the panel shown was reached,
// and in reading order: a control is never entirely above the one before it (in the panel's coordinates).
void expectPanelReachedInOrder(ControlPanels* panels, const QString& where) {
  QWidget* page = panels->currentWidget();
  const QWidgetList stops = tabCycle(panels->tabBar());
  const std::set<QWidget*> reached(stops.begin(), stops.end());
  QStringList missed;
  int controls = 0;
  for (QWidget* w : page->findChildren<QWidget*>()) {
    if (!isControl(w) || !w->isVisible() || !w->isEnabled()) continue;
    ++controls;
    if (!reached.count(w)) missed << describe(w);
  }
  if (qEnvironmentVariableIsSet("EBMSCAPE_TEST_VERBOSE"))
    std::printf("  %s: %d controls, %d Tab stops in the window\n", qPrintable(where), controls,
                int(stops.size()));
  EXPECT_TRUE(missed.isEmpty()) << where.toStdString() << ": Tab never reaches\n"
                                << missed.join(QLatin1Char('\n')).toStdString();
  EXPECT_TRUE(reached.count(panels->tabBar())) << where.toStdString();
  const QWidget* before = nullptr;
  for (QWidget* w : stops) {
    if (!page->isAncestorOf(w)) {
      before = nullptr;
      continue;
    }
    if (before) {
      const QRect a(before->mapTo(page, QPoint(0, 0)), before->size()),
          b(w->mapTo(page, QPoint(0, 0)), w->size());
      EXPECT_FALSE(b.bottom() < a.top())
          << where.toStdString() << ": Tab goes up from " << describe(before).toStdString() << " to "
          << describe(w).toStdString();
    }
    before = w;
  }
}

// The shortcuts that would fire now: enabled actions of the window, and enabled buttons of the tabs shown.
std::multimap<QKeySequence, QString> liveShortcuts(MainWindow* window) {
  std::multimap<QKeySequence, QString> keys;
  for (const QAction* action : window->findChildren<QAction*>()) {
    if (!action->isEnabled()) continue;
    for (const QKeySequence& k : action->shortcuts())
      keys.emplace(k, QStringLiteral("action ") + action->text());
  }
  ControlPanels* panels = window->panels();
  for (int tab = 0; tab < panels->count(); ++tab) {
    if (!panels->isTabVisible(tab)) continue;
    for (const QAbstractButton* button : panels->widget(tab)->findChildren<QAbstractButton*>()) {
      if (!button->shortcut().isEmpty() && button->isEnabled())
        keys.emplace(button->shortcut(), QStringLiteral("button ") + button->text());
    }
  }
  return keys;
}

void expectNoClash(MainWindow* window, const QString& where) {
  const auto keys = liveShortcuts(window);
  for (auto it = keys.begin(); it != keys.end();) {
    const auto range = keys.equal_range(it->first);
    if (std::distance(range.first, range.second) > 1) {
      QStringList owners;
      for (auto o = range.first; o != range.second; ++o)
        owners << o->second;
      ADD_FAILURE() << where.toStdString() << ": " << it->first.toString().toStdString() << " is shared by "
                    << owners.join(QStringLiteral(", ")).toStdString();
    }
    it = range.second;
  }
}

// What decides the panels and the shortcuts of a lesson: its experiment, dimension, hidden tabs, anomalies
// and outliers. Lessons alike in these have the same controls to Tab through.
std::string panelsSignature(const ebm::Lesson& lesson) {
  std::string s = lesson.experimentKind() + "|" + std::to_string(lesson.box.dimension) + "|" +
                  std::to_string(lesson.anomaly.count > 0) + std::to_string(lesson.ood.any()) + "|";
  for (const std::string& hidden : lesson.hiddenControls)
    s += hidden + ",";
  return s;
}

// One window walks the built-in lessons (one of each kind of panels): Tab reaches the panel each opens on
// (every tab the lesson shows, for a lesson that hides none), and the shortcuts live in it are all different.
TEST_F(KeyboardTest, OnEveryKindOfBuiltInLessonTabReachesEveryControlAndNoShortcutsClash) {
  QElapsedTimer clock;
  clock.start();
  showWindow();
  ASSERT_FALSE(HasFatalFailure());
  std::set<std::string> seen;
  int walked = 0;
  for (const QString& name : builtInLessonNames()) {
    if (!seen.insert(panelsSignature(loadLesson(name))).second) continue;
    SCOPED_TRACE(name.toStdString());
    const qint64 start = clock.elapsed();
    QSignalSpy shown(window_.get(), &MainWindow::landscapeShown);
    ASSERT_TRUE(window_->openLessonNamed(name));
    ASSERT_TRUE(shown.wait(20000)) << "the lesson's first frame never arrived";
    const qint64 opened = clock.elapsed();
    ++walked;
    expectNoClash(window_.get(), name);
    // S steps an experiment through its own Step button.
    if (const ExperimentPanel* experiment = window_->experimentPanel();
        experiment && experiment->stepButton() && experiment->stepButton()->isEnabled()) {
      QSignalSpy stepped(experiment->stepButton(), &QAbstractButton::clicked);
      QTest::keyClick(window_.get(), Qt::Key_S);
      EXPECT_EQ(stepped.count(), 1) << "S did not press the experiment's Step";
    }
    ControlPanels* panels = window_->panels();
    const bool allTabs = window_->lesson().hiddenControls.empty();
    for (int tab = 0; tab < panels->count(); ++tab) {
      if (!panels->isTabVisible(tab)) continue;
      if (allTabs) panels->setCurrentIndex(tab);
      expectPanelReachedInOrder(panels,
                                name + QStringLiteral(" ▸ ") + panels->tabText(panels->currentIndex()));
      if (!allTabs) break;
    }
    if (qEnvironmentVariableIsSet("EBMSCAPE_TEST_VERBOSE"))
      std::printf("%s: opened in %lld ms, walked in %lld ms\n", qPrintable(name), opened - start,
                  clock.elapsed() - opened);
  }
  EXPECT_GE(walked, 10);
  std::printf("Tab walked %d of %d lessons in %lld ms\n", walked, int(builtInLessonNames().size()),
              clock.elapsed());
}

TEST_F(KeyboardTest, ArrowsAndPagesMoveAFocusedSliderNotTheCamera) {
  open(kDefaultLesson);
  auto* slider = window_->findChild<QSlider*>(QStringLiteral("temperatureSlider"));
  ASSERT_TRUE(slider);
  window_->panels()->setCurrentIndex(ControlPanels::Landscape);
  slider->setFocus(Qt::TabFocusReason);
  EXPECT_EQ(slider->focusPolicy(), Qt::StrongFocus);
  const int range = slider->maximum() - slider->minimum();
  EXPECT_EQ(slider->singleStep(), range / 100);
  EXPECT_EQ(slider->pageStep(), range / 10);
  vtkCamera* camera = window_->views()->landscapeView()->renderer()->GetActiveCamera();
  double position[3];
  camera->GetPosition(position);
  const double temperature = window_->lesson().temperature;

  slider->setValue(range / 2);
  const int middle = slider->value();
  QTest::keyClick(slider, Qt::Key_Right);
  EXPECT_EQ(slider->value(), middle + slider->singleStep());
  QTest::keyClick(slider, Qt::Key_Left);
  QTest::keyClick(slider, Qt::Key_Left);
  EXPECT_EQ(slider->value(), middle - slider->singleStep());
  QTest::keyClick(slider, Qt::Key_PageUp);
  EXPECT_EQ(slider->value(), middle - slider->singleStep() + slider->pageStep());
  QTest::keyClick(slider, Qt::Key_Home);
  EXPECT_EQ(slider->value(), slider->minimum());
  QTest::keyClick(slider, Qt::Key_End);
  EXPECT_EQ(slider->value(), slider->maximum());
  EXPECT_NE(window_->lesson().temperature, temperature) << "the keys must reach the lesson";
  double after[3];
  camera->GetPosition(after);
  for (int i = 0; i < 3; ++i)
    EXPECT_EQ(after[i], position[i]) << "an arrow on a slider moved the camera";
  EXPECT_EQ(QApplication::focusWidget(), slider);
  if (const QString folder = pictureFolder(); !folder.isEmpty()) {
    // Reached with Tab, as a keyboard user does, so that the style draws its focus.
    slider->previousInFocusChain()->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    waitFrames(2);
    window_->screenshot().save(folder + QStringLiteral("/focused-slider.png"));
  }
}

TEST_F(KeyboardTest, ArrowsTurnAFocusedViewAndMoveTheMapAndTheViewShowsItHasTheFocus) {
  open(kDefaultLesson);
  VtkView* landscape = window_->views()->landscapeView();
  VtkView* map = window_->views()->mapView();
  // Shift+Tab from the map reaches the landscape (which shows the focus frame only when the keyboard moved
  // it).
  map->setFocus(Qt::OtherFocusReason);
  QTest::keyClick(map, Qt::Key_Tab, Qt::ShiftModifier);
  ASSERT_EQ(QApplication::focusWidget(), landscape);
  vtkCamera* camera = landscape->renderer()->GetActiveCamera();
  double before[3], after[3];
  camera->GetPosition(before);
  QTest::keyClick(landscape, Qt::Key_Left);
  camera->GetPosition(after);
  EXPECT_GT(std::hypot(after[0] - before[0], after[1] - before[1]), 1e-6)
      << "Left did not turn the landscape";
  EXPECT_TRUE(landscape->cameraTouched());
  // The focus frame: the view's edge is drawn in the highlight colour.
  const QImage picture = landscape->grab().toImage();
  EXPECT_EQ(QColor(picture.pixel(picture.width() / 2, 1)), landscape->palette().color(QPalette::Highlight));
  if (const QString folder = pictureFolder(); !folder.isEmpty()) {
    waitFrames(2);
    window_->grab().save(folder + QStringLiteral("/focused-view.png"));
  }

  map->setFocus(Qt::TabFocusReason);
  vtkCamera* top = map->renderer()->GetActiveCamera();
  double focal[3], moved[3];
  top->GetFocalPoint(focal);
  QTest::keyClick(map, Qt::Key_Up);
  top->GetFocalPoint(moved);
  EXPECT_GT(std::abs(moved[1] - focal[1]), 1e-6) << "Up did not move the map";
  const double scale = top->GetParallelScale();
  QTest::keyClick(map, Qt::Key_Plus);
  EXPECT_LT(top->GetParallelScale(), scale) << "+ did not zoom the map in";
}

TEST_F(KeyboardTest, SpaceOnAControlReachedWithTabPressesItAndAfterAClickPlays) {
  open(kDefaultLesson);
  ControlPanels* panels = window_->panels();
  panels->setCurrentIndex(ControlPanels::Sampler);
  QPushButton* reset = nullptr;
  for (QPushButton* b : panels->samplerPanel()->findChildren<QPushButton*>()) {
    if (b->text() == QStringLiteral("Reset particles")) reset = b;
  }
  ASSERT_TRUE(reset);
  ASSERT_TRUE(reset->isEnabled());
  QSignalSpy pressed(reset, &QPushButton::clicked);
  const bool playing = window_->lesson().sampler.playing;
  reset->setFocus(Qt::TabFocusReason);
  QTest::keyClick(reset, Qt::Key_Space);
  EXPECT_EQ(pressed.count(), 1) << "Space did not press the button Tab reached";
  EXPECT_EQ(window_->lesson().sampler.playing, playing) << "Space played instead of pressing the button";
  // Focused with the mouse, the button leaves Space to the window's Play.
  QTest::mouseClick(reset, Qt::LeftButton);
  EXPECT_EQ(pressed.count(), 2);
  QTest::keyClick(reset, Qt::Key_Space);
  EXPECT_EQ(pressed.count(), 2) << "Space pressed the button after a click";
  EXPECT_NE(window_->lesson().sampler.playing, playing) << "Space did not play after a click";
}

TEST_F(KeyboardTest, StepMovesPausedParticlesAndCtrlPageDownOpensTheNextPanel) {
  open(kDefaultLesson);
  if (window_->lesson().sampler.playing) QTest::keyClick(window_.get(), Qt::Key_Space);
  waitFrames(2);
  ASSERT_FALSE(window_->lesson().sampler.playing);
  const std::uint64_t calls = window_->worker()->callsPosted();
  ASSERT_TRUE(window_->lastFrame() && window_->lastFrame()->particles);
  const std::int64_t steps = window_->lastFrame()->particles->steps;
  QTest::keyClick(window_.get(), Qt::Key_S);
  EXPECT_EQ(window_->worker()->callsPosted(), calls + 1);
  EXPECT_TRUE(waitForFrame([steps](const ebm::Frame& f) {
    return f.particles && f.particles->steps > steps;
  })) << "S did not step the paused particles";

  ControlPanels* panels = window_->panels();
  panels->setCurrentIndex(ControlPanels::Landscape);
  QTest::keyClick(window_.get(), Qt::Key_PageDown, Qt::ControlModifier);
  EXPECT_EQ(panels->currentIndex(), int(ControlPanels::Sampler));
  QTest::keyClick(window_.get(), Qt::Key_PageUp, Qt::ControlModifier);
  QTest::keyClick(window_.get(), Qt::Key_PageUp, Qt::ControlModifier);
  EXPECT_TRUE(panels->isTabVisible(panels->currentIndex())) << "Ctrl+PgUp went round to a hidden tab";
  EXPECT_NE(panels->currentIndex(), int(ControlPanels::Landscape));
}

// The dialog is made from the window's actions as it opens: every action with a shortcut is in it with its
// keys.
TEST_F(KeyboardTest, TheShortcutsDialogListsEveryActionWithItsKeys) {
  open(kDefaultLesson);
  ShortcutsDialog dialog(window_.get());
  const QTableWidget* table = dialog.table();
  std::set<std::pair<QString, QString>> rows;  // (command, keys)
  for (int r = 0; r < table->rowCount(); ++r)
    rows.insert({table->item(r, 1)->text(), table->item(r, 0)->text()});
  int listed = 0;
  for (const QAction* action : window_->findChildren<QAction*>()) {
    if (action->shortcuts().isEmpty()) continue;
    QStringList keys;
    for (const QKeySequence& k : action->shortcuts())
      keys << k.toString(QKeySequence::NativeText);
    const QString name = QString(action->text()).remove(QLatin1Char('&'));
    EXPECT_TRUE(rows.count({name, keys.join(QStringLiteral(", "))}))
        << name.toStdString() << " (" << keys.join(QStringLiteral(", ")).toStdString() << ") is not listed";
    ++listed;
  }
  EXPECT_GE(listed, 20);
  if (const QString folder = pictureFolder(); !folder.isEmpty()) {
    dialog.show();
    QTest::qWait(200);
    dialog.grab().save(folder + QStringLiteral("/shortcuts-dialog.png"));
  }

  // F1 opens it.
  bool opened = false;
  QTimer::singleShot(300, [&opened] {
    QWidget* modal = QApplication::activeModalWidget();
    opened = qobject_cast<ShortcutsDialog*>(modal) != nullptr;
    if (modal) modal->close();
  });
  QTest::keyClick(window_.get(), Qt::Key_F1);
  EXPECT_TRUE(opened) << "F1 did not open the shortcuts";
}

}  // namespace
}  // namespace ebmui
