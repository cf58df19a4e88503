// A lesson: everything a teacher prepares once and reopens every year — data, energies and how they are
// composed, sampler and training settings, the view, slider values, animation keyframes and hidden controls.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "classifier/ood_points.h"
#include "core/box.h"
#include "core/localized_text.h"
#include "core/types.h"
#include "data/import_choice.h"
#include "data/standardization.h"

namespace ebm {

/// Where a lesson's data points come from: a built-in generator (recipe + seed), the lesson's own points
/// (imported from a file, drawn on the map, or both), or none.
struct DataSpec {
  enum class Source { None, Generated, Points };
  Source source = Source::None;
  std::string dataset;                  ///< generator name (Generated)
  int count = 2000;                     ///< points to generate
  double noise = -1;                    ///< the recipe's noise; < 0 means the recipe's default
  std::uint64_t seed = 1;               ///< generator seed
  Points points;                        ///< the lesson's own points, D×N (Points)
  std::vector<int> labels;              ///< per point, or empty
  std::vector<std::string> labelNames;  ///< names of imported text labels, or empty
  // Imported points keep the file's units: the engine reads them through `standardization`.
  std::vector<std::string> columnNames;  ///< the file's names of x, y[, z] (axis titles), or empty
  Standardization standardization;       ///< engine z = (x − shift)/scale; empty = the points as they are
  std::string importedFrom;              ///< the file's name (shown, and offered at the next import)
  ImportChoice importChoice;             ///< the columns and skipped lines chosen, for the next import
  Index skippedRows = 0;                 ///< rows of the file left out for a missing value
  /// Points were drawn or erased on the map (io/lesson_drawing.h); drawn points may be none (a cleared map).
  bool drawn = false;
};

/// One energy of the lesson: a name for people and its JSON spec (analytic parameters, or a network's
/// weights).
// NOLINTNEXTLINE(bugprone-exception-escape): clang-tidy 14 blames nlohmann::json's implicit members
struct EnergyComponent {
  LocalizedText name;
  nlohmann::json spec;
};

/// How the lesson's energies are combined into the one that is drawn and sampled.
struct Composition {
  enum class Operation { Single, Sum, Blend, Mixture, Negation };
  Operation operation = Operation::Single;
  std::vector<int> terms{0};  ///< indices into Lesson::energies (Single: 1; Sum: ≥ 2; others: exactly 2)
  double alpha = 0.5;         ///< Blend: α·E₁ + (1−α)·E₂, α ∈ [0, 1]
  double weight = 0.5;        ///< Mixture ("OR"): −log(w·e^{−E₁} + (1−w)·e^{−E₂}), w ∈ [0, 1]
  double gamma = 1.0;         ///< Negation ("NOT"): E₁ − γ·E₂, γ ≥ 0
  double strength = 10.0;     ///< λ: every rule among the energies (a constraint) counts λ times, λ ≥ 0
};

/// The particle sampler.
struct SamplerSpec {
  enum class Method { Ula, Mala, Hmc, Annealed };
  enum class Walls { None, Reflecting, Periodic };
  /// A lesson animates at most this many particles: what a classroom laptop steps and draws at frame rate.
  /// The engine's particle system (sampling/particle_system.h) accepts ten times more, for headless runs and
  /// tests that need no frame rate; lesson_reader.cpp asserts that a lesson's cap fits inside it.
  static constexpr int kMaxParticles = 100'000;

  Method method = Method::Ula;
  int particles = 1000;     ///< 1 … kMaxParticles
  double stepSize = 0.01;   ///< ε
  int stepsPerFrame = 5;    ///< sampler steps between two drawn frames
  int leapfrogSteps = 10;   ///< HMC's L
  double gradientClip = 0;  ///< > 0: every ∇E scaled down to at most this norm (steep rules); 0 = off
  int trailLength = 0;      ///< positions kept per particle for trails (0 = none, ≤ 64)
  Walls walls = Walls::None;
  bool startFromData = false;  ///< start particles at data points instead of uniformly in the box
  double annealFrom = 10.0;    ///< annealed: starting temperature, cooled geometrically to the lesson's T
  int annealSteps = 500;       ///< annealed: steps of the schedule
  bool playing = true;         ///< particles move when the lesson opens
  std::uint64_t seed = 7;

