#include "data/data_set_registry.h"

#include "core/localized_text.h"

#include "core/errors.h"
#include "data/three_blobs.h"
#include "data/toy_2d.h"
#include "data/toy_3d.h"

namespace ebm {
namespace {

using Generator = DataSet (*)(Index n, double noise, std::uint64_t seed);

struct Entry {
  DataSetInfo info;
  Generator generate;
};

Entry entry(const char* name, int dimension, const char* title, const char* recipe, double noise,
            double halfWidth, bool labelled, bool knownDensity, Generator generate) {
  return {
      {name, dimension, title, recipe, noise, Box::centered(dimension, halfWidth), labelled, knownDensity},
      generate};
}

const std::vector<Entry>& registry() {
  static const std::vector<Entry> entries{
      entry("8gaussians", 2, EBM_TRANSLATE_NOOP("ebm", "Eight Gaussians"),
            EBM_TRANSLATE_NOOP("ebm", "8 Gaussians on a circle of radius 4, std 0.5, all divided by 1.414"),
            toy::kEightGaussiansNoise, 4, true, true, toy::eightGaussians),
      entry("moons", 2, EBM_TRANSLATE_NOOP("ebm", "Two moons"),
            EBM_TRANSLATE_NOOP("ebm", "sklearn make_moons (noise 0.1), x2, shifted by (-1, -0.2)"),
            toy::kMoonsNoise, 4, true, false, toy::moons),
      entry("swissroll", 2, EBM_TRANSLATE_NOOP("ebm", "Swiss roll"),
            EBM_TRANSLATE_NOOP("ebm", "sklearn make_swiss_roll (noise 1) seen along its axis, divided by 5"),
            toy::kSwissRollNoise, 4, false, false, toy::swissRoll),
      entry("circles", 2, EBM_TRANSLATE_NOOP("ebm", "Two circles"),
            EBM_TRANSLATE_NOOP("ebm", "sklearn make_circles (factor 0.5, noise 0.08), x3"),
            toy::kCirclesNoise, 4, true, true, toy::circles),
      entry("rings", 2, EBM_TRANSLATE_NOOP("ebm", "Four rings"),
            EBM_TRANSLATE_NOOP("ebm", "rings of radius 3, 2.25, 1.5, 0.75 with Gaussian noise 0.08"),
            toy::kRingsNoise, 4, true, true, toy::rings),
      entry("checkerboard", 2, EBM_TRANSLATE_NOOP("ebm", "Checkerboard"),
            EBM_TRANSLATE_NOOP("ebm", "uniform on the 8 black squares of a 4x4 board on [-4, 4]^2"),
            toy::kCheckerboardNoise, 4, false, false, toy::checkerboard),
      entry("pinwheel", 2, EBM_TRANSLATE_NOOP("ebm", "Pinwheel"),
            EBM_TRANSLATE_NOOP("ebm", "5 curved arms, radial std 0.3, tangential std 0.1, rate 0.25, x2"),
            toy::kPinwheelNoise, 4, true, false, toy::pinwheel),
      entry("2spirals", 2, EBM_TRANSLATE_NOOP("ebm", "Two spirals"),
            EBM_TRANSLATE_NOOP("ebm", "two interleaved spirals of 1.5 turns, divided by 3, noise 0.1"),
            toy::kTwoSpiralsNoise, 4, true, false, toy::twoSpirals),
      entry("three-blobs", 2, EBM_TRANSLATE_NOOP("ebm", "Three blobs (labelled)"),
            EBM_TRANSLATE_NOOP("ebm", "3 classes: Gaussians of std 0.5 at radius 2, 120 degrees apart"),
            toy::kThreeBlobsNoise, 4, true, true, toy::threeBlobs),
      entry("helix", 3, EBM_TRANSLATE_NOOP("ebm", "Helix"),
            EBM_TRANSLATE_NOOP("ebm", "two turns of a unit helix from z = -1 to 1, noise 0.05"),
            toy::kHelixNoise, 2, false, false, toy::helix),
      entry("torus", 3, EBM_TRANSLATE_NOOP("ebm", "Torus"),
            EBM_TRANSLATE_NOOP("ebm", "uniform on a torus (R = 1.5, r = 0.5), noise 0.05"), toy::kTorusNoise,
            2.5, false, false, toy::torus),
      entry("swissroll3d", 3, EBM_TRANSLATE_NOOP("ebm", "Swiss roll (3D)"),
            EBM_TRANSLATE_NOOP("ebm", "sklearn make_swiss_roll (noise 1), centred, divided by 5"),
            toy::kSwissRoll3dNoise, 3.5, false, false, toy::swissRoll3d),
      entry("gaussians3d", 3, EBM_TRANSLATE_NOOP("ebm", "Eight Gaussians on a cube"),
            EBM_TRANSLATE_NOOP("ebm", "8 Gaussians (std 0.3) on the corners of a cube, +-1.5"),
            toy::kGaussians3dNoise, 3, true, true, toy::gaussians3d),
      entry("sphere", 3, EBM_TRANSLATE_NOOP("ebm", "Sphere shell"),
            EBM_TRANSLATE_NOOP("ebm", "uniform on a sphere of radius 2, noise 0.1"), toy::kSphereNoise, 3,
            false, true, toy::sphere),
      entry("interlocked_rings", 3, EBM_TRANSLATE_NOOP("ebm", "Interlocked rings"),
            EBM_TRANSLATE_NOOP("ebm", "two linked circles of radius 1.5, noise 0.1"),
            toy::kInterlockedRingsNoise, 3, true, true, toy::interlockedRings),
  };
  return entries;
}

const Entry& find(std::string_view name) {
  for (const auto& e : registry()) {
    if (e.info.name == name) return e;
  }
  std::string known;
  for (const auto& e : registry())
    known += (known.empty() ? "" : ", ") + e.info.name;
  throw ArgumentError("There is no data set called \"" + std::string(name) +
                      "\". The data sets are: " + known + ".");
}

}  // namespace

std::vector<std::string> dataSetNames() {
  std::vector<std::string> names;
  for (const auto& e : registry())
    names.push_back(e.info.name);
  return names;
}

const DataSetInfo& dataSetInfo(std::string_view name) {
  return find(name).info;
}

DataSet generateDataSet(std::string_view name, const DataSetRecipe& recipe) {
  const Entry& e = find(name);
  recipe.validate();
  return e.generate(recipe.n, recipe.noiseOr(e.info.defaultNoise), recipe.seed);
}

}  // namespace ebm
