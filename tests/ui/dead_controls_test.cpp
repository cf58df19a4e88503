// No dead controls: on every built-in lesson, every menu action, toolbar button and panel button that is
// visible and enabled does something when triggered — it changes the lesson, the undo stack, a camera or a
// widget, reaches the engine, or opens a dialog or a menu (which the test closes again at once).
//
// Not triggered on every lesson, and why:
// - File ▸ Built-in Lessons, File ▸ Open Recent and File ▸ Quit (kWalkedOnce): they replace the lesson being
//   walked or close the window; TheFileMenusLessonsOpenAndQuitClosesTheWindow triggers each of them once.
// - View ▸ Language (kWalkedOnce): it saves the choice and asks for a new window; the translation test's
//   LanguageMenu test triggers it.
// - A control that opened a dialog on an earlier lesson (File ▸ Open, Save, Save As, Screenshot, Export, the
//   panels' Import points…, Load model…, Save model…, Export…, Reset): the dialog is the same on every lesson
//   and takes 0.3–1 s to open; it is opened once, on the first lesson that shows the control.
// - Buttons Qt makes inside its own widgets (qtsOwnButton).
#include <gtest/gtest.h>

#include <QAbstractButton>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QButtonGroup>
#include <QComboBox>
#include <QDialog>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QTimer>
#include <QToolBar>
#include <cstdio>
#include <functional>
#include <map>
#include <set>

#include <vtkCamera.h>
#include <vtkRenderer.h>

#include "main_window.h"
#include "session/lesson_files.h"
#include "session/lesson_library.h"
#include "session/session.h"
#include "session/simulation_worker.h"
#include "vtk/view_area.h"
#include "vtk/vtk_view.h"