  /// The first setting outside its range (io/lesson_fields.h) as the lesson reader reports it, naming its
  /// path ("`sampler.particles` is 0; it must be between 1 and 100000."), or "" if all are fine.
  [[nodiscard]] std::string validate() const;
};

/// Training of one of the lesson's energies (a neural one, an RBM, or a classifier) on the lesson's data. How
/// each method reads these settings: engine/simulation/simulation_training.cpp, createTrainer().
struct TrainingSpec {
  enum class Method { Pcd, Cd, Dsm, Nce, Rbm, Classifier };
  Method method = Method::Pcd;
  int energy = 0;  ///< index into Lesson::energies of the energy being trained
  std::vector<int> hiddenWidths{128, 128, 128};
  std::string activation = "silu";
  int iterations = 2000;
  int batchSize = 256;
  double learningRate = 1e-3;
  int langevinSteps = 20;  ///< PCD/CD: K Langevin steps per iteration; RBM: k, the Gibbs sweeps of CD-k
  double langevinStepSize = 0.01;
  double langevinNoise = 1.0;   ///< PCD/CD: noise scale of the negatives' Langevin steps
  double regularization = 0.1;  ///< PCD/CD: λ of λ(E⁺² + E⁻²)
  double noiseLevel = 0.1;      ///< DSM: σ
  int hiddenUnits = 64;         ///< RBM: binary hidden units (it has no hiddenWidths/activation)
  /// Classifier (cross-entropy on the labelled data): λ of the energy fine-tuning terms
  /// λ·[ReLU(E(x) − m_in)² + ReLU(m_out − E(outlier))²] (0 = cross-entropy only), the margins and the number
  /// of auxiliary outliers (classifier/ood_points.h). A run continues from the classifier's current weights.
  double energyWeight = 0;
  double marginIn = -7;
  double marginOut = -2;
  int outliers = 2000;
  std::uint64_t seed = 1;

