#include "x11_client.h"

// Qt first: Xlib's macros (Bool, Status, …) break Qt's headers.
#include <QElapsedTimer>
#include <QThread>

// Xlib after.
#include <X11/Xatom.h>
#include <X11/Xlib.h>
#include <X11/Xutil.h>

namespace ebmtest {

struct X11Client::Impl {
  Display* display = nullptr;

  Atom atom(const char* name) const { return XInternAtom(display, name, False); }

  // A 32-bit property's first value (Xlib hands it back as a long).
  bool cardinal(Window window, const char* name, long& value) const {
    Atom type = 0;
    int format = 0;
    unsigned long count = 0, after = 0;
    unsigned char* data = nullptr;
    const int status = XGetWindowProperty(display, window, atom(name), 0, 1, False, XA_CARDINAL, &type,
                                          &format, &count, &after, &data);
    const bool found = status == Success && data && count == 1 && format == 32;
    if (found) value = *reinterpret_cast<long*>(data);
    if (data) XFree(data);
    return found;
  }

  QString text(Window window, const char* name, Atom type) const {
    Atom actual = 0;
    int format = 0;
    unsigned long count = 0, after = 0;
    unsigned char* data = nullptr;
    QString result;
    if (XGetWindowProperty(display, window, atom(name), 0, 1024, False, type, &actual, &format, &count,
                           &after, &data) == Success &&
        data && format == 8) {
      result = QString::fromUtf8(reinterpret_cast<const char*>(data), int(count));
    }
    if (data) XFree(data);
    return result;
  }

  void send(Window window, long mask, XEvent& event) const {
    XSendEvent(display, window, True, mask, &event);
    XFlush(display);
  }
};

namespace {

// Other tests' windows on the same display come and go while this one walks the window tree: a window that
// vanished between XQueryTree and a property read is a BadWindow error, whose default handler exits the whole
// test program. Such a window simply has no property here (the read reports failure).
int ignoreXError(Display*, XErrorEvent*) {
  return 0;
}

}  // namespace

X11Client::X11Client() : impl_(std::make_unique<Impl>()) {
  XSetErrorHandler(ignoreXError);
  impl_->display = XOpenDisplay(nullptr);
}

X11Client::~X11Client() {
  if (impl_->display) XCloseDisplay(impl_->display);
}

bool X11Client::connected() const {
  return impl_->display != nullptr;
}

QString X11Client::title(unsigned long window) {
  return impl_->text(window, "_NET_WM_NAME", impl_->atom("UTF8_STRING"));
}

unsigned long X11Client::waitForWindow(long long pid, const QString& titlePart, int timeoutMs) {
  QElapsedTimer clock;
  clock.start();
  Display* d = impl_->display;
  do {
    Window root = 0, parent = 0;
    Window* children = nullptr;
    unsigned int count = 0;
    XQueryTree(d, DefaultRootWindow(d), &root, &parent, &children, &count);
    Window found = 0;
    for (unsigned int i = 0; i < count && !found; ++i) {
      long owner = 0;
      XWindowAttributes attributes{};
      if (!impl_->cardinal(children[i], "_NET_WM_PID", owner) || owner != pid) continue;
      if (!XGetWindowAttributes(d, children[i], &attributes) || attributes.map_state != IsViewable) continue;
      if (title(children[i]).contains(titlePart)) found = children[i];
    }
    if (children) XFree(children);
    if (found) return found;
    QThread::msleep(50);
  } while (clock.elapsed() < timeoutMs);
  return 0;
}

void X11Client::focus(unsigned long window) {
  XSetInputFocus(impl_->display, window, RevertToParent, CurrentTime);
  XFlush(impl_->display);
}

void X11Client::pressKey(unsigned long window, unsigned long keysym, bool control) {
  Display* d = impl_->display;
  XEvent event{};
  XKeyEvent& key = event.xkey;
  key.display = d;
  key.window = window;
  key.root = DefaultRootWindow(d);
  key.subwindow = 0;
  key.time = CurrentTime;
  key.x = key.y = key.x_root = key.y_root = 1;
  key.same_screen = True;
  key.state = control ? ControlMask : 0;
  key.keycode = XKeysymToKeycode(d, KeySym(keysym));
  key.type = KeyPress;
  impl_->send(window, KeyPressMask, event);
  key.type = KeyRelease;
  impl_->send(window, KeyReleaseMask, event);
}

void X11Client::requestClose(unsigned long window) {
  XEvent event{};
  event.xclient.type = ClientMessage;
  event.xclient.window = window;
  event.xclient.message_type = impl_->atom("WM_PROTOCOLS");
  event.xclient.format = 32;
  event.xclient.data.l[0] = long(impl_->atom("WM_DELETE_WINDOW"));
  event.xclient.data.l[1] = CurrentTime;
  impl_->send(window, NoEventMask, event);
}

}  // namespace ebmtest
