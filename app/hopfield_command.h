// `ebmscape hopfield`: the storage capacity of a Hebbian Hopfield network measured without a window — the
// mean final overlap against the load α = P/N, and the load α_c where recall breaks down.
#pragma once

#include <QStringList>
#include <cstdint>

namespace ebmapp {

/// What `ebmscape hopfield` was asked to do.
struct HopfieldArguments {
  std::int64_t neurons = 1000;
  bool capacity = false;  ///< the one experiment it runs today; required, so that others can join later
  std::uint64_t seed = 1;
  bool json = false;
};

/// Parses the arguments after `hopfield`. Throws UsageError (argument_walker.h) with a one-line reason.
[[nodiscard]] HopfieldArguments parseHopfieldArguments(const QStringList& arguments);

/// Runs the capacity sweep and prints the curve and α_c (or one JSON object {"neurons", "alpha_c", "curve":
/// [[alpha, overlap], …]}). Returns 0; α_c is null in JSON (and said so in words) when no load in the sweep
/// fell below an overlap of 0.9.
int runHopfield(const HopfieldArguments& arguments);

}  // namespace ebmapp