  /// As SamplerSpec::validate(), for the training settings (the energy index is the lesson's to check).
  [[nodiscard]] std::string validate() const;
};

/// A camera placement; unset means "fit the scene with the default direction".
struct CameraSettings {
  bool set = false;
  std::array<double, 3> position{0, 0, 1}, focalPoint{0, 0, 0}, viewUp{0, 1, 0};
  double viewAngle = 30;
};

/// What the views show and how. Each on/off layer (show…, mapShows…) is also a row of io/view_toggles.h,
/// which the lesson file and the View menu read; its default is the one given here.
struct ViewSettings {
  enum class Layout { SideBySide, Landscape, Map };
  enum class Field { Energy, Density };
  Layout layout = Layout::SideBySide;
  Field field = Field::Energy;
  bool mapShowsDensity = false;  ///< the map shows p_T while the landscape shows `field` (E beside p_T)
  /// A classifier's energy: the map shows its max-softmax confidence max_y p(y|x) beside the landscape's E.
  bool mapShowsConfidence = false;
  bool showBoundaries = true;  ///< a classifier's decision boundaries, drawn as lines on both views
  int gridResolution = 192;    ///< nodes per axis (2D: 8 … 1024; 3D: 8 … 128)
  bool showContours = true;
  bool showAxes = true;
  bool showColorBar = true;
  bool showData = true;
  bool showParticles = true;
  bool showNegatives = true;
  bool showTrails = false;
  bool showScoreField = false;
  bool showMinimum = false;       ///< the landscape's lowest point, and its trace as sliders move
  std::vector<double> isoLevels;  ///< 3D: energies of the isosurfaces (empty: chosen from the grid)
  bool showVolume = false;        ///< 3D: volume rendering of the density
  double slicePosition = 0.5;     ///< 3D: the slicing plane's position along its axis, 0 … 1 of the box
  int sliceAxis = 2;              ///< 3D: 0, 1 or 2
  std::string colormap = "viridis";
  CameraSettings camera;
};

/// Anomaly detection: uniform "anomalies" in the box against held-out data, scored by their energy.
struct AnomalySpec {
  int count = 0;  ///< anomalies drawn uniformly in the box (0 = no anomaly detection)
  std::uint64_t seed = 13;
  double falseAlarmTarget = 0.05;  ///< calibration: the threshold flags this share of normal points
  bool calibrate = true;           ///< set the threshold by calibration when the lesson opens
};

/// Out-of-distribution detection for a classifier lesson: the test outliers around the data (a ring and far
/// points, classifier/ood_points.h). Counts of 0 (the default) mean no detection.
struct OodSpec : OodRecipe {
  OodSpec() {
    ringCount = 0;
    farCount = 0;
  }
};

/// One keyframe: at `time` seconds, `parameter` (see lesson_parameters.h) has `value`; values between
/// keyframes are interpolated (linearly, or in log for temperature).
struct Keyframe {
  double time = 0;
  std::string parameter;
  double value = 0;
};

struct Animation {
  double duration = 10;  ///< seconds
  int framesPerSecond = 30;
  std::vector<Keyframe> keyframes;
};

/// A whole lesson as read from a file. Energies stay JSON specs (io/energy_spec.h), so a lesson round-trips.
struct Lesson {
  static constexpr int kFormatVersion = 2;

  [[nodiscard]] bool hasExperiment() const { return experiment.is_object(); }
  /// The experiment's kind, or "" for a density lesson.
  [[nodiscard]] std::string experimentKind() const {
    return hasExperiment() ? experiment.value("kind", std::string()) : std::string();
  }

  LocalizedText title = "Untitled lesson";  ///< shown in textLanguage(): title.shown()
  LocalizedText explanation;
  Box box;
  DataSpec data;
  std::vector<EnergyComponent> energies;
  Composition composition;
  double temperature = 1.0;  ///< T of p_T ∝ exp(−E/T)
  double noiseLevel = 0.0;   ///< σ of the noise-smoothing lessons (0 = no smoothing)
  double threshold = 0.0;    ///< the anomaly threshold on the energy
  SamplerSpec sampler;
  TrainingSpec training;
  AnomalySpec anomaly;
  OodSpec ood;
  ViewSettings view;
  Animation animation;
  std::vector<std::string> hiddenControls;  ///< "lesson mode": panels/controls a class does not see
  /// The lesson's experiment — a Sudoku, a Hopfield memory, a softmax over items… — as its JSON section with
  /// a "kind" (io/experiment_kinds.h); null for a lesson that is only a density. A lesson with an experiment
  /// may have no energies.
  nlohmann::json experiment;
  nlohmann::json unknown =
      nlohmann::json::object();  ///< members this version does not know, kept for writing
};

/// The result of reading a lesson: the lesson, and warnings a person should see (unknown keys kept, a file
/// migrated from an older format).
struct LessonReadResult {
  Lesson lesson;
  std::vector<std::string> warnings;
};

/// Parses and validates a lesson, migrating older formats. Throws LessonError naming the JSON path of the
/// first problem (`energies[2].spec.components[0].mean`), or a future format version. Every energy spec is
/// built once to validate it.
[[nodiscard]] LessonReadResult readLessonWithWarnings(const std::string& jsonText);
[[nodiscard]] Lesson readLesson(const std::string& jsonText);
/// Writes a lesson as indented JSON that readLesson() reads back to an identical lesson.
[[nodiscard]] std::string writeLesson(const Lesson& lesson);

}  // namespace ebm