namespace ebmui {
namespace {

// Menu entries the walk does not trigger on every lesson, and why (each is triggered once, in
// TheFileMenusLessonsOpenAndQuitClosesTheWindow, or in the test named).
const std::map<QString, QString> kWalkedOnce = {
    {QStringLiteral("&Built-in Lessons"),
     QStringLiteral("each entry replaces the lesson being walked; every entry is opened once")},
    {QStringLiteral("Open &Recent"),
     QStringLiteral("its entries replace the lesson being walked (and are filled as the menu opens)")},
    {QStringLiteral("&Quit"), QStringLiteral("closes the window; quit once, at the end")},
    {QStringLiteral("&Language"),
     QStringLiteral("saves the choice and asks for a new window in that language (app/run_program.cpp); "
                    "LanguageMenu.ChoosingChineseIsRememberedAndTheNewWindowKeepsTheLesson triggers it")},
};

// Buttons Qt makes inside its own widgets (a table's corner, a line edit's clear button, a tab bar's scroll
// arrows) are Qt's, not ours.
bool qtsOwnButton(const QAbstractButton* button) {
  const QByteArray kind = button->metaObject()->className();
  return kind == "QTableCornerButton" || kind == "QLineEditIconButton" ||
         qobject_cast<const QTabBar*>(button->parentWidget()) != nullptr;
}

QString plainText(QString text) {
  return text.remove(QLatin1Char('&'));
}

// What a control can change, as seen from outside: the lesson (view settings included), the undo stack, the
// calls that reached the engine, the cameras, every widget's visibility and contents, the window's running
// timers, and other windows.
struct WindowState {
  std::string lesson;
  int undoIndex = 0, undoCount = 0;
  bool modified = false;
  std::uint64_t engineCalls = 0;
  std::vector<double> cameras;
  std::map<const QWidget*, QString> widgets;
  std::set<const QTimer*> runningTimers;  ///< a control that starts a clock (a preview) has started something
  QStringList windows;
};

QString widgetState(const QWidget* w) {
  QString s = QStringLiteral("%1%2|").arg(int(w->isVisible())).arg(int(w->isEnabled()));
  if (const auto* b = qobject_cast<const QAbstractButton*>(w)) {
    s += b->text() + QString::number(int(b->isChecked()));
  } else if (const auto* l = qobject_cast<const QLabel*>(w)) {
    s += l->text();
  } else if (const auto* t = qobject_cast<const QTabWidget*>(w)) {
    s += QString::number(t->currentIndex());
  } else if (const auto* c = qobject_cast<const QComboBox*>(w)) {
    s += QStringLiteral("%1/%2").arg(c->currentIndex()).arg(c->count());
  } else if (const auto* slider = qobject_cast<const QAbstractSlider*>(w)) {
    s += QString::number(slider->value());
  } else if (const auto* spin = qobject_cast<const QAbstractSpinBox*>(w)) {
    s += spin->text();
  } else if (const auto* edit = qobject_cast<const QLineEdit*>(w)) {
    s += edit->text();
  } else if (const auto* list = qobject_cast<const QListWidget*>(w)) {
    s += QStringLiteral("%1/%2").arg(list->currentRow()).arg(list->count());
  } else if (const auto* table = qobject_cast<const QTableWidget*>(w)) {
    s += QStringLiteral("%1x%2 %3/%4")
             .arg(table->rowCount())
             .arg(table->columnCount())
             .arg(table->currentRow())
             .arg(table->selectedItems().size());
  } else if (const auto* text = qobject_cast<const QTextEdit*>(w)) {
    s += text->toPlainText();
  } else if (const auto* plain = qobject_cast<const QPlainTextEdit*>(w)) {
    s += plain->toPlainText();
  }
  return s;
}

class DeadControlsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    QApplication::setAttribute(Qt::AA_DontUseNativeDialogs);  // Qt's own dialogs, which the test can close
    window_ = std::make_unique<MainWindow>();
    window_->resize(1600, 1000);
    window_->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(window_.get()));
    QApplication::setActiveWindow(window_.get());
    // Whatever a control opens — a dialog, a question, a button's menu — is noted and closed at once.
    closer_ = std::make_unique<QTimer>();
    closer_->setInterval(10);
    QObject::connect(closer_.get(), &QTimer::timeout, [this] { closeWhatOpened(); });
    closer_->start();
  }

  void TearDown() override { closer_.reset(); }

  void closeWhatOpened() {
    if (QWidget* popup = QApplication::activePopupWidget()) {
      opened_ << QStringLiteral("menu");
      popup->close();
    } else if (QWidget* modal = QApplication::activeModalWidget()) {
      opened_ << QStringLiteral("%1 “%2”").arg(modal->metaObject()->className(), modal->windowTitle());
      if (auto* dialog = qobject_cast<QDialog*>(modal)) {
        dialog->reject();
      } else {
        modal->close();
      }
    }
  }

  bool open(const QString& lesson) {
    QSignalSpy shown(window_.get(), &MainWindow::landscapeShown);
    return window_->openLessonNamed(lesson) && shown.wait(20000);
  }

  std::vector<VtkView*> views() const {
    return {window_->views()->landscapeView(), window_->views()->mapView(), window_->views()->volumeView()};
  }

  // Moves every camera a little (alternately nearer and farther, so the moves do not add up): a camera
  // command that fits or points the camera then always has something to change.
  void moveCameras() {
    const double dolly = (walked_ % 2 == 0) ? 1.1 : 1 / 1.1;
    for (VtkView* view : views()) {
      vtkCamera* camera = view->renderer()->GetActiveCamera();
      camera->Azimuth(7);
      camera->Dolly(dolly);
    }
  }

  WindowState capture(const std::set<const QWidget*>& own) const {
    WindowState state;
    Session* session = window_->session();
    state.lesson = ebm::writeLesson(session->lesson());
    state.undoIndex = session->undoStack()->index();
    state.undoCount = session->undoStack()->count();
    state.modified = session->modified();
    state.engineCalls = window_->worker()->callsPosted();
    for (VtkView* view : views()) {
      vtkCamera* camera = view->renderer()->GetActiveCamera();
      for (const double* v : {camera->GetPosition(), camera->GetFocalPoint(), camera->GetViewUp()})
        state.cameras.insert(state.cameras.end(), v, v + 3);
      state.cameras.push_back(camera->GetParallelScale());
    }
    for (const QWidget* w : window_->findChildren<QWidget*>()) {
      if (!own.count(w)) state.widgets[w] = widgetState(w);
    }
    for (const QTimer* timer : window_->findChildren<QTimer*>()) {
      if (timer->isActive()) state.runningTimers.insert(timer);
    }
    for (const QWidget* w : QApplication::topLevelWidgets()) {
      if (w != window_.get() && w->isVisible())
        state.windows << QStringLiteral("%1 “%2”").arg(w->metaObject()->className(), w->windowTitle());
    }
    return state;
  }

  // What changed from `a` to `b`, in words; "" if nothing did.
  static QString difference(const WindowState& a, const WindowState& b) {
    if (a.lesson != b.lesson) return QStringLiteral("the lesson");
    if (a.undoIndex != b.undoIndex || a.undoCount != b.undoCount) return QStringLiteral("the undo stack");
    if (a.modified != b.modified) return QStringLiteral("the saved state");
    if (a.engineCalls != b.engineCalls) return QStringLiteral("a call to the engine");
    for (std::size_t i = 0; i < a.cameras.size(); ++i) {
      if (std::abs(a.cameras[i] - b.cameras[i]) > 1e-9 * (1 + std::abs(a.cameras[i])))
        return QStringLiteral("a camera");
    }
    if (a.windows != b.windows) return QStringLiteral("a window: ") + b.windows.join(QStringLiteral(", "));
    for (const QTimer* timer : b.runningTimers) {
      if (!a.runningTimers.count(timer))
        return QStringLiteral("a clock in %1").arg(timer->parent()->metaObject()->className());
    }
    for (const auto& [widget, state] : b.widgets) {
      const auto before = a.widgets.find(widget);
      if (before == a.widgets.end()) return QStringLiteral("a new %1").arg(widget->metaObject()->className());
      if (before->second != state)
        return QStringLiteral("%1 %2").arg(widget->metaObject()->className(), widget->objectName());
    }
    if (a.widgets.size() != b.widgets.size()) return QStringLiteral("a widget removed");
    return {};
  }

  // Triggers one control and notes it as dead if nothing changed. `own` are the control's own widgets (a
  // button's checked state and label change with any click, listened to or not). Effects are looked for
  // when the trigger returns, so what the engine sends back later cannot pass for them; a control that starts
  // something later starts a clock. An undo step that leaves the lesson as it was is noted too: Undo would
  // then seem to do nothing. Events are not processed between controls (each would redraw the views in
  // software OpenGL).
  void check(const QString& where, const std::set<const QWidget*>& own,
             const std::function<void()>& trigger) {
    if (openedDialog_.count(where)) {
      ++skipped_;
      return;
    }
    ++walked_;
    window_->messageBar()->hide();  // a message shown again is then a change
    moveCameras();
    const WindowState before = capture(own);
    const int openedBefore = int(opened_.size());
    trigger();
    QString change;
    if (int(opened_.size()) > openedBefore) {
      change = QStringLiteral("opened ") + opened_.back();
      openedDialog_.insert(where);
    } else {
      const WindowState after = capture(own);
      change = difference(before, after);
      if (before.lesson == after.lesson && before.undoIndex != after.undoIndex) emptySteps_ << where;
    }
    if (change.isEmpty()) dead_ << where;
    if (qEnvironmentVariableIsSet("EBMSCAPE_TEST_VERBOSE"))
      std::printf("  %s: %s\n", qPrintable(where), change.isEmpty() ? "DEAD" : qPrintable(change));
  }

  // The widgets that show `action` (a toolbar button shows its checked state and its label).
  static std::set<const QWidget*> widgetsOf(const QAction* action) {
    std::set<const QWidget*> widgets;
    for (const QObject* o : action->associatedObjects()) {
      if (const auto* w = qobject_cast<const QWidget*>(o)) widgets.insert(w);
    }
    return widgets;
  }

  // A choice that is already made (a layout, a radio button) changes nothing when chosen again: choose
  // another first, so choosing it is a change.
  static void unchoose(QAction* action) {
    if (!action->isChecked() || !action->actionGroup() || !action->actionGroup()->isExclusive()) return;
    for (QAction* other : action->actionGroup()->actions()) {
      if (other != action && other->isEnabled() && other->isVisible()) {
        other->trigger();
        return;
      }
    }
  }
  static void unchoose(QAbstractButton* button) {
    if (!button->isCheckable() || !button->isChecked()) return;
    QList<QAbstractButton*> others;
    if (button->group() && button->group()->exclusive()) {
      others = button->group()->buttons();
    } else if (button->autoExclusive() && button->parentWidget()) {
      others = button->parentWidget()->findChildren<QAbstractButton*>(Qt::FindDirectChildrenOnly);
    } else {
      return;
    }
    for (QAbstractButton* other : others) {
      if (other != button && other->isEnabled() && other->isVisible()) {
        other->click();
        return;
      }
    }
  }

  void walkMenu(QMenu* menu, const QString& path) {
    for (const QPointer<QAction> action : menu->actions()) {
      if (!action || action->isSeparator() || !action->isVisible() || !action->isEnabled()) continue;
      const QString where = path + QStringLiteral(" ▸ ") + plainText(action->text());
      if (kWalkedOnce.count(action->text())) {
        walkedOnce_.insert(where);
        continue;
      }
      if (action->menu()) {
        walkMenu(action->menu(), where);
        continue;
      }
      unchoose(action);
      check(where, widgetsOf(action), [action] {
        if (action) action->trigger();
      });
    }
  }

  void walkMenus() {
    for (QAction* top : window_->menuBar()->actions()) {
      if (top->menu()) walkMenu(top->menu(), plainText(top->text()));
    }
  }

  void walkToolBar() {
    auto* bar = window_->findChild<QToolBar*>(QStringLiteral("mainToolBar"));
    ASSERT_TRUE(bar);
    for (QAction* action : bar->actions()) {
      auto* button = qobject_cast<QAbstractButton*>(bar->widgetForAction(action));
      if (action->isSeparator() || !button || !button->isVisible() || !button->isEnabled()) continue;
      unchoose(action);
      std::set<const QWidget*> own = widgetsOf(action);
      own.insert(button);
      check(QStringLiteral("Toolbar ▸ ") + plainText(button->text()), own, [button] { button->click(); });
    }
  }

  // Every tab the lesson shows, and in it every button; a button's menu (Add ▸ an energy) is walked too. An
  // edit a button makes is undone after it, so the walk goes on from the lesson as it opened.
  void walkPanels() {
    ControlPanels* panels = window_->panels();
    QUndoStack* undo = window_->session()->undoStack();
    for (int tab = 0; tab < panels->count(); ++tab) {
      if (!panels->isTabVisible(tab)) continue;
      const QString tabName = panels->tabText(tab);
      panels->setCurrentIndex(tab);
      for (const QPointer<QAbstractButton> button : panels->widget(tab)->findChildren<QAbstractButton*>()) {
        if (!button || !button->isVisible() || !button->isEnabled() || qtsOwnButton(button)) continue;
        const QString name =
            button->objectName().isEmpty() ? plainText(button->text()) : button->objectName();
        const QString where = QStringLiteral("%1 panel ▸ %2").arg(tabName, name);
        unchoose(button);
        const int index = undo->index();
        const bool wasChecked = button->isChecked();
        check(where, {button.data()}, [button] {
          if (button) button->click();
        });
        if (undo->index() > index) undo->undo();
        // A switch that is no edit (a preview running, a view flag) is switched back.
        if (button && button->isCheckable() && button->isChecked() != wasChecked) button->click();
        auto* push = qobject_cast<QPushButton*>(button.data());
        if (push && push->menu()) {
          walkMenu(push->menu(), where);
          while (undo->index() > index)
            undo->undo();
        }
        panels->setCurrentIndex(tab);
      }
    }
  }

  std::unique_ptr<MainWindow> window_;
  std::unique_ptr<QTimer> closer_;
  QStringList opened_;
  std::set<QString> openedDialog_;  ///< controls that opened a dialog: not opened again on later lessons
  QStringList dead_;
  QStringList emptySteps_;  ///< controls that pushed an undo step which changes nothing
  std::set<QString> walkedOnce_;
  int walked_ = 0, skipped_ = 0;
};

