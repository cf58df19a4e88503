// ebmscape's engine in one include: energies, grids and lessons, with the sign convention stated once.
//
// Sign convention (everywhere in ebmscape): a model outputs the energy E(x), low energy = likely.
// At temperature T > 0 the Boltzmann density is p_T(x) = exp(−E(x)/T) / Z_T with Z_T = ∫ exp(−E(x)/T) dx,
// the free energy is F_T = −T·log Z_T, and the score is ∇ₓ log p_T(x) = −∇ₓE(x)/T.
// Points are float32, one per column of a D×N matrix (D = 2 or 3).
#pragma once

#include "analysis/energy_grid.h"
#include "analysis/mass_levels.h"
#include "analysis/quadrature.h"
#include "core/box.h"
#include "core/errors.h"
#include "core/lattice.h"
#include "core/parallel.h"
#include "core/random.h"
#include "core/types.h"
#include "energy/energy.h"
#include "energy/gaussian_mixture.h"
#include "io/energy_spec.h"
#include "io/lesson.h"
#include "io/lesson_energy.h"
#include "io/lesson_names.h"
#include "io/lesson_parameters.h"
#include "jobs/job_thread.h"
#include "jobs/progress.h"
#include "sampling/langevin.h"
#include "simulation/frame.h"
#include "simulation/simulation.h"
