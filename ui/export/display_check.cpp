// Kept apart from Qt code: Xlib's headers define macros (Status, Bool) that break Qt's headers.
#include <X11/Xlib.h>

#include "export/display_check.h"

namespace ebmui {

bool displayAvailable() {
  Display* display = XOpenDisplay(nullptr);
  if (!display) return false;
  XCloseDisplay(display);
  return true;
}

}  // namespace ebmui