TEST_F(DeadControlsTest, EveryControlOfEveryBuiltInLessonDoesSomething) {
  QElapsedTimer clock;
  clock.start();
  for (const QString& name : builtInLessonNames()) {
    SCOPED_TRACE(name.toStdString());
    const qint64 start = clock.elapsed();
    ASSERT_TRUE(open(name)) << "the lesson's first frame never arrived";
    const qint64 opened = clock.elapsed();
    const int walkedBefore = walked_;
    walkPanels();
    const qint64 panels = clock.elapsed();
    // One edit to undo, so that Undo and Redo (toolbar, Edit menu) have something to do.
    Session* session = window_->session();
    session->setParameter(QStringLiteral("temperature"), session->lesson().temperature * 1.25);
    walkToolBar();
    walkMenus();
    if (qEnvironmentVariableIsSet("EBMSCAPE_TEST_VERBOSE")) {
      std::printf("%s: opened in %lld ms, panels %lld ms, toolbar and menus %lld ms\n", qPrintable(name),
                  opened - start, panels - opened, clock.elapsed() - panels);
    }
    EXPECT_GE(walked_ - walkedBefore, 30) << "too few controls walked: is the window there?";
  }
  EXPECT_TRUE(dead_.isEmpty()) << "dead controls:\n" << dead_.join(QLatin1Char('\n')).toStdString();
  EXPECT_TRUE(emptySteps_.isEmpty()) << "undo steps that change nothing:\n"
                                     << emptySteps_.join(QLatin1Char('\n')).toStdString();
  for (const auto& [name, reason] : kWalkedOnce) {
    const bool seen = std::any_of(walkedOnce_.begin(), walkedOnce_.end(),
                                  [&name = name](const QString& w) { return w.endsWith(plainText(name)); });
    EXPECT_TRUE(seen) << name.toStdString() << " was not found";
  }
  std::printf(
      "walked %d controls on %d lessons in %lld ms; %d dialogs and menus opened and closed; %d controls that "
      "had opened one on an earlier lesson not opened again\n",
      walked_, int(builtInLessonNames().size()), clock.elapsed(), int(opened_.size()), skipped_);
}

