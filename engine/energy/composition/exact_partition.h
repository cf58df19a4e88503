// Exact log Z of the energies that have one in closed form: the reference quadrature is checked against.
#pragma once

#include <optional>

#include "energy/energy.h"

namespace ebm {

/// log Z_T = log ∫_{R^D} exp(−E(x)/T) dx in closed form, or nullopt when no closed form is known. Known:
/// - every energy implementing ClosedFormPartition (double well, Rosenbrock, ring, funnel, helix well);
/// - a Gaussian mixture at T = 1: 0, it is a normalized density (a single Gaussian at every T);
/// - compositions with a linear rule of Gaussians (sum, blend, negation, temperature, conditional), whenever
///   the combined precision is positive definite (not for a negation that is not normalizable);
/// - a linear composite that uses one term, c·E (blend at α ∈ {0, 1}, temperature, a conditional at one
///   label): Z_T(c·E) = Z_{T/c}(E);
/// - a mixture at T = 1 whose terms are all known: log Σₖ wₖ·Z₁(Eₖ).
/// Not known: Müller–Brown (not normalizable over R²), the torus well, networks, mixtures at T ≠ 1.
/// Throws ArgumentError unless T is positive and finite.
[[nodiscard]] std::optional<double> exactLogPartition(const Energy& energy, double temperature = 1.0);

}  // namespace ebm
