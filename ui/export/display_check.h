// Whether an X display is reachable: offscreen OpenGL rendering needs one (e.g. from xvfb-run).
#pragma once

namespace ebmui {

[[nodiscard]] bool displayAvailable();

}  // namespace ebmui
