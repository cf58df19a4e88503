// A small X11 client for the tests that run the real ebmscape: finds its window on the test's display and
// does what a teacher (or the window manager) would do to it: focus it, press keys, close it.
#pragma once

#include <QString>
#include <memory>

namespace ebmtest {

/// A connection to $DISPLAY. Xlib stays inside the .cpp (its macros clash with Qt and GoogleTest).
class X11Client {
 public:
  X11Client();
  ~X11Client();
  X11Client(const X11Client&) = delete;
  X11Client& operator=(const X11Client&) = delete;

  [[nodiscard]] bool connected() const;
  /// The mapped top-level window of process `pid` whose title contains `titlePart`, waiting up to
  /// `timeoutMs`; 0 if none appeared.
  [[nodiscard]] unsigned long waitForWindow(long long pid, const QString& titlePart, int timeoutMs);
  /// The window's title (_NET_WM_NAME).
  [[nodiscard]] QString title(unsigned long window);
  /// Gives the window the keyboard focus, as a window manager does when it is clicked.
  void focus(unsigned long window);
  /// Presses and releases the key `keysym` (an X keysym, e.g. 'd') with Ctrl held if `control`.
  void pressKey(unsigned long window, unsigned long keysym, bool control = false);
  /// Asks the window to close (WM_DELETE_WINDOW), as the window manager's close button does.
  void requestClose(unsigned long window);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace ebmtest
