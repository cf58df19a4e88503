// `ebmscape sample`: a lesson's particles run without a window, and whether they sample p_T — their energy
// histogram against the Boltzmann prediction and the total-variation distance between the two.
#pragma once

#include <cstdint>
#include <string>

namespace ebmapp {

/// What `ebmscape sample` was asked to do (parsed and checked by parseCommandLine()).
struct SampleArguments {
  std::string lesson;      ///< a built-in lesson's name or a lesson file
  std::int64_t steps = 0;  ///< 0: the lesson's default (see defaultSampleSteps())
  bool json = false;       ///< one JSON object on stdout instead of lines for people
};

/// Runs the lesson's sampler for the steps asked and prints the mean energy, the histogram against the
/// Boltzmann prediction and their total-variation distance ("tv_distance"). Returns 0 when the report was
/// printed (mixed or not: the report says which), 1 when the lesson cannot be opened or has no particles.
int runSample(const SampleArguments& arguments);

}  // namespace ebmapp
