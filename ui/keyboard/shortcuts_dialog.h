// Help ▸ Keyboard Shortcuts: every key the window answers, listed from its actions as the dialog opens.
#pragma once

#include <QDialog>

class QMainWindow;
class QTableWidget;

namespace ebmui {

/// A table of the window's keys: where (the menu path or the panel), the command, the keys in the platform's
/// words. Read from the window's actions and buttons when it is made (ShortcutList::ofWindow), then the fixed
/// keys of sliders and views (ShortcutList::fixedKeys), so it lists what the window does now.
class ShortcutsDialog : public QDialog {
  Q_OBJECT
 public:
  explicit ShortcutsDialog(const QMainWindow* window, QWidget* parent = nullptr);

  [[nodiscard]] QTableWidget* table() const { return table_; }

 private:
  QTableWidget* table_;
};

}  // namespace ebmui