TEST_F(DeadControlsTest, TheFileMenusLessonsOpenAndQuitClosesTheWindow) {
  ASSERT_TRUE(open(kDefaultLesson));
  const auto menuNamed = [this](const QString& title) -> QMenu* {
    for (QMenu* menu : window_->menuBar()->findChildren<QMenu*>()) {
      if (menu->title() == title) return menu;
    }
    return nullptr;
  };
  QMenu* builtIn = menuNamed(QStringLiteral("&Built-in Lessons"));
  ASSERT_TRUE(builtIn);
  ASSERT_EQ(builtIn->actions().size(), builtInLessonNames().size());
  for (QAction* entry : builtIn->actions()) {
    entry->trigger();
    EXPECT_EQ(window_->lesson().title.shown(), entry->text().toStdString());
  }

  // A saved lesson is a recent one; the menu lists it as it opens, and its entry opens it.
  QTemporaryDir folder;
  const QString path = folder.filePath(QStringLiteral("walked.json"));
  ASSERT_TRUE(window_->lessonFiles()->saveTo(path));
  ASSERT_TRUE(window_->openLessonNamed(kDefaultLesson));
  QMenu* recent = menuNamed(QStringLiteral("Open &Recent"));
  ASSERT_TRUE(recent);
  recent->popup(window_->mapToGlobal(QPoint(40, 40)));
  QAction* entry = nullptr;
  for (QAction* a : recent->actions()) {
    if (a->toolTip() == path) entry = a;
  }
  recent->close();
  ASSERT_TRUE(entry) << "the saved lesson is not among the recent ones";
  entry->trigger();
  EXPECT_EQ(window_->session()->filePath().toStdString(), QFileInfo(path).absoluteFilePath().toStdString());

  QAction* quit = nullptr;
  for (QAction* a : menuNamed(QStringLiteral("&File"))->actions()) {
    if (a->text() == QStringLiteral("&Quit")) quit = a;
  }
  ASSERT_TRUE(quit);
  quit->trigger();
  EXPECT_FALSE(window_->isVisible()) << "Quit left the window open";
}

}  // namespace
}  // namespace ebmui
