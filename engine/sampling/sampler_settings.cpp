#include "sampling/sampler_settings.h"

#include <cctype>
#include <cmath>
#include <sstream>

#include "core/errors.h"

namespace ebm {

const char* samplerName(SamplerKind kind) {
  switch (kind) {
    case SamplerKind::Ula:
      return "ULA";
    case SamplerKind::Mala:
      return "MALA";
    case SamplerKind::Hmc:
      return "HMC";
    case SamplerKind::Annealed:
      return "annealed Langevin";
  }
  return "unknown";
}

SamplerKind samplerKindFromName(std::string_view name) {
  std::string lower;
  for (char c : name)
    lower += char(std::tolower(static_cast<unsigned char>(c)));
  if (lower == "ula" || lower == "langevin") return SamplerKind::Ula;
  if (lower == "mala") return SamplerKind::Mala;
  if (lower == "hmc") return SamplerKind::Hmc;
  if (lower == "annealed") return SamplerKind::Annealed;
  throw ArgumentError("Unknown sampler \"" + std::string(name) + "\": choose ula, mala, hmc or annealed.");
}

void SamplerSettings::validate() const {
  if (kind != SamplerKind::Annealed) {
    if (!(stepSize > 0) || !std::isfinite(stepSize)) {
      throw ArgumentError("The step size ε must be a positive number, not " + std::to_string(stepSize) + ".");
    }
    if (!(temperature > 0) || !std::isfinite(temperature)) {
      throw ArgumentError("The temperature must be a positive number, not " + std::to_string(temperature) +
                          ".");
    }
  }
  if (!(gradientClip >= 0) || !std::isfinite(gradientClip)) {
    throw ArgumentError("The gradient clipping norm must be zero (off) or positive, not " +
                        std::to_string(gradientClip) + ".");
  }
  if (kind == SamplerKind::Hmc && (leapfrogSteps < 1 || leapfrogSteps > 1000)) {
    throw ArgumentError("HMC needs between 1 and 1000 leapfrog steps per move, not " +
                        std::to_string(leapfrogSteps) + ".");
  }
  if (kind == SamplerKind::Annealed) schedule.validate();
}

std::string SamplerSettings::describe() const {
  std::ostringstream out;
  out << samplerName(kind);
  if (kind == SamplerKind::Annealed) {
    out << ", " << schedule.stages.size() << " stages";
  } else {
    out << ", ε = " << stepSize << ", T = " << temperature;
    if (kind == SamplerKind::Hmc) out << ", L = " << leapfrogSteps;
  }
  if (walls != Walls::None) out << ", " << wallsName(walls) << " walls";
  return out.str();
}

}  // namespace ebm
