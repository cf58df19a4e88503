// The score −∇E as arrows on a coarse grid: which way, and how hard, the landscape pushes a particle.
#pragma once

#include <memory>
#include <vector>

#include "core/types.h"

class vtkRenderer;

namespace ebmui {

/// Arrows at `anchors` (2 × M) pointing along `directions` (2 × M, the score −∇E/T). Arrow length grows with
/// the score's magnitude but is capped at about one grid spacing so steep walls do not flood the picture;
/// colour goes from dim (weak) to bright (strong). `heights` (length M, or empty) lifts arrows onto a
/// surface.
class ScoreFieldLayer {
 public:
  ScoreFieldLayer();
  ~ScoreFieldLayer();
  ScoreFieldLayer(const ScoreFieldLayer&) = delete;
  ScoreFieldLayer& operator=(const ScoreFieldLayer&) = delete;

  void addTo(vtkRenderer* renderer);
  void setField(ebm::ConstPointsRef anchors, ebm::ConstPointsRef directions, double spacing,
                const std::vector<float>& heights = {});
  void setVisible(bool visible);

 private:
  struct Impl;
  std::unique_ptr<Impl> d_;
};

}  // namespace ebmui
