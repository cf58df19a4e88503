// Every key the window answers, as Help ▸ Keyboard Shortcuts lists them: read from the window's actions and
// buttons when asked (so the list cannot go stale), and the fixed keys of its sliders, views and panels.
#pragma once

#include <QCoreApplication>
#include <QString>
#include <vector>

class QMainWindow;

namespace ebmui {

/// One key (or several for one command) and what it does.
struct ShortcutEntry {
  QString where;  ///< the menu path ("View ▸ Camera"), a panel ("Sudoku panel"), or the widget it works in
  QString name;   ///< the command as its menu or button says it, without the mnemonic's &
  QString keys;   ///< the keys in the platform's own words ("Ctrl+Shift+Z, Ctrl+Y")
};

class ShortcutList {
  Q_DECLARE_TR_FUNCTIONS(ShortcutList)
 public:
  /// The window's shortcuts as they are now: the menus' mnemonics, every menu action with a shortcut in menu
  /// order (submenus by their path), the window's other actions with one, then the buttons with one in the
  /// panels the lesson shows.
  [[nodiscard]] static std::vector<ShortcutEntry> ofWindow(const QMainWindow* window);
  /// The keys that are no action: Tab between the controls, a slider's arrows and pages, a view's camera
  /// keys.
  [[nodiscard]] static std::vector<ShortcutEntry> fixedKeys();
};

}  // namespace ebmui
