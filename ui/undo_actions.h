// Undo as a teacher reaches it: toolbar buttons whose labels do not grow, and Ctrl+Z that undoes the lesson
// even while a number box has the keyboard.
#pragma once

#include <QObject>
#include <QStringList>

class QAction;
class QToolBar;
class QUndoStack;

namespace ebmui {

/// A toolbar action that undoes (or redoes) on `stack` under a fixed label, "Undo" or "Redo"; what it would
/// undo is in its tooltip. (QUndoStack's own actions rename themselves "Undo Show or hide Particles" and
/// push every button after them sideways.) It has no shortcut: the Edit menu's actions own Ctrl+Z.
[[nodiscard]] QAction* fixedLabelUndoAction(QUndoStack* stack, bool redo, QObject* parent);

/// Makes the toolbar button of `action` as wide as its widest label, so switching between them ("Train" /
/// "Pause Training") never moves the buttons after it.
void keepButtonWidth(QToolBar* bar, QAction* action, const QStringList& labels);

/// An application event filter that lets Ctrl+Z / Ctrl+Shift+Z reach the window's Undo / Redo while a spin
/// box has the keyboard focus (its line edit would otherwise take them for its own text).
class SpinBoxUndoFilter : public QObject {
  Q_OBJECT
 public:
  using QObject::QObject;
  bool eventFilter(QObject* watched, QEvent* event) override;
};

}  // namespace ebmui
