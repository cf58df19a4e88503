#include "undo_actions.h"

#include <QAbstractSpinBox>
#include <QAction>
#include <QKeyEvent>
#include <QLineEdit>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <algorithm>

namespace ebmui {

QAction* fixedLabelUndoAction(QUndoStack* stack, bool redo, QObject* parent) {
  const QString label = redo ? QObject::tr("Redo") : QObject::tr("Undo");
  const QString key = redo ? QObject::tr("Ctrl+Shift+Z") : QObject::tr("Ctrl+Z");
  auto* action = new QAction(label, parent);
  action->setObjectName(redo ? QStringLiteral("toolbarRedo") : QStringLiteral("toolbarUndo"));
  auto describe = [action, label, key](const QString& what) {
    action->setToolTip(what.isEmpty() ? QStringLiteral("%1 (%2)").arg(label, key)
                                      : QStringLiteral("%1 %2 (%3)").arg(label, what, key));
  };
  if (redo) {
    QObject::connect(action, &QAction::triggered, stack, &QUndoStack::redo);
    QObject::connect(stack, &QUndoStack::canRedoChanged, action, &QAction::setEnabled);
    QObject::connect(stack, &QUndoStack::redoTextChanged, action, describe);
    action->setEnabled(stack->canRedo());
    describe(stack->redoText());
  } else {
    QObject::connect(action, &QAction::triggered, stack, &QUndoStack::undo);
    QObject::connect(stack, &QUndoStack::canUndoChanged, action, &QAction::setEnabled);
    QObject::connect(stack, &QUndoStack::undoTextChanged, action, describe);
    action->setEnabled(stack->canUndo());
    describe(stack->undoText());
  }
  return action;
}

void keepButtonWidth(QToolBar* bar, QAction* action, const QStringList& labels) {
  auto* button = qobject_cast<QToolButton*>(bar->widgetForAction(action));
  if (!button) return;
  const QString current = action->text();
  int widest = 0;
  for (const QString& label : labels) {
    action->setText(label);
    widest = std::max(widest, button->sizeHint().width());
  }
  action->setText(current);
  button->setMinimumWidth(widest);
}

bool SpinBoxUndoFilter::eventFilter(QObject* watched, QEvent* event) {
  if (event->type() != QEvent::ShortcutOverride) return false;
  auto* key = static_cast<QKeyEvent*>(event);
  const bool undoKey = key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo) ||
                       key->keyCombination() == (Qt::CTRL | Qt::SHIFT | Qt::Key_Z);
  if (!undoKey) return false;
  const bool inSpinBox = qobject_cast<QAbstractSpinBox*>(watched) ||
                         (qobject_cast<QLineEdit*>(watched) &&
                          qobject_cast<QAbstractSpinBox*>(static_cast<QObject*>(watched)->parent()));
  if (!inSpinBox) return false;
  event->ignore();  // not overridden: the shortcut goes to the window's Undo / Redo
  return true;
}

}  // namespace ebmui
