// ebmscape_ui_measurements: the window's measurements, by name (all of them without --only).
//
//   xvfb-run -a -s "-screen 0 1920x1080x24" build/bench/ui_measurements/ebmscape_ui_measurements
//       [--only feel,render-layers,...]
// Names: feel-sliders, feel-particles, feel-training, render-layers, render-resolution; "feel" and "render"
// name their groups.
#include <QApplication>
#include <cstdio>
#include <string>

#include "session/memory_policy.h"
#include "ui_measurements.h"
#include "vtk/vtk_messages.h"

namespace {

struct Measurement {
  const char* name;
  void (*run)();
};

constexpr Measurement kMeasurements[] = {
    {"feel-sliders", ebmui::measure::draggingSlidersOnTwoTrainedNetworks},
    {"feel-particles", ebmui::measure::tenThousandParticles},
    {"feel-training", ebmui::measure::eventLoopWhileTraining},
    {"render-layers", ebmui::measure::layersOfALandscape},
    {"render-resolution", ebmui::measure::surfaceResolution},
};

// Whether the comma-separated list `only` names `name` or its group (the part before the '-').
bool wanted(const std::string& only, const std::string& name) {
  if (only.empty()) return true;
  const std::string list = "," + only + ",";
  const std::string group = name.substr(0, name.find('-'));
  return list.find("," + name + ",") != std::string::npos ||
         list.find("," + group + ",") != std::string::npos;
}

}  // namespace

int main(int argc, char** argv) {
  std::string only;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--only" && i + 1 < argc) {
      only = argv[++i];
    } else {
      std::fprintf(stderr, "usage: ebmscape_ui_measurements [--only feel,render,feel-sliders,...]\n");
      return 2;
    }
  }
  ebmui::useReturnableMemory();   // as the program does
  ebmui::routeVtkMessagesToQt();  // as the program does
  QApplication app(argc, argv);
  for (const Measurement& measurement : kMeasurements) {
    if (!wanted(only, measurement.name)) continue;
    std::printf("%s\n", measurement.name);
    std::fflush(stdout);
    measurement.run();
  }
  return 0;
}
