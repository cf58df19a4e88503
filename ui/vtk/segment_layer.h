// Line segments of one colour: a classifier's decision boundaries and an out-of-distribution detector's
// threshold, drawn on the map and lifted onto the landscape.
#pragma once

#include <array>
#include <memory>
#include <vector>

#include "core/types.h"

class vtkRenderer;

namespace ebmui {

/// Segments from engine batches: columns 2s and 2s + 1 of a 2 × 2M batch are the ends of segment s (as
/// ebm::contourSegments makes them); `heights` (one per column, or empty for z = 0) lift them.
class SegmentLayer {
 public:
  SegmentLayer(const std::array<double, 3>& color, double lineWidth);
  ~SegmentLayer();
  SegmentLayer(const SegmentLayer&) = delete;
  SegmentLayer& operator=(const SegmentLayer&) = delete;

  void addTo(vtkRenderer* renderer);
  void setSegments(ebm::ConstPointsRef ends, const std::vector<float>& heights);
  void setVisible(bool visible);
  [[nodiscard]] ebm::Index segmentCount() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> d_;
};

}  // namespace ebmui
