// Imported data in the engine's units: each axis shifted and scaled to mean 0 and deviation 1, and the way
// back to the data's own units (millimetres, grams) for everything a person reads.
#pragma once

#include <string>
#include <vector>

#include "core/box.h"
#include "core/types.h"

namespace ebm {

/// The per-axis map z = (x − shift) / scale from a data set's units x to the engine's units z. Networks,
/// samplers and the box work in z, where the recommended step sizes, noise levels and initial weights are at
/// home; axes, densities and likelihoods are read in x. Empty vectors are the identity (lessons and models
/// from before standardization).
struct Standardization {
  std::vector<double> shift;  ///< per axis, in the data's units
  std::vector<double> scale;  ///< per axis, > 0, in the data's units per engine unit

  [[nodiscard]] bool identity() const;
  /// The mean and the standard deviation of each axis; an axis of one value keeps scale 1. Throws DataError
  /// for no points or a non-finite coordinate.
  [[nodiscard]] static Standardization fit(ConstPointsRef points);

  /// z = (x − shift) / scale of every point (a copy).
  [[nodiscard]] Points toEngine(ConstPointsRef points) const;
  /// x = shift + scale · z on one axis.
  [[nodiscard]] double toData(int axis, double z) const;
  /// Σ log scaleᵢ, the log of the Jacobian |dx/dz|: a density in the data's units is the engine's density
  /// divided by e^this, so log Z and −log p in the data's units are the engine's plus this.
  [[nodiscard]] double logJacobian() const;

  /// Throws ArgumentError unless empty, or `dimension` finite shifts and finite positive scales.
  void validate(int dimension) const;

  friend bool operator==(const Standardization& a, const Standardization& b) {
    return a.shift == b.shift && a.scale == b.scale;
  }
  /// The same map (the empty identity and one written out as zeros and ones are the same).
  [[nodiscard]] bool sameAs(const Standardization& other) const {
    return (identity() && other.identity()) || *this == other;
  }
};

/// The axes of a view in the data's own units: the names of the columns and the standardization.
struct DataAxes {
  std::vector<std::string> names;   ///< "bill_length_mm"; empty: x₁, x₂, x₃
  Standardization standardization;  ///< engine coordinates → the data's units

  /// The title of an axis: its column name, or "x1", "x2", "x3".
  [[nodiscard]] std::string title(int axis) const;
  /// Where an engine coordinate lies in the data's units.
  [[nodiscard]] double toData(int axis, double z) const { return standardization.toData(axis, z); }
};

}  // namespace ebm
