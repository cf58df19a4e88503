// Particle trajectories: each particle's last K positions as a line that fades into the past.
#pragma once

#include <array>
#include <memory>
#include <vector>

#include "core/box.h"
#include "core/types.h"

class vtkRenderer;

namespace ebmui {

/// Fading polylines. Input: `trails` is D × (N·K), particle-major: columns i·K … i·K+K−1 are particle i's
/// positions from oldest to newest. For D = 2, `heights` (same length, or empty) gives each vertex's z.
class TrailLayer {
 public:
  TrailLayer();
  ~TrailLayer();
  TrailLayer(const TrailLayer&) = delete;
  TrailLayer& operator=(const TrailLayer&) = delete;

  void addTo(vtkRenderer* renderer);
  void setTrails(ebm::ConstPointsRef trails, int trailLength, const std::vector<float>& heights = {});
  void setColor(const std::array<double, 3>& color);
  void setVisible(bool visible);
  /// Draws only what lies inside the box's x₁, x₂ range (2D lessons).
  void clipTo(const ebm::Box& box);

 private:
  struct Impl;
  std::unique_ptr<Impl> d_;
};

}  // namespace ebmui
