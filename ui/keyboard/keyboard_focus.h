// The window as a keyboard reaches it: Tab goes through a panel's controls as they are laid out, sliders move
// by sensible steps, and Space presses the button that Tab brought the focus to.
#pragma once

#include <QObject>
#include <QPointer>
#include <QWidgetList>

class QSlider;
class QTabWidget;
class QWidget;

namespace ebmui {

/// A slider's keys: Tab reaches it, the arrows move it by 1% of its range, Page Up / Page Down by 10%,
/// Home / End to its ends (QAbstractSlider's own keys, with steps that suit a range of any length).
void useKeyboardSteps(QSlider* slider);

/// The controls under `root` that Tab stops at, in the order a reader meets them in its layouts: rows top to
/// bottom, left to right within a row (grid and form layouts by their cells). A control's own parts (a spin
/// box's line edit) are not listed apart from it; widgets outside any layout are left out.
[[nodiscard]] QWidgetList controlsAsLaidOut(QWidget* root);

/// Puts the Tab order of the controls under `root` in controlsAsLaidOut order, gives each slider its keyboard
/// steps (useKeyboardSteps) and makes a table one Tab stop (its arrows move between its cells).
void orderTabsAsLaidOut(QWidget* root);

/// An application event filter for one window's keyboard users:
/// - every slider gets its keyboard steps (useKeyboardSteps) before it is first shown;
/// - before Tab or Shift+Tab moves the focus inside `window`, the Tab order of the page `panels` shows is set
///   from its layouts as they are now (orderTabsAsLaidOut: rows a panel added since are in their place);
/// - Space on a button, check box, combo box or list that got the focus from the keyboard (Tab, a mnemonic)
///   goes to that control, as everywhere; after a mouse click on it Space stays the window's Play.
class KeyboardFocus : public QObject {
  Q_OBJECT
 public:
  KeyboardFocus(QWidget* window, QTabWidget* panels);
  bool eventFilter(QObject* watched, QEvent* event) override;
  /// Orders the Tab stops of the panel shown (what a Tab press does first).
  void orderPanels();

 private:
  QPointer<QWidget> window_;
  QPointer<QTabWidget> panels_;
  QPointer<QWidget> keyboardFocus_;  ///< the widget that last got the focus from the keyboard
};

}  // namespace ebmui
