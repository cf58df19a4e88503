// Bulk numeric types of the engine: float32 point batches stored one point per column (D×N).
#pragma once

#include <Eigen/Core>

namespace ebm {

using Index = Eigen::Index;

/// A batch of points, one point per column: a D×N matrix (D = 2 or 3).
using Points = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic>;
/// One value per point (energies, weights), length N.
using Vector = Eigen::VectorXf;

using PointsRef = Eigen::Ref<Points>;
using ConstPointsRef = Eigen::Ref<const Points>;
using VectorRef = Eigen::Ref<Vector>;
using ConstVectorRef = Eigen::Ref<const Vector>;

}  // namespace ebm
