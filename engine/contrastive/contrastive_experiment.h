// The experiment of the contrastive-learning lesson: an encoder trained live by InfoNCE on two noisy views
// of each data point, its energy on pairs E(x, y) = −g(x)·g(y)/τ drawn as a landscape over y for a chosen
// anchor x, and the data as the encoder sees it (coloured by where on the circle it lands).
#pragma once

#include <chrono>
#include <memory>
#include <string>
#include <vector>

#include "contrastive/contrastive_trainer.h"
#include "experiment/experiment.h"
#include "simulation/frame.h"

namespace ebm {

/// What the contrastive lesson shows in one frame.
struct ContrastiveFrame : ExperimentFrame {
  int embeddingDimension = 2;  ///< 2: the circle, 3: the sphere
  Box box;                     ///< the lesson's box: where the data plane is
  Points points;               ///< the data shown (2 × M)
  Points embeddings;           ///< g of each (k × M, unit columns)
  std::vector<int> buckets;   ///< the angle bucket of each g (0 … kAngleBuckets − 1; colour: bucketLabel)
  std::vector<int> clusters;  ///< the data set's own labels (empty if it has none)
  double anchor[2] = {0, 0};  ///< x, the point whose energy landscape E(x, ·) is drawn
  Vector anchorEmbedding;     ///< g(x)
  double temperature = 0.2;   ///< τ
  double viewNoise = 0.3;     ///< σ of the augmentation
  int batchSize = 256;        ///< N: the loss of a blind encoder is log N
  /// The run: state, progress and the batch loss per step (training.iterations, training.loss).
  TrainingFrame training;
  /// Measured on fixed evaluation pairs every few steps.
  std::vector<double> evaluatedAt, evaluationLoss, alignment, uniformity, pickRate;
  int evaluationPairs = 512;
  double uniformCircleUniformity = 0;  ///< the uniformity of the uniform distribution on the circle/sphere
};

/// The contrastive lesson's running state. Settings (lesson.experiment, kind "contrastive"): "data" as
/// {"name", "points", "noise", "seed"} (a built-in 2D data set), "embedding" (2 or 3), "hiddenWidths",
/// "activation", "batchSize", "learningRate", "iterations", "iterationsPerFrame" (steps per exported frame),
/// "viewNoise", "anchorX"/"anchorY", "trainOnOpen", "seed", "shownPoints" and "markers" (how many data points
/// the stage and the landscape draw). τ is the lesson's temperature T.
class ContrastiveExperiment : public Experiment {
 public:
  static constexpr const char* kKind = "contrastive";
  static constexpr int kAngleBuckets = 8;
  /// The label (the views' class colour) an angle bucket is drawn in: one each of the palette's eight.
  [[nodiscard]] static constexpr int bucketLabel(int bucket) { return bucket; }
  /// Its sliders: the view noise σ and the anchor's coordinates.
  [[nodiscard]] static std::vector<ExperimentParameter> parameters();

  explicit ContrastiveExperiment(const ExperimentContext& context);

  void update(const ExperimentContext& context) override;
  void setParameter(const std::string& name, double value) override;
  /// "train" (start, resume, or start again after a finished or stopped run), "pause", "stop", "reset".
  void command(const std::string& name, const nlohmann::json& arguments) override;
  bool advance(double budgetSeconds) override;
  void advanceFrame() override;
  [[nodiscard]] std::shared_ptr<const ExperimentFrame> takeFrame(bool always) override;

 private:
  void read(const ExperimentContext& context);
  void restart(bool running);
  void train(int steps, double budgetSeconds);
  void publish();

  ContrastiveSettings training_;
  Points data_;
  std::vector<int> labels_;
  int iterationsPerFrame_ = 8;
  bool trainOnOpen_ = false;
  int shownPoints_ = 1000, markers_ = 160;
  double anchor_[2] = {0, 0};
  bool playing_ = true;
  Box box_;
  std::unique_ptr<ContrastiveTrainer> trainer_;
  TrainingFrame::State state_ = TrainingFrame::State::Idle;
  std::string message_;
  double runSeconds_ = 0;
  std::chrono::steady_clock::time_point lastPublished_;
  std::shared_ptr<const ContrastiveFrame> frame_;
  bool changed_ = true;
};

}  // namespace ebm
