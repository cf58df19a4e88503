#include "keyboard/keyboard_focus.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QBoxLayout>
#include <QComboBox>
#include <QFocusEvent>
#include <QFormLayout>
#include <QGraphicsView>
#include <QGridLayout>
#include <QKeyEvent>
#include <QScrollArea>
#include <QSlider>
#include <QTabWidget>
#include <algorithm>
#include <vector>

namespace ebmui {
namespace {

bool isTabStop(const QWidget* w) {
  return (w->focusPolicy() & Qt::TabFocus) == Qt::TabFocus || w->focusProxy() != nullptr;
}

void collectControlsOfLayout(QLayout* layout, QWidgetList& controls);

void collectControlsOfWidget(QWidget* w, QWidgetList& controls) {
  if (w->isWindow() || qobject_cast<QGraphicsView*>(w)) return;
  if (isTabStop(w)) controls << w;
  // A box that is a Tab stop of its own (a checkable group, a tab bar) is followed by the controls in it.
  if (auto* tabs = qobject_cast<QTabWidget*>(w)) {
    for (int i = 0; i < tabs->count(); ++i)
      collectControlsOfWidget(tabs->widget(i), controls);
  } else if (w->layout()) {
    collectControlsOfLayout(w->layout(), controls);
  }
}

// A layout's items in reading order: a grid's and a form's by their cells, a box's as it lays them out.
void collectControlsOfLayout(QLayout* layout, QWidgetList& controls) {
  struct Cell {
    int row, column, index;
  };
  std::vector<Cell> cells;
  const int count = layout->count();
  for (int i = 0; i < count; ++i) {
    int row = i, column = 0;
    if (auto* grid = qobject_cast<QGridLayout*>(layout)) {
      int rowSpan = 1, columnSpan = 1;
      grid->getItemPosition(i, &row, &column, &rowSpan, &columnSpan);
    } else if (auto* form = qobject_cast<QFormLayout*>(layout)) {
      QFormLayout::ItemRole role = QFormLayout::LabelRole;
      form->getItemPosition(i, &row, &role);
      column = int(role);
    } else if (auto* box = qobject_cast<QBoxLayout*>(layout)) {
      const auto direction = box->direction();
      if (direction == QBoxLayout::RightToLeft || direction == QBoxLayout::BottomToTop) row = count - 1 - i;
    }
    cells.push_back({row, column, i});
  }
  std::stable_sort(cells.begin(), cells.end(), [](const Cell& a, const Cell& b) {
    return a.row != b.row ? a.row < b.row : a.column < b.column;
  });
  for (const Cell& cell : cells) {
    QLayoutItem* item = layout->itemAt(cell.index);
    if (QWidget* w = item->widget()) {
      collectControlsOfWidget(w, controls);
    } else if (QLayout* inner = item->layout()) {
      collectControlsOfLayout(inner, controls);
    }
  }
}

bool focusFromKeyboard(Qt::FocusReason reason) {
  return reason == Qt::TabFocusReason || reason == Qt::BacktabFocusReason ||
         reason == Qt::ShortcutFocusReason;
}

}  // namespace

void useKeyboardSteps(QSlider* slider) {
  const int range = slider->maximum() - slider->minimum();
  slider->setFocusPolicy(Qt::StrongFocus);
  slider->setSingleStep(std::max(1, range / 100));
  slider->setPageStep(std::max(1, range / 10));
}

QWidgetList controlsAsLaidOut(QWidget* root) {
  QWidgetList controls;
  if (root->layout()) collectControlsOfLayout(root->layout(), controls);
  return controls;
}

void orderTabsAsLaidOut(QWidget* root) {
  // A chart answers no key: it is no Tab stop.
  for (QGraphicsView* chart : root->findChildren<QGraphicsView*>())
    chart->setFocusPolicy(Qt::NoFocus);
  const QWidgetList controls = controlsAsLaidOut(root);
  for (QWidget* w : controls) {
    if (auto* slider = qobject_cast<QSlider*>(w)) useKeyboardSteps(slider);
    if (auto* view = qobject_cast<QAbstractItemView*>(w)) view->setTabKeyNavigation(false);
  }
  for (int i = 1; i < controls.size(); ++i)
    QWidget::setTabOrder(controls[i - 1], controls[i]);
}

KeyboardFocus::KeyboardFocus(QWidget* window, QTabWidget* panels)
    : QObject(window), window_(window), panels_(panels) {
  orderPanels();
}

// Tab reaches only the page shown (the others are hidden): that one is ordered.
void KeyboardFocus::orderPanels() {
  if (!panels_) return;
  QWidget* page = panels_->currentWidget();
  if (auto* area = qobject_cast<QScrollArea*>(page)) {
    area->setFocusPolicy(Qt::NoFocus);  // Tab goes to the panel's controls; the area follows the focus
    page = area->widget();
  }
  if (page) orderTabsAsLaidOut(page);
}

bool KeyboardFocus::eventFilter(QObject* watched, QEvent* event) {
  switch (event->type()) {
    case QEvent::Polish:
      if (auto* slider = qobject_cast<QSlider*>(watched)) useKeyboardSteps(slider);
      break;
    case QEvent::MouseButtonPress:
      keyboardFocus_ = nullptr;  // the mouse is in use: Space is Play again
      break;
    case QEvent::FocusIn: {
      auto* widget = qobject_cast<QWidget*>(watched);
      if (!widget) break;
      const Qt::FocusReason reason = static_cast<QFocusEvent*>(event)->reason();
      if (focusFromKeyboard(reason)) {
        keyboardFocus_ = widget;
      } else if (reason != Qt::ActiveWindowFocusReason && reason != Qt::PopupFocusReason) {
        keyboardFocus_ = nullptr;  // a click, or the program moved it
      }
      break;
    }
    case QEvent::KeyPress: {
      const auto* key = static_cast<QKeyEvent*>(event);
      const bool tab = key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab;
      if (tab && !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier)) &&
          watched == QApplication::focusWidget() && window_ &&
          static_cast<QWidget*>(watched)->window() == window_) {
        orderPanels();
      }
      break;
    }
    case QEvent::ShortcutOverride: {
      const auto* key = static_cast<QKeyEvent*>(event);
      if (key->key() != Qt::Key_Space || key->modifiers() != Qt::NoModifier || !keyboardFocus_ ||
          watched != keyboardFocus_) {
        break;
      }
      if (qobject_cast<QAbstractButton*>(watched) || qobject_cast<QComboBox*>(watched) ||
          qobject_cast<QAbstractItemView*>(watched)) {
        event->accept();  // overridden: the key press goes to the control, not to a shortcut
        return true;
      }
      break;
    }
    default:
      break;
  }
  return QObject::eventFilter(watched, event);
}

}  // namespace ebmui
