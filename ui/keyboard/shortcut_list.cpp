#include "keyboard/shortcut_list.h"

#include <QAbstractButton>
#include <QAction>
#include <QCoreApplication>
#include <QKeySequence>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QStackedWidget>
#include <QTabWidget>
#include <optional>
#include <set>

namespace ebmui {
namespace {

QString withoutMnemonic(QString text) {
  return text.remove(QLatin1Char('&'));
}

QString keysAsWords(const QList<QKeySequence>& keys) {
  QStringList words;
  for (const QKeySequence& k : keys)
    words << k.toString(QKeySequence::NativeText);
  return words.join(QStringLiteral(", "));
}

QString keysAsWords(const QKeySequence& keys) {
  return keys.toString(QKeySequence::NativeText);
}

void listMenuShortcuts(const QMenu* menu, const QString& path, std::vector<ShortcutEntry>& entries,
                       std::set<const QAction*>& listed) {
  for (const QAction* action : menu->actions()) {
    if (action->isSeparator()) continue;
    if (action->menu()) {
      listMenuShortcuts(action->menu(), path + QStringLiteral(" ▸ ") + withoutMnemonic(action->text()),
                        entries, listed);
      continue;
    }
    if (action->shortcuts().isEmpty() || listed.count(action)) continue;
    listed.insert(action);
    entries.push_back({path, withoutMnemonic(action->text()), keysAsWords(action->shortcuts())});
  }
}

// The tab a button sits in ("Sudoku"), "" outside a tab widget; nothing if that tab, or a tab it is in, is
// not shown for this lesson.
std::optional<QString> shownTabOf(const QWidget* w) {
  std::optional<QString> title = QString();
  for (; w && w->parentWidget(); w = w->parentWidget()) {
    auto* stack = qobject_cast<const QStackedWidget*>(w->parentWidget());
    auto* tabs = stack ? qobject_cast<const QTabWidget*>(stack->parentWidget()) : nullptr;
    if (!tabs) continue;
    const int index = tabs->indexOf(const_cast<QWidget*>(w));
    if (!tabs->isTabVisible(index)) return std::nullopt;
    if (title->isEmpty()) title = tabs->tabText(index);
  }
  return title;
}

}  // namespace

std::vector<ShortcutEntry> ShortcutList::ofWindow(const QMainWindow* window) {
  std::vector<ShortcutEntry> entries;
  std::set<const QAction*> listed;
  for (const QAction* top : window->menuBar()->actions()) {
    const QKeySequence opens = QKeySequence::mnemonic(top->text());
    if (top->menu() && !opens.isEmpty())
      entries.push_back(
          {tr("Menu bar"), tr("The %1 menu").arg(withoutMnemonic(top->text())), keysAsWords(opens)});
  }
  for (const QAction* top : window->menuBar()->actions()) {
    if (top->menu()) listMenuShortcuts(top->menu(), withoutMnemonic(top->text()), entries, listed);
  }
  // Actions in no menu (Esc that leaves the presentation).
  for (const QAction* action : window->findChildren<QAction*>()) {
    if (action->shortcuts().isEmpty() || listed.count(action)) continue;
    listed.insert(action);
    entries.push_back({tr("Window"), withoutMnemonic(action->text()), keysAsWords(action->shortcuts())});
  }
  for (const QAbstractButton* button : window->findChildren<QAbstractButton*>()) {
    if (button->shortcut().isEmpty()) continue;
    const std::optional<QString> tab = shownTabOf(button);
    if (!tab) continue;
    entries.push_back({tab->isEmpty() ? tr("Window") : tr("%1 panel").arg(withoutMnemonic(*tab)),
                       withoutMnemonic(button->text()), keysAsWords(button->shortcut())});
  }
  return entries;
}

std::vector<ShortcutEntry> ShortcutList::fixedKeys() {
  const auto key = [](QKeyCombination k) { return keysAsWords(QKeySequence(k)); };
  const auto pair = [&key](QKeyCombination a, QKeyCombination b) {
    return key(a) + QStringLiteral(" / ") + key(b);
  };
  const QString anywhere = tr("Anywhere"), slider = tr("A slider"), button = tr("A button, box or list"),
                view = tr("A view (Tab to it)");
  const QString arrows =
      pair(Qt::Key_Left, Qt::Key_Right) + QStringLiteral(", ") + pair(Qt::Key_Down, Qt::Key_Up);
  return {
      {anywhere, tr("Next / previous control"), pair(Qt::Key_Tab, Qt::SHIFT | Qt::Key_Tab)},
      {slider, tr("Move by 1% of its range"), arrows},
      {slider, tr("Move by 10% of its range"), pair(Qt::Key_PageDown, Qt::Key_PageUp)},
      {slider, tr("Lowest / highest value"), pair(Qt::Key_Home, Qt::Key_End)},
      {button, tr("Press it, open it"), key(Qt::Key_Space)},
      {tr("A number box"), tr("Step the number"), pair(Qt::Key_Down, Qt::Key_Up)},
      {tr("The panels' tabs"), tr("Previous / next panel"), pair(Qt::Key_Left, Qt::Key_Right)},
      {view, tr("Turn the camera (the map: move it)"), arrows},
      {view, tr("Zoom in / out"), pair(Qt::Key_Plus, Qt::Key_Minus)},
  };
}

}  // namespace ebmui
